// The tracker's counts: how many invitations stand at each status, how many accepted people
// need interpretation into which language, and how many answered with access needs (a count
// everyone who plans may see, even those who may not read the needs themselves).
import { useI18n } from '../i18n/i18n';
import { invitationStatuses, languageName } from './eventVocabulary';
import type { InvitationSummary as Summary } from './types';

export function InvitationSummary({ summary, total }: { summary: Summary; total: number }) {
  const { t, lang, label, number } = useI18n();
  const statuses = invitationStatuses.filter((s) => (summary.by_status[s] ?? 0) > 0);
  const interpretation = Object.entries(summary.interpretation).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="invitation-summary-heading">
      <h2 id="invitation-summary-heading">{t('invitations.summary')}</h2>
      <p role="status" className="status">
        {t('invitations.count', { count: number(total) })}
      </p>
      <dl className="summary-list">
        {statuses.map((s) => (
          <div key={s}>
            <dt>{label('invitationStatus', s)}</dt>
            <dd>{number(summary.by_status[s] ?? 0)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('invitations.interpretationNeeded')}</dt>
          <dd>{interpretation.length === 0 ? t('common.none') : interpretation.map(([code, n]) => `${languageName(lang, code)}: ${number(n)}`).join(', ')}</dd>
        </div>
        {Object.keys(summary.attendance_mode).length > 0 && (
          <div>
            <dt>{t('invitations.mode')}</dt>
            <dd>{t('events.comingModes', { inPerson: number(summary.attendance_mode.in_person ?? 0), online: number(summary.attendance_mode.online ?? 0) })}</dd>
          </div>
        )}
        <div>
          <dt>{t('invitations.accessNeedsCount')}</dt>
          <dd>{summary.access_needs === null ? t('invitations.hidden') : number(summary.access_needs)}</dd>
        </div>
      </dl>
    </section>
  );
}
