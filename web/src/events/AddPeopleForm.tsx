// Proposing people by hand, beside those a selection chose: find them by name, then propose.
// People already invited to the event are skipped by the server, and the answer says so.
import { useState, type FormEvent } from 'react';
import { Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { proposeInvitations } from './eventsApi';
import { PeoplePicker } from './PeoplePicker';
import { ProblemAlert } from '../app/ProblemAlert';
import type { PersonChoice } from './selectionDraft';

export function AddPeopleForm({ eventId, onAdded }: { eventId: number; onAdded: () => void }) {
  const { t, number } = useI18n();
  const [people, setPeople] = useState<PersonChoice[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    setError(undefined);
    if (people.length === 0) {
      setMissing(t('invitations.addNobody'));
      return;
    }
    setMissing('');
    setBusy(true);
    proposeInvitations(eventId, { person_ids: people.map((p) => p.id) })
      .then((list) => {
        const skipped = people.length - list.items.length;
        setDone(skipped > 0 ? t('invitations.addedSkipped', { count: number(list.items.length), skipped: number(skipped) }) : t('invitations.added', { count: number(list.items.length) }));
        setPeople([]);
        onAdded();
      }, setError)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="add-people-heading" className="panel">
      <h2 id="add-people-heading">{t('invitations.addTitle')}</h2>
      {done && <Status>{done}</Status>}
      {error !== undefined && <ProblemAlert error={error} />}
      <form onSubmit={submit} className="form" noValidate>
        <PeoplePicker name="person_ids" legend={t('invitations.addPeople')} searchLabel={t('invitations.addSearch')} chosen={people} error={missing || undefined} onChange={setPeople} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('invitations.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
