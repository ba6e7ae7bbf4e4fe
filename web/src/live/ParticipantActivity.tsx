// One activity on the participant's page: its question, what can be done now (send an idea,
// upvote, answer, place dots, agree or disagree, watch the time) and the results when the server
// gives them. Everything is sent over plain HTTP; the page re-reads the state on each change.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert, TextArea } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { sendAnswer, sendInput } from './liveApi';
import { PollForm } from './PollForm';
import { ActivityResults, ReticenceNote, StatementTable } from './ResultsView';
import { clock, dotsLeft, nextStatement, placedOn, reticence, secondsLeft } from './results';
import { serverNow } from './serverClock';
import type { ActivityState, InputResult, Vote } from './types';
import { useSender } from './useSender';

export interface ActivityProps {
  activity: ActivityState;
  token: string;
  onAnswered: (state: ActivityState) => void;
}

const maxIdea = 500;

// Ideas being written, per participant and activity: one that another activity replaces on the
// screen is still there when the participant comes back to it.
const drafts = new Map<string, string>();

function IdeaForm({ activity, token, onAnswered, label }: ActivityProps & { label: string }) {
  const { t, lang, number } = useI18n();
  const draftKey = `${token}:${activity.id}`;
  const [text, setTextState] = useState(() => drafts.get(draftKey) ?? '');
  const setText = (value: string) => {
    setTextState(value);
    if (value) drafts.set(draftKey, value);
    else drafts.delete(draftKey);
  };
  const send = useSender(onAnswered);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await send.run(() => sendInput(token, activity.id, text.trim(), lang), t('live.ideas.sent'))) setText('');
  };
  const length = [...text].length;
  return (
    <form onSubmit={submit} noValidate className="live-form">
      <TextArea
        label={label}
        name="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        error={send.problem('text')}
        hint={t('live.ideas.length', { count: number(length), max: number(maxIdea) })}
      />
      {send.otherError(['text']) !== undefined && <ErrorAlert error={send.otherError(['text'])} />}
      <button type="submit" className="live-big-button" aria-disabled={send.busy || undefined}>
        {t('live.ideas.send')}
      </button>
      <p role="status" className="status">
        {send.said}
      </p>
    </form>
  );
}

function IdeasBoard(props: ActivityProps) {
  const { activity, token, onAnswered } = props;
  const { t, lang, number } = useI18n();
  const send = useSender(onAnswered);
  const open = activity.status === 'open';
  const results = new Map<number, InputResult>((activity.results.per_input ?? []).map((p) => [p.input_id, p]));
  const upvoted = new Set(activity.my_answer?.upvoted ?? []);
  const clusters = new Map((activity.clusters ?? []).map((c) => [c.id, c.title]));
  // Newest first, in a steady order: ideas do not jump about under a finger as votes come.
  const ideas = [...activity.inputs].sort((a, b) => b.id - a.id);
  return (
    <>
      {open && <IdeaForm {...props} label={t('live.ideas.yours')} />}
      <section aria-labelledby={`ideas-${activity.id}`}>
        <h3 id={`ideas-${activity.id}`}>{t('live.ideas.soFar', { count: number(ideas.length) })}</h3>
        <ReticenceNote activity={activity} />
        {send.otherError([]) !== undefined && <ErrorAlert error={send.otherError([])} />}
        {ideas.length === 0 ? (
          <p>{t('live.ideas.none')}</p>
        ) : (
          <ul className="live-ideas">
            {ideas.map((idea) => {
              const votes = results.get(idea.id)?.upvotes;
              const mine = upvoted.has(idea.id);
              return (
                <li key={idea.id}>
                  <p className="live-idea-text">{idea.text}</p>
                  <p className="live-idea-meta">
                    {idea.mine && <span className="badge">{t('live.ideas.mine')}</span>}
                    {idea.cluster_id && clusters.has(idea.cluster_id) && <span className="badge">{t('live.ideas.inCluster', { title: clusters.get(idea.cluster_id) ?? '' })}</span>}
                  </p>
                  {open ? (
                    <button
                      type="button"
                      className={mine ? 'live-upvote' : 'live-upvote button-secondary'}
                      aria-pressed={mine}
                      aria-disabled={send.busy || undefined}
                      aria-label={`${t('live.ideas.upvote')}: ${idea.text}${votes !== undefined ? ` (${t('live.ideas.votes', { count: number(votes) })})` : ''}`}
                      onClick={() => void send.run(() => sendAnswer(token, { activity_id: activity.id, input_id: idea.id }, lang), mine ? t('live.ideas.unvoted') : t('live.ideas.upvoted'))}
                    >
                      <span aria-hidden="true">▲</span>
                      <span>{t('live.ideas.upvote')}</span>
                      {votes !== undefined && <span>({t('live.ideas.votes', { count: number(votes) })})</span>}
                    </button>
                  ) : (
                    votes !== undefined && <p>{t('live.ideas.votes', { count: number(votes) })}</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p role="status" className="status">
          {send.said}
        </p>
      </section>
    </>
  );
}

function VoteButtons({ current, busy, onVote, about }: { current?: Vote; busy: boolean; onVote: (vote: Vote) => void; about?: string }) {
  const { t } = useI18n();
  const votes: Vote[] = ['agree', 'disagree', 'pass'];
  return (
    <div className="live-votes">
      {votes.map((v) => (
        <button key={v} type="button" className={`live-big-button live-vote-${v}${current === v ? '' : ' button-secondary'}`} aria-pressed={current === v} aria-disabled={busy || undefined} onClick={() => onVote(v)} aria-label={about ? `${t(`live.vote.${v}`)}: ${about}` : undefined}>
          <span aria-hidden="true">{v === 'agree' ? '✓' : v === 'disagree' ? '✗' : '–'}</span>
          <span>{t(`live.vote.${v}`)}</span>
        </button>
      ))}
    </div>
  );
}

function Statements(props: ActivityProps) {
  const { activity, token, onAnswered } = props;
  const { t, lang, number } = useI18n();
  const send = useSender(onAnswered);
  const open = activity.status === 'open';
  const votes = activity.my_answer?.votes ?? {};
  const nextId = nextStatement(activity);
  const next = activity.inputs.find((i) => i.id === nextId);
  const place = next ? activity.inputs.findIndex((i) => i.id === next.id) + 1 : 0;
  const vote = (inputId: number, v: Vote) => void send.run(() => sendAnswer(token, { activity_id: activity.id, input_id: inputId, vote: v }, lang), t('live.statements.recorded'));
  const answered = activity.inputs.filter((i) => String(i.id) in votes);
  return (
    <>
      {open && next && (
        <section className="live-card" aria-labelledby={`statement-${activity.id}`}>
          <h3 id={`statement-${activity.id}`}>{t('live.statements.place', { place: number(place), count: number(activity.inputs.length) })}</h3>
          <p className="live-statement-text" aria-live="polite">
            {next.text}
          </p>
          <VoteButtons busy={send.busy} onVote={(v) => vote(next.id, v)} />
        </section>
      )}
      {open && !next && <p className="live-note">{activity.inputs.length === 0 ? t('live.statements.noneYet') : t('live.statements.allDone')}</p>}
      {send.otherError(['vote', 'input_id']) !== undefined && <ErrorAlert error={send.otherError(['vote', 'input_id'])} />}
      {send.problem('vote') && <p className="field-error">{send.problem('vote')}</p>}
      <p role="status" className="status">
        {send.said}
      </p>
      {open && answered.length > 0 && (
        <details className="live-my-votes">
          <summary>{t('live.statements.myVotes', { count: number(answered.length) })}</summary>
          <ul>
            {answered.map((i) => (
              <li key={i.id}>
                <p>{i.text}</p>
                <VoteButtons current={votes[String(i.id)]} busy={send.busy} about={i.text} onVote={(v) => vote(i.id, v)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {open && (
        <details className="live-suggest">
          <summary>{t('live.statements.suggest')}</summary>
          <IdeaForm {...props} label={t('live.statements.yours')} />
        </details>
      )}
      {/* How the room divided shows once one has voted (or the activity closed), not before. */}
      {reticence(activity.results) ? <ReticenceNote activity={activity} /> : (answered.length > 0 || !open) && <StatementTable activity={activity} />}
    </>
  );
}

function Dots({ activity, token, onAnswered }: ActivityProps) {
  const { t, lang, number } = useI18n();
  const send = useSender(onAnswered);
  const initial = Object.fromEntries((activity.my_answer?.dots ?? []).map((d) => [d.input_id, d.dots]));
  const [all, setPlaced] = useState<Record<number, number>>(initial);
  // Only the items on offer now count (the facilitator may hide one meanwhile).
  const placed = placedOn(all, activity.inputs);
  const left = dotsLeft(activity.budget, placed);
  const open = activity.status === 'open';
  const change = (id: number, by: number) =>
    setPlaced((p) => {
      const now = placedOn(p, activity.inputs);
      // The buttons stay focusable at their limits (aria-disabled): a press there does nothing.
      if (by > 0 && dotsLeft(activity.budget, now) === 0) return p;
      if (by < 0 && !now[id]) return p;
      return { ...now, [id]: (now[id] ?? 0) + by };
    });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await send.run(
      () => sendAnswer(token, { activity_id: activity.id, dots: Object.entries(placed).map(([id, n]) => ({ input_id: Number(id), dots: n })) }, lang),
      t('live.dots.sent'),
    );
  };
  if (!open) return <ActivityResults activity={activity} />;
  return (
    <form onSubmit={submit} noValidate className="live-form">
      <p className="live-budget" aria-live="polite">
        {t('live.dots.left', { left: number(left), budget: number(activity.budget ?? 0) })}
      </p>
      {send.problem('dots') && (
        <p className="field-error" id="field-dots-error">
          <span aria-hidden="true">⚠ </span>
          {send.problem('dots')}
        </p>
      )}
      {activity.inputs.length === 0 ? (
        <p>{t('live.dots.none')}</p>
      ) : (
        <ul className="live-dots" id="field-dots">
          {activity.inputs.map((item) => (
            <li key={item.id}>
              <span className="live-dot-text">{item.text}</span>
              <span className="live-dot-controls">
                <button type="button" className="button-secondary live-square" onClick={() => change(item.id, -1)} aria-disabled={!placed[item.id] || undefined} aria-label={t('live.dots.remove', { item: item.text })}>
                  −
                </button>
                <span className="live-dot-count">{t('live.dots.count', { count: number(placed[item.id] ?? 0) })}</span>
                <button type="button" className="button-secondary live-square" onClick={() => change(item.id, 1)} aria-disabled={left === 0 || undefined} aria-label={t('live.dots.add', { item: item.text })}>
                  +
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {send.otherError(['dots']) !== undefined && <ErrorAlert error={send.otherError(['dots'])} />}
      <button type="submit" className="live-big-button" aria-disabled={send.busy || undefined} disabled={activity.inputs.length === 0}>
        {t('live.dots.send')}
      </button>
      <p role="status" className="status">
        {send.said}
      </p>
      <ActivityResults activity={activity} />
    </form>
  );
}

function Timer({ activity }: { activity: ActivityState }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => serverNow());
  const left = activity.status === 'open' ? secondsLeft(activity.opened_at, activity.seconds, now) : 0;
  useEffect(() => {
    if (activity.status !== 'open') return;
    const timer = window.setInterval(() => setNow(serverNow()), 250);
    return () => window.clearInterval(timer);
  }, [activity.status]);
  // Said once at a minute, at ten seconds and at the end, never every second.
  const said = left === 0 ? t('live.timer.up') : left <= 10 ? t('live.timer.seconds') : left <= 60 ? t('live.timer.minute') : '';
  return (
    <div className="live-timer">
      <p className="live-clock" role="timer" aria-live="off">
        {clock(left)}
      </p>
      <p aria-live="polite" className="live-note">
        {said}
      </p>
    </div>
  );
}

export function ParticipantActivity({ focusHeading = false, ...props }: ActivityProps & { focusHeading?: boolean }) {
  const { t } = useI18n();
  const { activity } = props;
  const headingId = useId();
  // When this activity replaces another on the screen, or closes, what had focus may be gone
  // (a button of the one before, the form of this one): focus then goes to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    if (first && !focusHeading) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body) heading.current?.focus();
    // On showing, and when the status changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activity.status]);
  let body;
  switch (activity.kind) {
    case 'ideas':
      body = <IdeasBoard {...props} />;
      break;
    case 'poll':
      body = <PollForm {...props} />;
      break;
    case 'dots':
      body = <Dots {...props} />;
      break;
    case 'statements':
      body = <Statements {...props} />;
      break;
    case 'timer':
      body = <Timer activity={activity} />;
      break;
  }
  return (
    <section className="live-activity" aria-labelledby={headingId}>
      <p className="live-kind">{t(`live.kind.${activity.kind}`)}</p>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {activity.title}
      </h2>
      {activity.status === 'closed' && <p className="live-note">{t('live.closedNow')}</p>}
      {activity.about_lived_experience && activity.status === 'open' && <p className="live-note">{t('live.poll.livedExperienceNote')}</p>}
      {body}
    </section>
  );
}
