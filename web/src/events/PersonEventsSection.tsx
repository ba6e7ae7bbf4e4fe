// The "Events" part of a person's page: every event they were asked to, soonest first, with
// where their invitation stands, each a link to the event.
import { api } from '../app/api';
import { AsyncContent, DataTable } from '../app/results';
import { Link } from '../app/router';
import { path } from '../app/schema';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { shortWallClock } from './eventVocabulary';
import type { PersonEventList } from './types';

export function PersonEventsSection({ personId }: { personId: number }) {
  const { t, lang, label } = useI18n();
  const events = useAsync(() => api.get<PersonEventList>(path('/api/v1/people/{id}/events', { id: personId })), [personId]);
  return (
    <section aria-labelledby="person-events-heading" className="panel">
      <h2 id="person-events-heading">{t('personEvents.title')}</h2>
      <AsyncContent state={events}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('personEvents.none')}</p>
          ) : (
            <DataTable label={t('personEvents.title')} headers={[t('personEvents.event'), t('personEvents.when'), t('personEvents.invitation')]}>
              {items.map((e) => (
                <tr key={e.invitation_id}>
                  <td>
                    <Link to={`/events/${e.event_id}`}>{e.title}</Link>
                  </td>
                  <td>{shortWallClock(lang, e.starts_at)}</td>
                  <td>{label('invitationStatus', e.invitation_status)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </AsyncContent>
    </section>
  );
}
