// The facilitator's live sessions (/live/sessions): the sessions started so far, newest first,
// and a form to start one: a title and, if it belongs to one, an event that is open for
// invitations or being held (?event=N chooses it, as the event's page links here).
import { useState, type FormEvent } from 'react';
import { ApiError } from '../app/api';
import { fieldProblems } from '../app/formErrors';
import { AsyncContent, DataTable } from '../app/results';
import { Link, navigate, useLocation } from '../app/router';
import { ErrorAlert, PageTitle, SelectField, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { getEvents } from '../events/eventsApi';
import { useI18n } from '../i18n/i18n';
import { listSessions, startSession } from './liveApi';
import './live.css';

function StartForm() {
  const { t, lang, compare } = useI18n();
  const location = useLocation();
  const events = useAsync(() => getEvents(), []);
  const [title, setTitle] = useState('');
  const [eventId, setEventId] = useState(location.search.get('event') ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const { problem, problems } = fieldProblems(error, lang);
  const running = (events.data?.items ?? []).filter((e) => e.status === 'open_for_invitations' || e.status === 'held' || String(e.id) === eventId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await startSession(title.trim(), eventId ? Number(eventId) : null);
      navigate(`/live/sessions/${session.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
      const first = err instanceof ApiError ? Object.keys(err.fieldErrors())[0] : undefined;
      if (first) window.setTimeout(() => document.getElementById(`field-${first}`)?.focus(), 0);
    }
  };
  return (
    <section aria-labelledby="live-start-heading" className="panel">
      <h2 id="live-start-heading">{t('live.sessions.start')}</h2>
      <form onSubmit={submit} noValidate className="form">
        <TextField label={t('live.sessions.titleField')} name="title" value={title} onChange={(e) => setTitle(e.target.value)} required error={problem('title')} hint={t('live.sessions.titleHint')} />
        <SelectField
          label={t('live.sessions.event')}
          name="event_id"
          value={eventId}
          onChange={(e) => setEventId(e.target.value)}
          emptyLabel={t('live.sessions.noEvent')}
          options={[...running].sort((a, b) => compare(a.title, b.title)).map((e) => ({ value: String(e.id), label: e.title }))}
          hint={t('live.sessions.eventHint')}
          error={problem('event_id')}
        />
        {error !== undefined && Object.keys(problems).length === 0 && <ErrorAlert error={error} />}
        <button type="submit" disabled={busy}>
          {t('live.sessions.startButton')}
        </button>
      </form>
    </section>
  );
}

export function SessionsPage() {
  const { t, number, dateTime } = useI18n();
  const sessions = useAsync(listSessions, []);
  return (
    <>
      <PageTitle title={t('live.sessions.title')}>{t('live.sessions.title')}</PageTitle>
      <p>{t('live.sessions.intro')}</p>
      <StartForm />
      <section aria-labelledby="live-list-heading" className="panel">
        <h2 id="live-list-heading">{t('live.sessions.list')}</h2>
        <AsyncContent state={sessions}>
          {(list) => (
            <>
              <Status>{t('live.sessions.count', { count: number(list.length) })}</Status>
              {list.length > 0 && (
                <DataTable label={t('live.sessions.list')} headers={[t('live.sessions.titleField'), t('live.sessions.event'), t('live.sessions.code'), t('live.sessions.status'), t('live.sessions.started')]}>
                  {list.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link to={`/live/sessions/${s.id}`}>{s.title}</Link>
                      </td>
                      <td>{s.event_id ? <Link to={`/events/${s.event_id}`}>{s.event_title ?? s.event_id}</Link> : t('live.sessions.standsAlone')}</td>
                      <td className="live-code-cell">{s.status === 'open' ? s.code : '–'}</td>
                      <td>{t(s.status === 'open' ? 'live.sessions.open' : 'live.sessions.closed')}</td>
                      <td>{dateTime(s.created_at)}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </>
          )}
        </AsyncContent>
      </section>
    </>
  );
}
