// The saved kickoff invitation lists, newest first, and (for coordinators) a form to build one.
import { AsyncContent, DataTable } from '../app/results';
import { Link } from '../app/router';
import { PageTitle } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getKickoffLists } from './analysisApi';
import { KickoffBuildForm } from './KickoffBuildForm';

export function KickoffListsPage() {
  const { t, lang, number } = useI18n();
  const session = useSession();
  const scope = useProgrammeScope();
  const lists = useProgrammeAsync(scope, (programmeId) => getKickoffLists(lang, programmeId), [lang]);
  return (
    <>
      <PageTitle title={t('kickoff.title')}>{t('kickoff.title')}</PageTitle>
      <p>{t('kickoff.intro')}</p>
      {scope.chooser}
      <AsyncContent state={lists}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('kickoff.noneYet')}</p>
          ) : (
            <DataTable label={t('kickoff.title')} headers={[t('kickoff.listTitle'), t('kickoff.status'), t('kickoff.createdOn'), t('kickoff.createdBy'), t('kickoff.included')]}>
              {page.items.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Link to={`/analysis/kickoff/${l.id}`}>{l.title}</Link>
                  </td>
                  <td>{l.status === 'final' ? t('kickoff.final') : t('kickoff.draft')}</td>
                  <td>{l.created_on}</td>
                  <td>{l.created_by}</td>
                  <td>{number(l.included)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </AsyncContent>
      {session.can('assess_stakeholders') && <KickoffBuildForm />}
    </>
  );
}
