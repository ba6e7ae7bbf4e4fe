// Sending proposed invitations: the ones picked in the table, or every proposed one. Each
// person gets a personal RSVP link and a message in the outbox. The server refuses while the
// event is not open for invitations; people without an e-mail address are left out and named.
// Then reminders to those who have not answered (each with a new link; the server sends none
// to someone reminded in the last 20 hours and names them).
import { useState } from 'react';
import { Link } from '../app/router';
import { Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { remindInvitations, sendInvitations } from './eventsApi';
import { ProblemAlert } from '../app/ProblemAlert';
import type { Event, InvitationSendResult } from './types';

// What a send or a reminder did: how many went, and who was left out for which reason.
function SentStatus({ result, sentKey }: { result: InvitationSendResult; sentKey: 'invitations.sent' | 'invitations.reminders' }) {
  const { t, number } = useI18n();
  const named = (reason: string) => result.skipped.filter((s) => s.reason === reason).map((s) => s.name);
  return (
    <Status>
      {t(sentKey, { count: number(result.sent) })} <Link to="/outbox">{t('invitations.toOutbox')}</Link>
      {named('no_email').length > 0 && <span className="block">{t('invitations.skippedNoEmail', { names: named('no_email').join(', ') })}</span>}
      {named('no_contact_basis').length > 0 && <span className="block">{t('invitations.skippedNoBasis', { names: named('no_contact_basis').join(', ') })}</span>}
      {named('contacted_recently').length > 0 && <span className="block">{t('invitations.skippedReminded', { names: named('contacted_recently').join(', ') })}</span>}
    </Status>
  );
}

export function SendInvitations({ event, proposed, waiting, picked, onSent }: { event: Event; proposed: number; waiting: number; picked: number[]; onSent: () => void }) {
  const { t, number } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<{ result: InvitationSendResult; reminder: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (reminder: boolean, call: () => Promise<InvitationSendResult>) => {
    setBusy(true);
    setError(undefined);
    setDone(null);
    call()
      .then((result) => {
        setDone({ result, reminder });
        onSent();
      }, setError)
      .finally(() => setBusy(false));
  };
  const send = (ids?: number[]) => run(false, () => sendInvitations(event.id, ids));
  const open = event.status === 'open_for_invitations';
  return (
    <section aria-labelledby="send-heading" className="panel">
      <h2 id="send-heading">{t('invitations.sendTitle')}</h2>
      {!open && <p>{t('invitations.notOpen')}</p>}
      <p>{t('invitations.proposedCount', { count: number(proposed) })}</p>
      <div className="actions">
        <button type="button" disabled={busy || picked.length === 0} onClick={() => send(picked)}>
          {t('invitations.sendPicked', { count: number(picked.length) })}
        </button>
        <button type="button" className="button-secondary" disabled={busy || proposed === 0} onClick={() => send()}>
          {t('invitations.sendAll')}
        </button>
      </div>
      <p>{t('invitations.waitingCount', { count: number(waiting) })}</p>
      <div className="actions">
        <button type="button" className="button-secondary" disabled={busy || !open || waiting === 0} onClick={() => run(true, () => remindInvitations(event.id))}>
          {t('invitations.remind')}
        </button>
      </div>
      {error !== undefined && <ProblemAlert error={error} labels={{ invitation_ids: t('invitations.title') }} />}
      {done && <SentStatus result={done.result} sentKey={done.reminder ? 'invitations.reminders' : 'invitations.sent'} />}
    </section>
  );
}
