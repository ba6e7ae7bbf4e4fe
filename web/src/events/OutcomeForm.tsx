// The capture form at the top of an event's outcomes, made for typing while the session runs:
// Enter in the text adds the item and leaves focus in the text for the next one (Shift+Enter
// is a new line), Alt+1 … Alt+5 choose the kind from anywhere in the form, and the kind stays
// chosen after adding. An action point also needs its owner (a person or an organisation found
// by name), due date and priority; the server's errors appear beside those fields.
import { useState, type KeyboardEvent } from 'react';
import { ErrorSummary, SelectField, TextArea, TextField } from '../app/ui';
import { ProblemAlert } from '../app/ProblemAlert';
import { refuse, renamingFields } from '../app/formErrors';
import { useRecordForm } from '../app/useRecordForm';
import { StakeholderPicker } from '../register/StakeholderPicker';
import { serverMessage, useI18n } from '../i18n/i18n';
import { postOutcome } from './eventsApi';
import { blankOutcome, outcomeKinds, outcomePriorities, ownerFieldNames, toOutcomeInput, type OutcomeDraft } from './outcomeFields';
import type { Outcome, OutcomeKind } from './types';

// The text field's id (TextArea names it after its field), for putting focus back after adding.
const textId = 'field-text';

export function OutcomeForm({ eventId, eventDay, onAdded, say }: {
  eventId: number;
  // The event's day, YYYY-MM-DD: an action point may not be due before it.
  eventDay: string;
  onAdded: (outcome: Outcome) => void;
  say: (text: string) => void;
}) {
  const { t, lang, label } = useI18n();
  const [draft, setDraft] = useState<OutcomeDraft>(blankOutcome('key_insight'));
  const form = useRecordForm(
    () => {
      // Checked here too, so an empty Enter says so at once instead of a round trip.
      if (!draft.text.trim()) refuse([{ field: 'text', code: 'required', message: 'is required' }]);
      return renamingFields(() => postOutcome(eventId, toOutcomeInput(draft)), ownerFieldNames);
    },
    (saved) => {
      setDraft(blankOutcome(draft.kind));
      onAdded(saved);
      document.getElementById(textId)?.focus();
    },
  );
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  // `event`: the server's refusal of a closed event's outcomes.
  const labels = { kind: t('outcomes.kind'), text: t('outcomes.text'), owner: t('outcomes.owner'), due_date: t('outcomes.dueDate'), priority: t('outcomes.priority'), event: t('events.event') };

  const chooseKind = (kind: OutcomeKind) => setDraft((d) => ({ ...d, kind }));
  // Alt with a digit. Only when the key still gives the digit: where Alt types a character
  // instead (a Swedish Mac's Option+2 is @), the character wins, and Ctrl+Alt (Windows' AltGr)
  // is never a shortcut.
  const onFormKey = (e: KeyboardEvent<HTMLFormElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !/^[1-9]$/.test(e.key)) return;
    const kind = outcomeKinds[Number(e.key) - 1];
    if (!kind) return;
    e.preventDefault();
    chooseKind(kind);
    say(t('outcomes.kindChosen', { kind: label('outcomeKind', kind) }));
  };
  const onTextKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (!form.busy) void form.submit();
  };

  const kindError = error('kind');
  return (
    <section aria-labelledby="outcome-form-heading">
      <h2 id="outcome-form-heading">{t('outcomes.capture')}</h2>
      <ErrorSummary errors={form.fieldErrors} labels={labels} />
      {form.error !== undefined && <ProblemAlert error={form.error} labels={labels} />}
      <form onSubmit={form.onSubmit} onKeyDown={onFormKey} className="form" noValidate>
        <fieldset className={kindError ? 'field field-invalid' : 'field'} id="field-kind" aria-describedby={kindError ? 'outcome-kind-hint outcome-kind-error' : 'outcome-kind-hint'}>
          <legend>{t('outcomes.kind')}</legend>
          <p className="hint" id="outcome-kind-hint">
            {t('outcomes.kindHint')}
          </p>
          {kindError && (
            <p className="field-error" id="outcome-kind-error">
              <span aria-hidden="true">⚠ </span>
              {kindError}
            </p>
          )}
          <div className="checkboxes">
            {outcomeKinds.map((kind, i) => (
              <label key={kind} className="checkbox">
                <input type="radio" name="kind" value={kind} checked={draft.kind === kind} aria-keyshortcuts={`Alt+${i + 1}`} onChange={() => chooseKind(kind)} />
                {label('outcomeKind', kind)}
                <span className="muted" aria-hidden="true">
                  Alt+{i + 1}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextArea
          label={t('outcomes.text')}
          hint={t('outcomes.textHint')}
          name="text"
          required
          rows={3}
          value={draft.text}
          error={error('text')}
          onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
          onKeyDown={onTextKey}
        />
        {draft.kind === 'action_point' && (
          <>
            <StakeholderPicker name="owner" legend={t('outcomes.owner')} hint={t('outcomes.ownerHint')} chosen={draft.owner} error={error('owner')} onChange={(owner) => setDraft((d) => ({ ...d, owner }))} />
            <TextField type="date" label={t('outcomes.dueDate')} name="due_date" required min={eventDay} value={draft.due_date} error={error('due_date')} onChange={(e) => setDraft((d) => ({ ...d, due_date: e.target.value }))} />
            <SelectField
              label={t('outcomes.priority')}
              name="priority"
              required
              emptyLabel={t('common.choose')}
              options={outcomePriorities.map((p) => ({ value: p, label: label('priority', p) }))}
              value={draft.priority}
              error={error('priority')}
              onChange={(e) => setDraft((d) => ({ ...d, priority: e.target.value as OutcomeDraft['priority'] }))}
            />
          </>
        )}
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('outcomes.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
