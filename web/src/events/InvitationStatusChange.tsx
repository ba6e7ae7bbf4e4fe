// Recording a change to one invitation by hand: an answer given by phone, a withdrawal, or a
// check-in. Sent with the invitation's version (If-Match), so a change made meanwhile by the
// participant through their link is not silently overwritten.
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { transitionInvitation } from './eventsApi';
import { invitationSteps } from './eventVocabulary';
import type { Invitation, InvitationStatus } from './types';

export function InvitationStatusChange({ invitation, onChanged, onError }: { invitation: Invitation; onChanged: (next: Invitation) => void; onError: (error: unknown) => void }) {
  const { t, label } = useI18n();
  const id = useId();
  const steps = invitationSteps(invitation.status);
  const [to, setTo] = useState<InvitationStatus | ''>('');
  const [busy, setBusy] = useState(false);
  if (steps.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!to) {
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    setBusy(true);
    transitionInvitation(invitation, to)
      .then((next) => {
        setTo('');
        onChanged(next);
      }, onError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="inline-form status-change" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('invitations.newStatusFor', { name: invitation.person_name })}</label>
        <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as InvitationStatus)}>
          <option value="">{t('invitations.chooseStatus')}</option>
          {steps.map((s) => (
            <option key={s} value={s}>
              {label('invitationStatus', s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-secondary" disabled={busy} aria-label={t('invitations.recordNamed', { name: invitation.person_name })}>
        {t('invitations.record')}
      </button>
    </form>
  );
}
