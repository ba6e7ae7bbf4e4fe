// Sending proposed invitations: the ones picked in the table, or every proposed one. Each
// person gets a personal RSVP link and a message in the outbox. The server refuses while the
// event is not open for invitations; people without an e-mail address are left out and named.
import { useState } from 'react';
import { Link } from '../app/router';
import { Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { sendInvitations } from './eventsApi';
import { ProblemAlert } from '../app/ProblemAlert';
import type { Event } from './types';

export function SendInvitations({ event, proposed, picked, onSent }: { event: Event; proposed: number; picked: number[]; onSent: () => void }) {
  const { t, number } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [sent, setSent] = useState<number | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const send = (ids?: number[]) => {
    setBusy(true);
    setError(undefined);
    setSent(null);
    setSkipped([]);
    sendInvitations(event.id, ids)
      .then((result) => {
        setSent(result.sent);
        setSkipped(result.skipped.map((s) => s.name));
        onSent();
      }, setError)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="send-heading" className="panel">
      <h2 id="send-heading">{t('invitations.sendTitle')}</h2>
      {event.status !== 'open_for_invitations' && <p>{t('invitations.notOpen')}</p>}
      <p>{t('invitations.proposedCount', { count: number(proposed) })}</p>
      <div className="actions">
        <button type="button" disabled={busy || picked.length === 0} onClick={() => send(picked)}>
          {t('invitations.sendPicked', { count: number(picked.length) })}
        </button>
        <button type="button" className="button-secondary" disabled={busy || proposed === 0} onClick={() => send()}>
          {t('invitations.sendAll')}
        </button>
      </div>
      {error !== undefined && <ProblemAlert error={error} labels={{ invitation_ids: t('invitations.title') }} />}
      {sent !== null && (
        <Status>
          {t('invitations.sent', { count: number(sent) })} <Link to="/outbox">{t('invitations.toOutbox')}</Link>
          {skipped.length > 0 && <span className="block">{t('invitations.skippedNoEmail', { names: skipped.join(', ') })}</span>}
        </Status>
      )}
    </section>
  );
}
