// Asking for the "after" answers once the event is held: one message to each who came and has
// not answered yet, with a fresh personal link, queued in the outbox. The server refuses when
// nobody is left to ask, and says why.
import { useState } from 'react';
import { ProblemAlert } from '../app/ProblemAlert';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { sendEvaluationFollowUps } from './evaluationApi';

export function EvaluationFollowUps({ eventId }: { eventId: number }) {
  const { t, number } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [queued, setQueued] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  // The button stays enabled (a disabled button would drop focus); a press while one is under way is ignored.
  const send = () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setQueued(null);
    sendEvaluationFollowUps(eventId)
      .then((r) => setQueued(r.queued), setError)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="follow-up-heading" className="panel">
      <h2 id="follow-up-heading">{t('evaluation.followUpTitle')}</h2>
      <p>{t('evaluation.followUpIntro')}</p>
      <div className="actions">
        <button type="button" onClick={send}>
          {t('evaluation.followUpSend')}
        </button>
      </div>
      {error !== undefined && <ProblemAlert error={error} labels={{ event: t('events.event') }} />}
      <div role="status">
        {queued !== null && (
          <p className="status">
            {t('evaluation.followUpQueued', { count: number(queued) })} <Link to="/outbox">{t('invitations.toOutbox')}</Link>
          </p>
        )}
      </div>
    </section>
  );
}
