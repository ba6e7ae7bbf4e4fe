// Privacy in one place for coordinators: the settings (free text, retention), what to review —
// bases for contact set for everyone already registered when consents came, lived experience
// recorded before explicit consent was asked for (for those who see it), people inactive for
// long — each linking to the person's page, and the records of processing (GDPR art. 30) with
// their CSV.
import { ConsentWordings } from './ConsentWordings';
import { useState } from 'react';
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle, TableWrap } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { PrivacySettingsForm } from './PrivacySettingsForm';
import { getInactive, getPrivacySettings, getProcessing, getReview, processingCsvUrl } from './privacyApi';

function Processing() {
  const { t } = useI18n();
  const records = useAsync(() => getProcessing(), []);
  return (
    <section aria-labelledby="processing">
      <h2 id="processing">{t('processing.title')}</h2>
      <p>{t('processing.intro')}</p>
      <p>
        <a href={processingCsvUrl()} download>
          {t('processing.csv')}
        </a>
      </p>
      {records.error !== undefined && <ErrorAlert error={records.error} />}
      {records.data && (
        <TableWrap label={t('processing.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('processing.purpose')}</th>
                <th scope="col">{t('processing.bases')}</th>
                <th scope="col">{t('processing.categories')}</th>
                <th scope="col">{t('processing.recipients')}</th>
                <th scope="col">{t('processing.retention')}</th>
              </tr>
            </thead>
            <tbody>
              {records.data.activities.map((a) => (
                <tr key={a.key}>
                  <th scope="row">{a.purpose}</th>
                  <td>{a.bases.map((b) => t(`consents.bases.${b as 'consent'}`)).join(', ')}</td>
                  <td>
                    {a.categories}
                    {a.special_category && <strong> {t('processing.special')}</strong>}
                  </td>
                  <td>{a.recipients}</td>
                  <td>{a.retention}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {records.data && <p className="hint">{records.data.note}</p>}
    </section>
  );
}

export function PrivacyReviewPage() {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const review = useAsync(() => getReview(), []);
  const settings = useAsync(() => getPrivacySettings(), [reload]);
  const inactive = useAsync(() => getInactive(), [reload]);
  const items = review.data?.items ?? [];
  const migrated = items.filter((e) => e.reason === 'set_by_migration');
  const lived = items.filter((e) => e.reason === 'lived_experience_without_consent');
  const list = (entries: typeof items, label: string) => (
    <ul className="plain-list" aria-label={label}>
      {entries.map((e) => (
        <li key={`${e.reason}-${e.person_id}`}>
          <Link to={`/people/${e.person_id}`}>{e.name}</Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageTitle title={t('review.title')}>{t('review.title')}</PageTitle>
      <p>{t('review.intro')}</p>
      {review.error !== undefined && <ErrorAlert error={review.error} />}
      {!review.data && review.error === undefined && <Loading />}
      {review.data && items.length === 0 && <p>{t('review.none')}</p>}
      {migrated.length > 0 && (
        <section aria-labelledby="review-migrated">
          <h2 id="review-migrated">{t('review.migrated', { count: String(migrated.length) })}</h2>
          <p className="hint">{t('review.migratedHint')}</p>
          {list(migrated, t('review.migrated', { count: String(migrated.length) }))}
        </section>
      )}
      {inactive.data && inactive.data.items.length > 0 && (
        <section aria-labelledby="review-inactive">
          <h2 id="review-inactive">{t('review.inactive', { count: String(inactive.data.items.length) })}</h2>
          <p className="hint">{t('review.inactiveHint')}</p>
          <ul className="plain-list" aria-label={t('review.inactive', { count: String(inactive.data.items.length) })}>
            {inactive.data.items.map((p) => (
              <li key={p.person_id}>
                <Link to={`/people/${p.person_id}`}>{p.name}</Link> ({t('review.lastActivity', { day: p.last_activity })})
              </li>
            ))}
          </ul>
        </section>
      )}
      {lived.length > 0 && (
        <section aria-labelledby="review-lived">
          <h2 id="review-lived">{t('review.lived', { count: String(lived.length) })}</h2>
          <p className="hint">{t('review.livedHint')}</p>
          {list(lived, t('review.lived', { count: String(lived.length) }))}
        </section>
      )}
      {settings.data && <PrivacySettingsForm settings={settings.data} onSaved={() => setReload((n) => n + 1)} />}
      <ConsentWordings />
      <Processing />
    </>
  );
}
