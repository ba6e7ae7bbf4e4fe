// The evaluation form on the event's page: the editor for those who may plan events while it
// may still change, otherwise the form as it stands with the reason it no longer changes
// (answers given before and after must be to the same questions; a closed event is a record).
import type { EvaluationForm } from '../app/schema';
import { useI18n } from '../i18n/i18n';
import { EvaluationFormEditor } from './EvaluationFormEditor';
import { EvaluationFormView } from './EvaluationFormView';
import type { Event } from './types';

export function EvaluationFormSection({ event, form, mayPlan, onSaved, onReload }: {
  event: Event;
  form: EvaluationForm;
  mayPlan: boolean;
  onSaved: (form: EvaluationForm) => void;
  onReload: () => void;
}) {
  const { t, number, dateTime } = useI18n();
  const closed = event.status === 'closed';
  const editable = mayPlan && !closed && form.answers === 0;
  return (
    <>
      <p>
        {form.customised && form.updated_at
          ? t('evaluation.customised', { when: dateTime(form.updated_at), who: form.updated_by ?? '–' })
          : t('evaluation.standard')}
      </p>
      {mayPlan && form.answers > 0 && <p>{t('evaluation.fixed', { count: number(form.answers) })}</p>}
      {mayPlan && closed && form.answers === 0 && <p>{t('evaluation.closed')}</p>}
      {editable ? <EvaluationFormEditor eventId={event.id} form={form} onSaved={onSaved} onReload={onReload} /> : <EvaluationFormView items={form.items} />}
    </>
  );
}
