// The console's form for a new activity: its kind, its question, and what that kind needs (a
// poll's type and options, the dots' budget, a timer's length), whether participants see the
// results only once it closes, and whether a poll asks about lived experience. The server
// checks every value and names the field it refuses.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../app/api';
import { fieldProblems } from '../app/formErrors';
import { ErrorAlert, RadioGroup, SelectField, TextArea, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { addActivity } from './liveApi';
import type { ActivityInput, ActivityKind, PollType } from './types';

export const activityKinds: ActivityKind[] = ['ideas', 'poll', 'dots', 'statements', 'timer'];
export const pollTypes: PollType[] = ['single', 'multiple', 'scale', 'ranking', 'words'];

export interface ActivityDraft {
  kind: ActivityKind;
  title: string;
  poll_type: PollType;
  options: string;
  budget: string;
  seconds: string;
  hold_results: boolean;
  about_lived_experience: boolean;
}

export const blankActivity: ActivityDraft = { kind: 'ideas', title: '', poll_type: 'single', options: '', budget: '5', seconds: '120', hold_results: false, about_lived_experience: false };

const whole = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

// What the draft sends: only the fields its kind takes, options one a line without empty ones.
export function toActivityInput(d: ActivityDraft): ActivityInput {
  const input: ActivityInput = { kind: d.kind, title: d.title.trim(), hold_results: d.hold_results };
  if (d.kind === 'poll') {
    input.poll_type = d.poll_type;
    if (d.poll_type === 'single' || d.poll_type === 'multiple' || d.poll_type === 'ranking')
      input.options = d.options
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean);
    input.about_lived_experience = d.about_lived_experience;
  }
  if (d.kind === 'dots') input.budget = whole(d.budget);
  if (d.kind === 'timer') input.seconds = whole(d.seconds);
  return input;
}

export function ActivityForm({ sessionId, onAdded }: { sessionId: number; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ActivityDraft>(blankActivity);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const { problem, problems } = fieldProblems(error, lang);
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const needsOptions = draft.kind === 'poll' && (draft.poll_type === 'single' || draft.poll_type === 'multiple' || draft.poll_type === 'ranking');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaid('');
    try {
      const added = await addActivity(sessionId, toActivityInput(draft));
      setDraft({ ...blankActivity, kind: draft.kind, poll_type: draft.poll_type });
      setSaid(t('live.console.added', { title: added.title }));
      onAdded();
    } catch (err) {
      setError(err);
      const first = err instanceof ApiError ? Object.keys(err.fieldErrors())[0] : undefined;
      if (first) window.setTimeout(() => document.getElementById(`field-${first}`)?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form live-activity-form">
      <RadioGroup legend={t('live.console.kind')} name="kind" options={activityKinds.map((k) => ({ value: k, label: t(`live.kind.${k}`) }))} value={draft.kind} onChange={(v) => set('kind', v as ActivityKind)} error={problem('kind')} />
      <TextField label={t('live.console.question')} name="title" value={draft.title} onChange={(e) => set('title', e.target.value)} required error={problem('title')} hint={t(`live.console.questionHint.${draft.kind}`)} />
      {draft.kind === 'poll' && (
        <SelectField label={t('live.console.pollType')} name="poll_type" value={draft.poll_type} onChange={(e) => set('poll_type', e.target.value as PollType)} options={pollTypes.map((p) => ({ value: p, label: t(`live.pollType.${p}`) }))} error={problem('poll_type')} />
      )}
      {needsOptions && <TextArea label={t('live.console.options')} name="options" value={draft.options} onChange={(e) => set('options', e.target.value)} rows={5} hint={t('live.console.optionsHint')} error={problem('options')} required />}
      {draft.kind === 'dots' && <TextField label={t('live.console.budget')} name="budget" inputMode="numeric" value={draft.budget} onChange={(e) => set('budget', e.target.value)} hint={t('live.console.budgetHint')} error={problem('budget')} />}
      {draft.kind === 'timer' && <TextField label={t('live.console.seconds')} name="seconds" inputMode="numeric" value={draft.seconds} onChange={(e) => set('seconds', e.target.value)} hint={t('live.console.secondsHint')} error={problem('seconds')} />}
      {draft.kind !== 'timer' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.hold_results} onChange={(e) => set('hold_results', e.target.checked)} />
          {t('live.console.holdResults')}
        </label>
      )}
      {draft.kind === 'poll' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.about_lived_experience} onChange={(e) => set('about_lived_experience', e.target.checked)} />
          {t('live.console.aboutLivedExperience')}
        </label>
      )}
      {error !== undefined && Object.keys(problems).length === 0 && <ErrorAlert error={error} />}
      {problem('about_lived_experience') && <p className="field-error">{problem('about_lived_experience')}</p>}
      {problem('hold_results') && <p className="field-error">{problem('hold_results')}</p>}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('live.console.add')}
        </button>
      </div>
      <p role="status" className="status">
        {said}
      </p>
    </form>
  );
}
