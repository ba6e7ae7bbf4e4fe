// Who is coming to an event, for anyone who may read it: how many have accepted, may come,
// have not answered or declined; for a hybrid event how many come in person and online; and
// the names of those coming with their organisation (never their access needs).
import { useEffect, useState } from 'react';
import { Link } from '../app/router';
import { DataTable } from '../app/results';
import { ErrorAlert, Loading } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { getInvitations } from './eventsApi';
import type { Event, InvitationList } from './types';

export function WhoIsComing({ event }: { event: Event }) {
  const { t, label, number } = useI18n();
  const [list, setList] = useState<InvitationList | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    getInvitations(event.id).then(setList, setError);
  }, [event.id]);
  const count = (status: string) => list?.summary?.by_status[status] ?? 0;
  const coming = (list?.items ?? []).filter((v) => ['accepted', 'tentative', 'attended'].includes(v.status));
  const modes = list?.summary?.attendance_mode ?? {};
  return (
    <section aria-labelledby="coming-heading">
      <h2 id="coming-heading">{t('events.coming')}</h2>
      {error !== undefined && <ErrorAlert error={error} />}
      {!list && error === undefined && <Loading />}
      {list && (
        <>
          <p>
            {t('events.comingCounts', {
              capacity: number(event.capacity),
              accepted: number(count('accepted') + count('attended')),
              tentative: number(count('tentative')),
              waiting: number(count('invited')),
              declined: number(count('declined')),
            })}
          </p>
          {event.format === 'hybrid' && (
            <p>{t('events.comingModes', { inPerson: number(modes.in_person ?? 0), online: number(modes.online ?? 0) })}</p>
          )}
          {coming.length === 0 ? (
            <p>{t('events.nobodyComingYet')}</p>
          ) : (
            <DataTable label={t('events.comingTable')} headers={[t('field.name'), t('field.organisation'), t('invitations.status'), event.format === 'hybrid' && t('invitations.mode')]}>
              {coming.map((v) => (
                <tr key={v.id}>
                  <td>{v.person_name}</td>
                  <td>{v.organisation_name ?? ''}</td>
                  <td>{label('invitationStatus', v.status)}</td>
                  {event.format === 'hybrid' && <td>{v.attendance_mode ? t(v.attendance_mode === 'online' ? 'rsvp.online' : 'rsvp.inPerson') : ''}</td>}
                </tr>
              ))}
            </DataTable>
          )}
          <p>
            <Link to={`/events/${event.id}/invitations`}>{t('events.allInvitations')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
