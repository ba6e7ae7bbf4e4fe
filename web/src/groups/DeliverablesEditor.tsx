// A group's deliverables in its edit form: each a group of fields (title, due date, status)
// named by the server's path (deliverables[0].title), with a Remove button; "Add a
// deliverable" adds an empty one and moves focus to its title. A deliverable keeps the id it
// came with (in the draft, not on screen), so the server keeps it.
import { useEffect, useState } from 'react';
import { SelectField, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { newDeliverable, type DeliverableDraft } from './groupForm';
import { deliverableKeys, deliverableStatuses } from './groupVocabulary';
import type { DeliverableStatus } from './types';

export function DeliverablesEditor({ deliverables, onChange, errorOf }: { deliverables: DeliverableDraft[]; onChange: (next: DeliverableDraft[]) => void; errorOf: (field: string) => string | undefined }) {
  const { t } = useI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, deliverables]);
  const change = (i: number, part: Partial<DeliverableDraft>) => onChange(deliverables.map((d, k) => (k === i ? { ...d, ...part } : d)));
  const listError = errorOf('deliverables');
  return (
    <fieldset className={listError ? 'form-section field-invalid' : 'form-section'} id="field-deliverables">
      <legend>{t('followUp.deliverables')}</legend>
      <p className="hint">{t('followUp.deliverablesHint')}</p>
      {listError && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>
          {listError}
        </p>
      )}
      {deliverables.length === 0 && <p className="muted">{t('followUp.noDeliverables')}</p>}
      {deliverables.map((d, i) => {
        const at = `deliverables[${i}]`;
        return (
          <fieldset key={d.key} className="agenda-item">
            <legend>{t('followUp.deliverableN', { n: i + 1 })}</legend>
            <TextField
              label={t('followUp.deliverableTitle')}
              required
              autoComplete="off"
              name={`${at}.title`}
              value={d.title}
              error={errorOf(`${at}.title`)}
              onChange={(e) => change(i, { title: e.target.value })}
            />
            <div className="field-row">
              <TextField label={t('followUp.dueDate')} type="date" name={`${at}.due_date`} value={d.due_date} error={errorOf(`${at}.due_date`)} onChange={(e) => change(i, { due_date: e.target.value })} />
              <SelectField
                label={t('followUp.status')}
                name={`${at}.status`}
                value={d.status}
                error={errorOf(`${at}.status`)}
                options={deliverableStatuses.map((s) => ({ value: s, label: t(deliverableKeys[s]) }))}
                onChange={(e) => change(i, { status: e.target.value as DeliverableStatus })}
              />
            </div>
            <div className="row-actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  onChange(deliverables.filter((_, k) => k !== i));
                  setFocusId('add-deliverable');
                }}
              >
                {t('followUp.removeDeliverable', { n: i + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        id="add-deliverable"
        onClick={() => {
          onChange([...deliverables, newDeliverable()]);
          setFocusId(`field-deliverables[${deliverables.length}].title`);
        }}
      >
        {t('followUp.addDeliverable')}
      </button>
    </fieldset>
  );
}
