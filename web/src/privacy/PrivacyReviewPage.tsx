// What a coordinator should look at: the bases for contact that were set for everyone already
// registered when consents came, and (for those who see it) lived experience recorded before
// explicit consent was asked for. Each links to the person's page, where it is confirmed.
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getReview } from './privacyApi';

export function PrivacyReviewPage() {
  const { t } = useI18n();
  const review = useAsync(() => getReview(), []);
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
      {lived.length > 0 && (
        <section aria-labelledby="review-lived">
          <h2 id="review-lived">{t('review.lived', { count: String(lived.length) })}</h2>
          <p className="hint">{t('review.livedHint')}</p>
          {list(lived, t('review.lived', { count: String(lived.length) }))}
        </section>
      )}
    </>
  );
}
