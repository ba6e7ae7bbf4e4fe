// One kickoff invitation list: how it was built, its entries (with remove, restore and add for
// coordinators), the coverage gaps nobody in the register can close, and the downloads.
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from '../app/vocabulary';
import { getKickoffList, kickoffExportUrl } from './analysisApi';
import { GapList } from './CoverageGaps';
import { KickoffAddForm } from './KickoffAddForm';
import { KickoffEntriesTable } from './KickoffEntriesTable';
import { KickoffInviteForm } from './KickoffInviteForm';
import { KickoffParameters } from './KickoffParameters';
import { KickoffStatus } from './KickoffStatus';

export function KickoffDetailPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const list = useAsync(() => getKickoffList(id, lang), [id, lang]);
  const vocabulary = useVocabulary(lang);
  // Gap rows are country codes, or group slugs when the list was built by country group.
  const rowName = (key: string) => vocabulary.data?.groups.find((g) => g.value === key)?.label ?? vocabulary.data?.countryName(key) ?? key;
  const l = list.data;
  const back = (
    <p className="breadcrumb">
      <Link to="/analysis/kickoff">{t('kickoff.back')}</Link>
    </p>
  );
  if (list.error !== undefined && !l)
    return (
      <>
        {back}
        <PageTitle title={t('kickoff.list')}>{t('kickoff.list')}</PageTitle>
        <ErrorAlert error={list.error} />
      </>
    );
  if (!l) return <Loading />;
  return (
    <>
      {back}
      <PageTitle title={l.title}>{l.title}</PageTitle>
      <KickoffParameters list={l} />
      <KickoffStatus list={l} canChange={session.can('assess_stakeholders')} onChanged={list.setData} />
      {session.can('export_register') && (
        <p className="export-links">
          <span>{t('list.export')}</span>{' '}
          <a className="button-link" href={kickoffExportUrl(l.id, 'csv', lang)} download>
            CSV
          </a>{' '}
          <a className="button-link" href={kickoffExportUrl(l.id, 'xlsx', lang)} download>
            XLSX
          </a>
        </p>
      )}
      <h2>{t('kickoff.entries')}</h2>
      <KickoffEntriesTable list={l} onChanged={list.setData} onReload={list.reload} />
      {session.can('assess_stakeholders') && l.status === 'draft' && <KickoffAddForm list={l} onChanged={list.setData} onReload={list.reload} />}
      {session.can('assess_stakeholders') && <KickoffInviteForm list={l} />}
      <h2>{t('kickoff.openGaps')}</h2>
      {l.open_gaps.length === 0 ? (
        <p>{t('kickoff.noOpenGaps')}</p>
      ) : (
        <>
          <p>{t('kickoff.openGapsIntro')}</p>
          <GapList heading={t('coverage.byPerspective')} rowName={rowName} gaps={l.open_gaps.filter((g) => g.dimension === 'perspective')} />
          <GapList heading={t('coverage.bySector')} rowName={rowName} gaps={l.open_gaps.filter((g) => g.dimension === 'sector')} />
        </>
      )}
    </>
  );
}
