// The facilitator's console (/live/sessions/:id): how people join (the code, large; the QR code;
// the link; how many have joined), the activities to add, open and close, with their ideas,
// results, opinion groups and promotions, and closing the session. It follows the session live
// over the console's WebSocket and re-reads the state on each change.
import { useState } from 'react';
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { ActivityForm } from './ActivityForm';
import { ActivityPanel } from './ActivityPanel';
import { ConnectionStatus } from './ConnectionStatus';
import { closeSession, qrUrl } from './liveApi';
import type { LiveSession } from './types';
import { useConsoleState } from './useConsoleState';
import './live.css';

// The address participants open: this site's /live with the code.
export const joinLink = (code: string, origin: string = window.location.origin) => `${origin}/live?code=${code}`;

export function JoinPanel({ session, participants, big = false }: { session: LiveSession; participants: number; big?: boolean }) {
  const { t, number } = useI18n();
  const link = joinLink(session.code);
  return (
    <div className={big ? 'live-join-panel live-join-panel-big' : 'live-join-panel'}>
      <div>
        <p className="live-join-label">{t('live.console.codeLabel')}</p>
        <p className="live-code">
          <span aria-hidden="true">{session.code}</span>
          <span className="visually-hidden">{session.code.split('').join(' ')}</span>
        </p>
        <p className="live-join-link">
          {t('live.console.orOpen')} <a href={link}>{link.replace(/^https?:\/\//, '')}</a>
        </p>
        <p className="live-participants">
          {t('live.console.participants', { count: number(participants) })}
        </p>
      </div>
      <img className="live-qr" src={qrUrl(session.id)} alt={t('live.console.qrAlt', { link })} width={big ? 320 : 180} height={big ? 320 : 180} />
    </div>
  );
}

function CloseSession({ session, onClosed }: { session: LiveSession; onClosed: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  if (!asking)
    return (
      <button type="button" className="button-danger" onClick={() => setAsking(true)}>
        {t('live.console.closeSession')}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-labelledby="close-session-q">
      <p id="close-session-q">{t('live.console.closeSessionConfirm')}</p>
      {error !== undefined && <ErrorAlert error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button-danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            closeSession(session.id).then(
              () => {
                setAsking(false);
                onClosed();
              },
              (e) => {
                setError(e);
                setBusy(false);
              },
            );
          }}
        >
          {t('live.console.closeSessionYes')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t('live.console.keepOpen')}
        </button>
      </div>
    </div>
  );
}

export function ConsolePage({ id }: { id: number }) {
  const { t } = useI18n();
  const live = useConsoleState(id);
  const { state } = live;
  if (!state)
    return (
      <>
        <PageTitle title={t('live.console.title')}>{t('live.console.title')}</PageTitle>
        {live.error !== undefined ? <ErrorAlert error={live.error} /> : <Loading />}
      </>
    );
  const { session } = state;
  const open = session.status === 'open';
  const activities = [...state.activities].sort((a, b) => a.position - b.position);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/live/sessions">{t('live.sessions.title')}</Link>
      </p>
      <PageTitle title={session.title}>{session.title}</PageTitle>
      <p>
        {session.event_id ? (
          <>
            {t('live.console.ofEvent')} <Link to={`/events/${session.event_id}`}>{session.event_title ?? session.event_id}</Link>
          </>
        ) : (
          t('live.console.noEvent')
        )}
      </p>
      <ConnectionStatus status={open ? live.status : 'ended'} />
      {live.error !== undefined && <ErrorAlert error={live.error} />}
      {open ? (
        <>
          <JoinPanel session={session} participants={state.participants} />
          <p className="actions">
            <Link to={`/live/sessions/${session.id}/present`} className="button-link button-secondary">
              {t('live.console.presenter')}
            </Link>
          </p>
        </>
      ) : (
        <p className="live-note">{t('live.console.closed')}</p>
      )}
      {open && (
        <section aria-labelledby="live-add-heading" className="panel">
          <h2 id="live-add-heading">{t('live.console.addHeading')}</h2>
          <ActivityForm sessionId={session.id} onAdded={live.reload} />
        </section>
      )}
      <section aria-labelledby="live-activities-heading" className="panel">
        <h2 id="live-activities-heading">{t('live.console.activities')}</h2>
        {!session.event_id && <p className="hint">{t('live.console.promoteNeedsEvent')}</p>}
        {activities.length === 0 ? (
          <p>{t('live.console.noActivities')}</p>
        ) : (
          activities.map((a) => <ActivityPanel key={a.id} sessionId={session.id} sessionOpen={open} hasEvent={session.event_id !== null} activity={a} onChanged={live.reload} />)
        )}
      </section>
      {open && (
        <section aria-labelledby="live-end-heading" className="panel">
          <h2 id="live-end-heading">{t('live.console.endHeading')}</h2>
          <p>{t('live.console.endIntro')}</p>
          <CloseSession session={session} onClosed={live.reload} />
        </section>
      )}
    </>
  );
}
