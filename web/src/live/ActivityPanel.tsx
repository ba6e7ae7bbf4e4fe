// One activity in the console: what it asks and how, open and close it, add the items of an
// ideas board, statements or dot voting, moderate the ideas, read the results, the opinion
// groups of statements, and promote what matters into the event's record.
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert, TextArea } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { useTextForm } from './useTextForm';
import { IdeasModeration } from './IdeasModeration';
import { addFacilitatorInput, setActivityStatus } from './liveApi';
import { OpinionGroupsView } from './OpinionGroupsView';
import { PromoteForm, PromotedMarks, promotionsOf } from './PromoteForm';
import { ActivityResults } from './ResultsView';
import { clock, inputRows, secondsLeft } from './results';
import { serverNow } from './serverClock';
import type { ActivityState } from './types';
import { useOpinionGroups } from './useOpinionGroups';

interface Props {
  sessionId: number;
  sessionOpen: boolean;
  hasEvent: boolean;
  activity: ActivityState;
  onChanged: () => void;
}

function AddItemForm({ sessionId, activity, onChanged }: Props) {
  const { t } = useI18n();
  const form = useTextForm((text) => addFacilitatorInput(sessionId, activity.id, text), onChanged);
  const label = t(`live.console.addItem.${activity.kind as 'ideas' | 'statements' | 'dots'}`);
  return (
    <form onSubmit={form.submit} noValidate className="live-add-item">
      <TextArea label={label} name={`item-${activity.id}`} value={form.text} onChange={(e) => form.setText(e.target.value)} rows={2} error={form.problem('text')} />
      {form.formError !== undefined && <ErrorAlert error={form.formError} />}
      <button type="submit" disabled={form.busy}>
        {t('live.console.addItemButton')}
      </button>
    </form>
  );
}

// The opinion groups, read when asked and again as the votes change (at most every few seconds).
function OpinionGroupsPanel({ sessionId, activity, hasEvent, onChanged }: Props) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const votes = JSON.stringify(activity.results.per_input ?? []) + (activity.results.respondents ?? 0);
  const { data, error } = useOpinionGroups(sessionId, activity.id, shown, votes);
  // The button goes once pressed: focus moves to the heading rather than being lost.
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby={`groups-${activity.id}`} className="live-subsection">
      <h4 id={`groups-${activity.id}`} ref={heading} tabIndex={-1}>
        {t('live.groups.title')}
      </h4>
      {!shown ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setShown(true);
            window.setTimeout(() => heading.current?.focus(), 0);
          }}
        >
          {t('live.groups.show')}
        </button>
      ) : (
        <>
          {error !== undefined && <ErrorAlert error={error} />}
          {data && (
            <OpinionGroupsView
              data={data}
              action={(s) => (
                <>
                  <PromotedMarks promotions={promotionsOf(activity.promotions, { input_id: s.input_id })} />
                  <PromoteForm hasEvent={hasEvent} sessionId={sessionId} activityId={activity.id} source="statement" inputId={s.input_id} text={s.text} label={s.text} onDone={onChanged} />
                </>
              )}
            />
          )}
        </>
      )}
    </section>
  );
}

function TimerLeft({ activity }: { activity: ActivityState }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    if (activity.status !== 'open') return;
    const timer = window.setInterval(() => setNow(serverNow()), 500);
    return () => window.clearInterval(timer);
  }, [activity.status]);
  if (activity.status === 'ready') return <p>{t('live.console.timerLength', { time: clock(activity.seconds ?? 0) })}</p>;
  return (
    <p className="live-clock-small" role="timer">
      {clock(activity.status === 'open' ? secondsLeft(activity.opened_at, activity.seconds, now) : 0)}
    </p>
  );
}

export function ActivityPanel(props: Props) {
  const { sessionId, sessionOpen, hasEvent, activity, onChanged } = props;
  const { t, number } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const status = (verb: 'open' | 'close') => {
    setBusy(true);
    setError(undefined);
    setActivityStatus(sessionId, activity.id, verb)
      .then(onChanged, setError)
      .finally(() => setBusy(false));
  };
  const headingId = `activity-${activity.id}`;
  const details = [
    t(`live.kind.${activity.kind}`),
    activity.kind === 'poll' && activity.poll_type ? t(`live.pollType.${activity.poll_type}`) : null,
    activity.kind === 'dots' && activity.budget ? t('live.console.budgetIs', { count: number(activity.budget) }) : null,
    activity.hold_results ? t('live.console.heldUntilClosed') : null,
    activity.about_lived_experience ? t('live.console.livedExperience') : null,
  ].filter(Boolean);
  const resultPromotions = promotionsOf(activity.promotions, {});
  return (
    <section aria-labelledby={headingId} className={`live-panel live-panel-${activity.status}`}>
      <h3 id={headingId}>
        {activity.title} <span className="badge">{t(`live.activityStatus.${activity.status}`)}</span>
      </h3>
      <p className="muted">{details.join(' · ')}</p>
      {activity.kind === 'poll' && activity.options.length > 0 && (
        <ol className="live-options">
          {activity.options.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ol>
      )}
      {sessionOpen && (
        <div className="actions">
          {activity.status !== 'open' && (
            <button type="button" disabled={busy} onClick={() => status('open')} aria-label={`${activity.status === 'ready' ? t('live.console.open') : t('live.console.openAgain')}: ${activity.title}`}>
              {activity.status === 'ready' ? t('live.console.open') : t('live.console.openAgain')}
            </button>
          )}
          {activity.status === 'open' && (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => status('close')} aria-label={`${t('live.console.close')}: ${activity.title}`}>
              {t('live.console.close')}
            </button>
          )}
        </div>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      {activity.kind === 'timer' && <TimerLeft activity={activity} />}
      {sessionOpen && (activity.kind === 'ideas' || activity.kind === 'statements' || activity.kind === 'dots') && <AddItemForm {...props} />}
      {activity.kind === 'ideas' ? (
        <IdeasModeration sessionId={sessionId} activity={activity} hasEvent={hasEvent} onChanged={onChanged} />
      ) : (
        <ActivityResults activity={activity} />
      )}
      {activity.kind === 'dots' && (
        <ul className="live-promote-list" aria-label={t('live.console.promoteItems')}>
          {inputRows(activity).map((row) => (
            <li key={row.key}>
              {row.label} <PromotedMarks promotions={promotionsOf(activity.promotions, { input_id: Number(row.key) })} />
              <PromoteForm hasEvent={hasEvent} sessionId={sessionId} activityId={activity.id} source="dots" inputId={Number(row.key)} text={row.label} label={row.label} onDone={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {activity.kind === 'poll' && (
        <div className="live-result-promote">
          <PromotedMarks promotions={resultPromotions} />
          <PromoteForm hasEvent={hasEvent} sessionId={sessionId} activityId={activity.id} source="result" text="" label={t('live.console.resultOf', { title: activity.title })} onDone={onChanged} />
        </div>
      )}
      {activity.kind === 'statements' && <OpinionGroupsPanel {...props} />}
    </section>
  );
}
