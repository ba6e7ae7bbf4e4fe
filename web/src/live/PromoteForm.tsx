// Carrying something from the session into the event's record: an idea, a group of ideas, a
// statement or a poll's result becomes a key insight, an outcome or an action point (with its
// owner and due date); an idea, a group or a dot-voted item joins the initiative list. Behind a
// button ("Promote …") that opens the form in place; what was promoted is marked with a tick.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../app/api';
import { fieldProblems, renamingFields } from '../app/formErrors';
import { ErrorAlert, SelectField, TextArea, TextField } from '../app/ui';
import { StakeholderPicker, type StakeholderChoice } from '../register/StakeholderPicker';
import { useI18n } from '../i18n/i18n';
import { promote } from './liveApi';
import type { Promotion, PromotionInput, PromotionTarget } from './types';

// Where each kind of source may go: a poll's result and a statement not to the initiative list;
// a dot-voted item only there.
export function targetsFor(source: 'input' | 'cluster' | 'result' | 'statement' | 'dots'): PromotionTarget[] {
  if (source === 'dots') return ['initiative'];
  if (source === 'result' || source === 'statement') return ['key_insight', 'outcome', 'action_point'];
  return ['key_insight', 'outcome', 'action_point', 'initiative'];
}

// The promotions of one source (an input, a cluster, or the activity's result when both are null).
export function promotionsOf(promotions: Promotion[] | undefined, source: { input_id?: number; cluster_id?: number }): Promotion[] {
  return (promotions ?? []).filter((p) => (p.input_id ?? undefined) === source.input_id && (p.cluster_id ?? undefined) === source.cluster_id);
}

export function PromotedMarks({ promotions }: { promotions: Promotion[] }) {
  const { t } = useI18n();
  if (promotions.length === 0) return null;
  return (
    <span className="live-promoted">
      {[...new Set(promotions.map((p) => p.to))].map((to) => (
        <span key={to} className="badge">
          {t(`live.promote.done.${to}`)} <span aria-hidden="true">✓</span>
        </span>
      ))}
    </span>
  );
}

export function PromoteForm({ hasEvent, sessionId, activityId, source, inputId, clusterId, text, label, onDone }: {
  // Without an event only the initiative list takes promotions.
  hasEvent: boolean;
  sessionId: number;
  activityId: number;
  source: 'input' | 'cluster' | 'result' | 'statement' | 'dots';
  inputId?: number;
  clusterId?: number;
  text: string;
  // What is promoted, for the button's name ("Promote: <idea>").
  label: string;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const targets = targetsFor(source).filter((v) => hasEvent || v === 'initiative');
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<PromotionTarget>(targets[0] ?? 'initiative');
  const [words, setWords] = useState(text);
  const [owner, setOwner] = useState<StakeholderChoice | null>(null);
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const { problem, problems } = fieldProblems(error, lang);
  const formId = `promote-${activityId}-${inputId ?? 'c'}-${clusterId ?? 'r'}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input: PromotionInput = { to, activity_id: activityId };
    if (inputId !== undefined) input.input_id = inputId;
    if (clusterId !== undefined) input.cluster_id = clusterId;
    if (words.trim() && words.trim() !== text) input.text = words.trim();
    if (to === 'action_point') {
      if (owner?.kind === 'person') input.owner_person_id = owner.id;
      if (owner?.kind === 'organisation') input.owner_organisation_id = owner.id;
      if (due) input.due_date = due;
      if (priority) input.priority = priority;
    }
    setBusy(true);
    setError(undefined);
    try {
      await renamingFields(() => promote(sessionId, input), { owner_person_id: 'owner', owner_organisation_id: 'owner' });
      setSaid(`${t(`live.promote.done.${to}`)}.`);
      setOpen(false);
      onDone();
    } catch (err) {
      setError(err);
      const first = err instanceof ApiError ? Object.keys(err.fieldErrors())[0] : undefined;
      if (first) window.setTimeout(() => (document.getElementById(`field-${formId}-${first}`) ?? document.getElementById(`field-${first}`))?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  if (targets.length === 0) return null;
  return (
    <div className="live-promote">
      <button type="button" className="button-secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)} aria-label={`${t('live.promote.button')}: ${label}`}>
        {t('live.promote.button')}
      </button>
      <p role="status" className="status">
        {said}
      </p>
      {open && (
        <form onSubmit={submit} noValidate className="live-promote-form" aria-label={t('live.promote.formLabel', { what: label })}>
          <SelectField label={t('live.promote.toField')} name={`${formId}-to`} value={to} onChange={(e) => setTo(e.target.value as PromotionTarget)} options={targets.map((v) => ({ value: v, label: t(`live.promote.to.${v}`) }))} error={problem('to')} />
          <TextArea label={t('live.promote.text')} name={`${formId}-text`} value={words} onChange={(e) => setWords(e.target.value)} rows={2} hint={source === 'result' ? t('live.promote.resultHint') : undefined} error={problem('text')} />
          {to === 'action_point' && (
            <>
              <StakeholderPicker name={`${formId}-owner`} legend={t('live.promote.owner')} chosen={owner} onChange={setOwner} error={problem('owner')} />
              <TextField label={t('live.promote.due')} name={`${formId}-due_date`} type="date" value={due} onChange={(e) => setDue(e.target.value)} error={problem('due_date')} />
              <SelectField
                label={t('live.promote.priority')}
                name={`${formId}-priority`}
                value={priority}
                onChange={(e) => setPriority(e.target.value)}
                emptyLabel={t('live.promote.noPriority')}
                options={['high', 'medium', 'low'].map((p) => ({ value: p, label: t(`priority.${p as 'high' | 'medium' | 'low'}`) }))}
                error={problem('priority')}
              />
            </>
          )}
          {error !== undefined && Object.keys(problems).filter((f) => !['to', 'text', 'owner', 'due_date', 'priority'].includes(f)).length > 0 && (
            <ul className="field-error">
              {Object.entries(problems)
                .filter(([f]) => !['to', 'text', 'owner', 'due_date', 'priority'].includes(f))
                .map(([f]) => (
                  <li key={f}>{problem(f)}</li>
                ))}
            </ul>
          )}
          {error !== undefined && Object.keys(problems).length === 0 && <ErrorAlert error={error} />}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('live.promote.submit')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t('live.promote.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
