// The programme's events, soonest first (as the server sorts them), with their status, and a
// way to plan a new one for those who plan events.
import { AsyncContent, DataTable } from '../app/results';
import { Link } from '../app/router';
import { PageTitle, Status } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from '../app/vocabulary';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getEvents } from './eventsApi';
import { shortWallClock } from './eventVocabulary';

export function EventsListPage() {
  const { t, lang, label, number } = useI18n();
  const session = useSession();
  const scope = useProgrammeScope();
  const events = useProgrammeAsync(scope, getEvents, []);
  const vocabulary = useVocabulary(lang);
  const themeNames = (slugs: string[]) => slugs.map((s) => vocabulary.data?.themeName(s) ?? s).join(', ');
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('events.title')}>{t('events.title')}</PageTitle>
        {session.can('plan_events') && (
          <Link to="/events/new" className="button-link button-primary">
            {t('events.new')}
          </Link>
        )}
      </div>
      <p>{t('events.intro')}</p>
      {scope.chooser}
      <AsyncContent state={events}>
        {(page) => (
          <>
            <Status>{t('events.count', { count: number(page.total) })}</Status>
            {page.items.length > 0 && (
              <DataTable label={t('events.title')} headers={[t('field.title'), t('event.type'), t('events.starts'), t('event.themes'), t('events.status')]}>
                {page.items.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <Link to={`/events/${e.id}`}>{e.title}</Link>
                    </td>
                    <td>{label('eventType', e.type)}</td>
                    <td>
                      {shortWallClock(lang, e.starts_at)}
                      <span className="cell-note muted">{e.time_zone}</span>
                    </td>
                    <td>{themeNames(e.themes)}</td>
                    <td>{label('eventStatus', e.status)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
