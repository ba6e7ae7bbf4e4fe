// An action plan's fields: its title and description, and what it belongs to, a theme or an
// event (one of them: the server refuses both or neither). Used to make a plan on the plans
// page and to change one on its page (PUT with If-Match).
import { useState, type ReactNode } from 'react';
import { FormMessages } from '../app/RecordFormParts';
import { refuse } from '../app/formErrors';
import { SelectField, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { getEvents } from '../events/eventsApi';
import { useI18n } from '../i18n/i18n';
import type { ActionPlan, ActionPlanInput } from './types';

interface PlanFields {
  title: string;
  description: string;
  belongs: 'theme' | 'event' | 'group';
  theme: string;
  event_id: string;
}

export function PlanForm({ plan, save, onSaved, onLoadLatest, submitLabel, children }: {
  plan?: ActionPlan;
  save: (input: ActionPlanInput) => Promise<ActionPlan>;
  onSaved: (plan: ActionPlan) => void;
  onLoadLatest?: () => void;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  const events = useAsync(getEvents, []);
  const [fields, setFields] = useState<PlanFields>({
    title: plan?.title ?? '',
    description: plan?.description ?? '',
    belongs: plan?.event_id ? 'event' : plan?.group_id ? 'group' : 'theme',
    theme: plan?.theme ?? '',
    event_id: plan?.event_id ? String(plan.event_id) : '',
  });
  const form = useRecordForm(() => {
    const chosen = fields.belongs === 'theme' ? fields.theme : fields.belongs === 'event' ? fields.event_id : String(plan?.group_id ?? '');
    if (!chosen) refuse([{ field: fields.belongs === 'theme' ? 'theme' : 'event_id', message: t(fields.belongs === 'theme' ? 'actionPlans.chooseTheme' : 'actionPlans.chooseEvent') }]);
    return save({
      title: fields.title.trim(),
      description: fields.description.trim(),
      theme: fields.belongs === 'theme' ? fields.theme : null,
      event_id: fields.belongs === 'event' ? Number(fields.event_id) : null,
      group_id: fields.belongs === 'group' ? plan?.group_id ?? null : null,
    });
  }, onSaved);
  const bind = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const labels = { title: t('actionPlans.planTitle'), description: t('actionPlans.description'), theme: t('actionPlans.theme'), event_id: t('actionPlans.event'), group_id: t('actionPlans.belongsTo') };
  return (
    <>
      <FormMessages form={form} labels={labels} onLoadLatest={onLoadLatest} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <TextField label={labels.title} required autoComplete="off" {...bind('title')} />
        <TextArea label={labels.description} rows={3} {...bind('description')} />
        <fieldset className="field">
          <legend>{t('actionPlans.belongsTo')}</legend>
          <div className="checkboxes">
            {(plan?.group_id ? (['theme', 'event', 'group'] as const) : (['theme', 'event'] as const)).map((b) => (
              <label key={b} className="checkbox">
                <input type="radio" name="belongs" value={b} checked={fields.belongs === b} onChange={() => setFields((f) => ({ ...f, belongs: b }))} />
                {t(b === 'theme' ? 'actionPlans.aTheme' : b === 'event' ? 'actionPlans.anEvent' : 'actionPlans.itsGroup')}
              </label>
            ))}
          </div>
        </fieldset>
        {fields.belongs === 'group' ? null : fields.belongs === 'theme' ? (
          <SelectField label={labels.theme} required options={vocabulary.data?.themes ?? []} emptyLabel={t('common.choose')} {...bind('theme')} />
        ) : (
          <SelectField
            label={labels.event_id}
            required
            options={(events.data?.items ?? []).map((e) => ({ value: String(e.id), label: e.title }))}
            emptyLabel={t('common.choose')}
            {...bind('event_id')}
          />
        )}
        {children}
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
