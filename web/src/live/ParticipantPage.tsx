// The participant's page (/live?code=ABC234): public, made for a phone. A join form (the code,
// and a name only if one wishes: anonymous by default), then one thing at a time: the activity
// the facilitator opened last, or the results of the one that closed last. A new activity is
// announced politely, as is the connection's state. The token stays in this tab's
// sessionStorage, so a reload rejoins.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api';
import { PublicPage } from '../app/PublicPage';
import { useLocation } from '../app/router';
import { ErrorAlert, Loading, TextField } from '../app/ui';
import { fieldProblems } from '../app/formErrors';
import { serverMessage, useI18n } from '../i18n/i18n';
import { getMine, getMyChanges, join, participantSocketPath, socketUrl } from './liveApi';
import { forgetParticipant, forgetPendingRsvp, loadParticipant, normaliseCode, pendingRsvp, saveParticipant, setPendingRsvp, type StoredParticipant } from './participantStore';
import { secretFromHash } from '../app/linkSecret';
import { ParticipantActivity } from './ParticipantActivity';
import { ConnectionStatus } from './ConnectionStatus';
import { currentActivity } from './results';
import { participantRest, useLiveState } from './useLiveState';
import './live.css';

const isGone = (e: unknown) => e instanceof ApiError && e.status === 404;

function JoinForm({ initialCode, onJoined }: { initialCode: string; onJoined: (p: StoredParticipant) => void }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const rsvp = pendingRsvp(code);
  const { problem } = fieldProblems(error, lang);
  // A wrong or closed code is not a field error on the server (nothing tells whether it ever
  // existed), but it belongs beside the code.
  const codeProblem =
    problem('code') ?? (error instanceof ApiError && error.status === 404 ? serverMessage(lang, { code: error.problem.code, params: error.problem.params, message: error.problem.detail ?? t('live.join.wrongCode') }) : undefined);
  const other = error !== undefined && !codeProblem && !problem('display_name') && !problem('rsvp_token') ? error : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!normaliseCode(code)) {
      setError(new ApiError(422, { errors: [{ field: 'code', message: t('live.join.codeMissing') }] }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const joined = await join({ code, ...(name.trim() ? { display_name: name.trim() } : {}), ...(rsvp ? { rsvp_token: rsvp } : {}) }, lang);
      if (rsvp) forgetPendingRsvp();
      const stored = { code: joined.state.session.code, token: joined.participant_token, attendance: rsvp ? joined.attendance_recorded : null };
      saveParticipant(stored);
      onJoined(stored);
    } catch (err) {
      // A personal link that cannot be used here is forgotten: the next try joins without it
      // (the message says so), rather than being refused again and again.
      if (rsvp && err instanceof ApiError && err.status === 422 && 'rsvp_token' in err.fieldErrors()) forgetPendingRsvp();
      setError(err);
      setBusy(false);
      // Focus where the error is said: the code (a wrong code is a 404), or the name.
      const fields = err instanceof ApiError ? err.fieldErrors() : {};
      const at = err instanceof ApiError && (err.status === 404 || 'code' in fields) ? 'field-code' : 'display_name' in fields ? 'field-display_name' : null;
      if (at) window.setTimeout(() => document.getElementById(at)?.focus(), 0);
    }
  };

  return (
    <form className="live-join" onSubmit={submit} noValidate>
      <p>{t('live.join.intro')}</p>
      <TextField
        label={t('live.join.code')}
        name="code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        className="live-code-input"
        required
        error={codeProblem}
        hint={t('live.join.codeHint')}
      />
      <TextField label={t('live.join.name')} name="display_name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="nickname" maxLength={80} hint={t('live.join.nameHint')} error={problem('display_name')} />
      {rsvp && <p className="live-note">{t('live.join.withInvitation')}</p>}
      {problem('rsvp_token') && (
        <p className="field-error" role="alert">
          {t('live.join.invitationRefused', { reason: problem('rsvp_token') ?? '' })}
        </p>
      )}
      {other !== undefined && <ErrorAlert error={other} />}
      <button type="submit" className="live-big-button" disabled={busy}>
        {busy ? t('live.join.joining') : t('live.join.submit')}
      </button>
    </form>
  );
}

function Joined({ participant, onLeave, onEnded, onTitle }: { participant: StoredParticipant; onLeave: () => void; onEnded: () => void; onTitle: (title: string) => void }) {
  const { t, lang } = useI18n();
  const { token, code } = participant;
  const live = useLiveState({
    load: () => getMine(token, lang),
    url: socketUrl(participantSocketPath(code)),
    hello: (since) => ({ type: 'hello', token, since }),
    poll: (since) => getMyChanges(token, since, lang),
    isGone,
    rest: (state) => participantRest(state?.participants ?? 0),
  });
  const [chosen, setChosen] = useState<number | null>(null);
  const { state, ended } = live;
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);
  const title = state?.session.title;
  useEffect(() => {
    if (title) onTitle(title);
  }, [title, onTitle]);

  const current = useMemo(() => (state ? currentActivity(state.activities, chosen) : undefined), [state, chosen]);
  // What shows when the page opens keeps the focus where it is; an activity that comes later
  // takes it if it was lost (see ParticipantActivity).
  const [settled, setSettled] = useState(false);
  const loaded = state !== undefined;
  useEffect(() => {
    if (loaded) setSettled(true);
  }, [loaded]);
  const others = state?.activities.filter((a) => a.status === 'open' && a.id !== current?.id) ?? [];

  // A new activity (or the results of one that closed) is announced once, politely; what shows
  // when the page opens is not.
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef<string | undefined>(undefined);
  const shownKey = state ? (current ? `${current.id}:${current.status}` : '') : undefined;
  useEffect(() => {
    if (shownKey === undefined) return;
    if (shown.current !== undefined && shown.current !== shownKey && current)
      setAnnouncement(current.status === 'open' ? t('live.announce.open', { title: current.title }) : t('live.announce.results', { title: current.title }));
    shown.current = shownKey;
    // Announced when the key changes only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownKey]);

  if (!state) return live.error !== undefined ? <ErrorAlert error={live.error} /> : <Loading />;
  return (
    <div className="live-participant">
      <ConnectionStatus status={live.status} />
      {participant.attendance !== null && <p className="live-note">{participant.attendance ? t('live.join.attendanceRecorded') : t('live.join.attendanceNotRecorded')}</p>}
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {current ? (
        <ParticipantActivity key={current.id} activity={current} token={token} onAnswered={live.replaceActivity} focusHeading={settled} />
      ) : (
        <p className="live-waiting">{t('live.waiting')}</p>
      )}
      {others.length > 0 && (
        <nav aria-label={t('live.alsoOpen')} className="live-also-open">
          <h2>{t('live.alsoOpen')}</h2>
          <ul>
            {others.map((a) => (
              <li key={a.id}>
                <button type="button" className="button-secondary live-big-button" onClick={() => setChosen(a.id)}>
                  {a.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <button type="button" className="button-secondary" onClick={onLeave}>
          {t('live.leave')}
        </button>
      </p>
    </div>
  );
}

export function ParticipantPage() {
  const { t } = useI18n();
  const location = useLocation();
  const urlCode = location.search.get('code') ?? '';
  // A personal link's token in the fragment (the RSVP page's "Join the live session"): kept in
  // this tab for the join with this code, and taken out of the address at once.
  const [viaInvitation] = useState(() => {
    const secret = secretFromHash(window.location.hash);
    if (!secret || !urlCode) return false;
    setPendingRsvp(urlCode, secret);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return true;
  });
  const [participant, setParticipant] = useState<StoredParticipant | null>(() => {
    // Joining through the invitation records attendance: a fresh join, even if this tab had joined.
    if (viaInvitation) return null;
    const stored = loadParticipant();
    if (!stored) return null;
    return !urlCode || normaliseCode(urlCode) === normaliseCode(stored.code) ? stored : null;
  });
  const [ended, setEnded] = useState(false);
  const [title, setTitle] = useState<string | null>(null);

  const leave = () => {
    forgetParticipant();
    setParticipant(null);
    setTitle(null);
  };
  const onEnded = useMemo(
    () => () => {
      forgetParticipant();
      setParticipant(null);
      setEnded(true);
      setTitle(null);
    },
    [],
  );

  return (
    <PublicPage title={title ?? t('live.participant.title')} className="live-page">
      {/* Mounted all along, so that the end is announced when it is filled in. */}
      <div role="status">{ended && <p className="live-note">{t('live.join.ended')}</p>}</div>
      {participant ? (
        <Joined key={participant.token} participant={participant} onLeave={leave} onEnded={onEnded} onTitle={setTitle} />
      ) : (
        <JoinForm
          initialCode={urlCode}
          onJoined={(p) => {
            setEnded(false);
            setParticipant(p);
          }}
        />
      )}
    </PublicPage>
  );
}
