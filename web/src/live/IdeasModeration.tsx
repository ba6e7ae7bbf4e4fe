// The console's ideas board: every idea with its upvotes, hidden ones too (kept, never deleted);
// hide and show, merge into another idea (its upvotes join), gather ideas into named groups
// (clusters), and promote an idea or a group into the event's record or the initiative list.
import { useState } from 'react';
import { ErrorAlert, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { useTextForm } from './useTextForm';
import { addCluster, hideInput, mergeInput, setCluster } from './liveApi';
import { PromoteForm, PromotedMarks, promotionsOf } from './PromoteForm';
import type { ActivityState, InputResult, LiveInput } from './types';

interface Props {
  sessionId: number;
  activity: ActivityState;
  // The session belongs to an event: its record takes promotions (the initiative list always does).
  hasEvent: boolean;
  onChanged: () => void;
}

// One control that picks a value and applies it with its own button (a choice alone changes
// nothing, so moving through the list with the keyboard is safe).
function PickAndApply({ id, label, button, options, initial, onApply, busy }: { id: string; label: string; button: string; options: { value: string; label: string }[]; initial: string; onApply: (value: string) => void; busy: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <span className="live-pick">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => onApply(value)}>
        {button}
      </button>
    </span>
  );
}

function IdeaRow({ sessionId, activity, idea, votes, hasEvent, onChanged, act, busy }: Props & { idea: LiveInput; votes: number | undefined; act: (run: () => Promise<unknown>) => void; busy: boolean }) {
  const { t, number } = useI18n();
  const others = activity.inputs.filter((i) => i.id !== idea.id && !i.merged_into);
  const clusters = activity.clusters ?? [];
  const mergedInto = idea.merged_into ? activity.inputs.find((i) => i.id === idea.merged_into) : undefined;
  const short = idea.text.length > 60 ? `${idea.text.slice(0, 57)}…` : idea.text;
  return (
    <li className={idea.hidden ? 'live-idea live-idea-hidden' : 'live-idea'}>
      <p className="live-idea-text">{idea.text}</p>
      <p className="live-idea-meta">
        {votes !== undefined && <span>{t('live.ideas.votes', { count: number(votes) })}</span>}
        {idea.hidden && <span className="badge">{t('live.console.hidden')}</span>}
        {mergedInto && <span className="badge">{t('live.console.mergedInto', { idea: mergedInto.text })}</span>}
        <PromotedMarks promotions={promotionsOf(activity.promotions, { input_id: idea.id })} />
      </p>
      {!idea.merged_into && (
        <div className="live-idea-actions">
          <button type="button" className="button-secondary" disabled={busy} onClick={() => act(() => hideInput(sessionId, idea.id, !idea.hidden))} aria-label={`${idea.hidden ? t('live.console.show') : t('live.console.hide')}: ${idea.text}`}>
            {idea.hidden ? t('live.console.show') : t('live.console.hide')}
          </button>
          {others.length > 0 && (
            <PickAndApply
              id={`merge-${idea.id}`}
              label={t('live.console.mergeLabel', { idea: short })}
              button={t('live.console.merge')}
              options={others.map((o) => ({ value: String(o.id), label: o.text.length > 60 ? `${o.text.slice(0, 57)}…` : o.text }))}
              initial={String(others[0].id)}
              busy={busy}
              onApply={(v) => act(() => mergeInput(sessionId, idea.id, Number(v)))}
            />
          )}
          {clusters.length > 0 && (
            <PickAndApply
              id={`cluster-${idea.id}`}
              label={t('live.console.clusterLabel', { idea: short })}
              button={t('live.console.putInCluster')}
              options={[{ value: '', label: t('live.console.noCluster') }, ...clusters.map((c) => ({ value: String(c.id), label: c.title }))]}
              initial={idea.cluster_id ? String(idea.cluster_id) : ''}
              busy={busy}
              onApply={(v) => act(() => setCluster(sessionId, idea.id, v === '' ? null : Number(v)))}
            />
          )}
          <PromoteForm hasEvent={hasEvent} sessionId={sessionId} activityId={activity.id} source="input" inputId={idea.id} text={idea.text} label={idea.text} onDone={onChanged} />
        </div>
      )}
    </li>
  );
}

function ClusterForm({ sessionId, activity, onChanged }: Props) {
  const { t } = useI18n();
  const form = useTextForm((title) => addCluster(sessionId, activity.id, title), onChanged);
  return (
    <form onSubmit={form.submit} noValidate className="inline-form live-cluster-form">
      <TextField label={t('live.console.clusterTitle')} name={`cluster-title-${activity.id}`} value={form.text} onChange={(e) => form.setText(e.target.value)} error={form.problem('title')} />
      <button type="submit" disabled={form.busy}>
        {t('live.console.addCluster')}
      </button>
      {form.formError !== undefined && <ErrorAlert error={form.formError} />}
    </form>
  );
}

export function IdeasModeration(props: Props) {
  const { sessionId, activity, hasEvent, onChanged } = props;
  const { t, number } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const results = new Map<number, InputResult>((activity.results.per_input ?? []).map((p) => [p.input_id, p]));
  const act = (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    run()
      .then(onChanged, setError)
      .finally(() => setBusy(false));
  };
  const clusters = activity.clusters ?? [];
  const byVotes = (a: LiveInput, b: LiveInput) => (results.get(b.id)?.upvotes ?? 0) - (results.get(a.id)?.upvotes ?? 0) || a.id - b.id;
  const ideas = [...activity.inputs].sort(byVotes);
  return (
    <div className="live-moderation">
      {error !== undefined && <ErrorAlert error={error} />}
      <h4>{t('live.ideas.soFar', { count: number(activity.inputs.filter((i) => !i.merged_into).length) })}</h4>
      {ideas.length === 0 ? (
        <p>{t('live.ideas.none')}</p>
      ) : (
        <ul className="live-idea-list">
          {ideas.map((idea) => (
            <IdeaRow key={idea.id} {...props} idea={idea} votes={results.get(idea.id)?.upvotes} act={act} busy={busy} />
          ))}
        </ul>
      )}
      <h4>{t('live.console.clusters')}</h4>
      <p className="hint">{t('live.console.clustersHint')}</p>
      {clusters.length > 0 && (
        <ul className="live-clusters">
          {clusters.map((c) => {
            const members = activity.inputs.filter((i) => i.cluster_id === c.id && !i.merged_into);
            return (
              <li key={c.id}>
                <p className="live-cluster-title">
                  <strong>{c.title}</strong> <span className="muted">({t('live.console.clusterCount', { count: number(members.length) })})</span>
                  <PromotedMarks promotions={promotionsOf(activity.promotions, { cluster_id: c.id })} />
                </p>
                {members.length > 0 && (
                  <ul>
                    {members.map((m) => (
                      <li key={m.id}>{m.text}</li>
                    ))}
                  </ul>
                )}
                <PromoteForm hasEvent={hasEvent} sessionId={sessionId} activityId={activity.id} source="cluster" clusterId={c.id} text={c.title} label={c.title} onDone={onChanged} />
              </li>
            );
          })}
        </ul>
      )}
      <ClusterForm {...props} />
    </div>
  );
}
