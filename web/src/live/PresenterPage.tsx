// The presenter view (/live/sessions/:id/present) for the big screen in the room: high
// contrast, large type, no navigation. How to join (the code, the QR code, the link) and the
// open activity's question with its results as they come: the ideas with their upvotes, a
// poll's bars with their numbers, the words, the statements' opinion-group map with its table.
// Results an activity holds back until it closes stay hidden here too: the room sees them when
// the participants do.
import { useEffect, useState } from 'react';
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { LanguageSwitch } from '../app/Shell';
import { useI18n } from '../i18n/i18n';
import { ConnectionStatus } from './ConnectionStatus';
import { JoinPanel } from './ConsolePage';
import { OpinionMap, StatementsByGroup } from './OpinionGroupsView';
import { ActivityResults } from './ResultsView';
import { clock, currentActivity, secondsLeft } from './results';
import { serverNow } from './serverClock';
import type { ActivityState } from './types';
import { useConsoleState } from './useConsoleState';
import { useOpinionGroups } from './useOpinionGroups';
import './live.css';

// What the room may see: an activity that holds its results back shows only how many answered
// until it closes, as participants see it.
export function forTheRoom(activity: ActivityState): ActivityState {
  if (!activity.hold_results || activity.status === 'closed') return activity;
  return { ...activity, results: { held: true, respondents: activity.results.respondents } };
}

function BigTimer({ activity }: { activity: ActivityState }) {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    if (activity.status !== 'open') return;
    const timer = window.setInterval(() => setNow(serverNow()), 250);
    return () => window.clearInterval(timer);
  }, [activity.status]);
  return (
    <p className="live-clock live-clock-huge" role="timer">
      {clock(activity.status === 'open' ? secondsLeft(activity.opened_at, activity.seconds, now) : 0)}
    </p>
  );
}

function PresentedGroups({ sessionId, activity }: { sessionId: number; activity: ActivityState }) {
  const { t, number } = useI18n();
  const votes = JSON.stringify(activity.results.per_input ?? []) + (activity.results.respondents ?? 0);
  const { data } = useOpinionGroups(sessionId, activity.id, true, votes);
  if (!data) return null;
  if (data.withheld || data.k === 0)
    return <p className="live-note">{data.withheld === 'no_groups' ? t('live.groups.noGroups') : t('live.groups.tooFew', { voters: number(data.voters), statements: number(data.statements) })}</p>;
  return (
    <div className="live-present-groups">
      <h3>{t('live.groups.title')}</h3>
      <OpinionMap data={data} />
      <p>{t('live.groups.consensusExplained')}</p>
      <StatementsByGroup data={data} />
    </div>
  );
}

function PresentedIdeas({ activity }: { activity: ActivityState }) {
  const { t, number } = useI18n();
  const held = activity.results.held;
  const votes = new Map((activity.results.per_input ?? []).map((p) => [p.input_id, p.upvotes ?? 0]));
  const ideas = activity.inputs.filter((i) => !i.hidden && !i.merged_into).sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || a.id - b.id);
  if (ideas.length === 0) return <p>{t('live.ideas.none')}</p>;
  return (
    <ol className="live-present-ideas">
      {ideas.map((i) => (
        <li key={i.id}>
          <span className="live-present-idea">{i.text}</span>
          {!held && (
            <span className="live-present-votes">
              <span aria-hidden="true">▲ </span>
              {t('live.ideas.votes', { count: number(votes.get(i.id) ?? 0) })}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

export function PresenterPage({ id }: { id: number }) {
  const { t } = useI18n();
  const live = useConsoleState(id);
  const { state } = live;
  const shown = state ? currentActivity(state.activities, null) : undefined;
  const activity = shown ? forTheRoom(shown) : undefined;
  return (
    <div className="live-presenter">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="live-presenter-bar">
        <Link to={`/live/sessions/${id}`}>{t('live.present.back')}</Link>
        {state && <ConnectionStatus status={state.session.status === 'open' ? live.status : 'ended'} />}
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <PageTitle title={state ? state.session.title : t('live.present.title')}>{state ? state.session.title : t('live.present.title')}</PageTitle>
        {!state ? (
          live.error !== undefined ? <ErrorAlert error={live.error} /> : <Loading />
        ) : (
          <div className="live-present-layout">
            {state.session.status === 'open' ? <JoinPanel session={state.session} participants={state.participants} big /> : <p className="live-note">{t('live.console.closed')}</p>}
            <section className="live-present-activity" aria-labelledby="present-activity">
              {activity ? (
                <>
                  <p className="live-kind">
                    {t(`live.kind.${activity.kind}`)} · {t(`live.activityStatus.${activity.status}`)}
                  </p>
                  <h2 id="present-activity">{activity.title}</h2>
                  {activity.kind === 'timer' && <BigTimer activity={activity} />}
                  {activity.kind === 'ideas' && <PresentedIdeas activity={activity} />}
                  {activity.kind !== 'timer' && activity.kind !== 'ideas' && activity.kind !== 'statements' && <ActivityResults activity={activity} />}
                  {activity.kind === 'ideas' && <ActivityResultsNote activity={activity} />}
                  {activity.kind === 'statements' && (activity.results.held ? <ActivityResults activity={activity} /> : <PresentedGroups sessionId={id} activity={activity} />)}
                </>
              ) : (
                <h2 id="present-activity">{t('live.present.waiting')}</h2>
              )}
            </section>
          </div>
        )}
      </main>
    </div>
  );
}

function ActivityResultsNote({ activity }: { activity: ActivityState }) {
  const { t } = useI18n();
  return activity.results.held ? <p className="live-note">{t('live.results.held')}</p> : null;
}
