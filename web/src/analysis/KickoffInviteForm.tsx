// "Invite this list" (coordinators): every person on a kickoff list gets a proposed invitation
// on a chosen event, to review and send from the event's invitations. Organisations have no
// contact person in the register yet, so they are listed for the coordinator to invite by hand,
// as are people the event has already invited.
import { useState } from 'react';
import { Link } from '../app/router';
import { ErrorAlert, SelectField, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getEvents } from '../events/eventsApi';
import { inviteKickoffList } from './analysisApi';
import type { KickoffInvitations, KickoffList } from './types';

// Events that can still take proposed invitations.
const invitable = new Set(['draft', 'designed', 'open_for_invitations']);

export function KickoffInviteForm({ list }: { list: KickoffList }) {
  const { t, lang, number } = useI18n();
  const events = useAsync(() => getEvents(), []);
  const [eventId, setEventId] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [result, setResult] = useState<{ eventId: number; title: string; answer: KickoffInvitations } | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  const options = (events.data?.items ?? []).filter((e) => invitable.has(e.status)).map((e) => ({ value: String(e.id), label: e.title }));

  async function invite(event: React.FormEvent) {
    event.preventDefault();
    if (eventId === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await inviteKickoffList(list.id, Number(eventId), lang);
      setResult({ eventId: Number(eventId), title: options.find((o) => o.value === eventId)?.label ?? '', answer });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  const organisations = result?.answer.skipped.filter((s) => s.reason === 'no_contact_person') ?? [];
  const already = result?.answer.skipped.filter((s) => s.reason === 'already_invited') ?? [];
  return (
    <section aria-labelledby="kickoff-invite-heading" className="panel">
      <h2 id="kickoff-invite-heading">{t('kickoff.inviteTitle')}</h2>
      <p>{t('kickoff.inviteIntro')}</p>
      {failure !== undefined && <ErrorAlert error={failure} />}
      <form onSubmit={(e) => void invite(e)} className="form" noValidate>
        <SelectField label={t('kickoff.inviteEvent')} name="event_id" required options={options} emptyLabel={t('kickoff.chooseEvent')} value={eventId} error={missing ? t('kickoff.eventRequired') : undefined} onChange={(e) => setEventId(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('kickoff.invite')}
          </button>
        </div>
      </form>
      {result && (
        <>
          <Status>
            {t('kickoff.invited', { count: number(result.answer.items.length), event: result.title })} <Link to={`/events/${result.eventId}/invitations`}>{t('kickoff.toInvitations')}</Link>
          </Status>
          {organisations.length > 0 && (
            <>
              <h3>{t('kickoff.noContactTitle', { count: number(organisations.length) })}</h3>
              <ul>
                {organisations.map((o) => (
                  <li key={o.subject_id}>
                    <Link to={`/organisations/${o.subject_id}`}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {already.length > 0 && <p>{t('kickoff.alreadyInvited', { count: number(already.length), names: already.map((a) => a.name).join(', ') })}</p>}
        </>
      )}
    </section>
  );
}
