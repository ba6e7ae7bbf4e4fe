// Recording progress on an action: its next status (only the steps its lifecycle allows from
// here), its progress from 0 to 100, a note for the timeline, and why when it is dropped. Sent
// with the action's version as If-Match; field errors appear beside their fields and in the
// summary that takes focus, a 412 says someone else changed the action first and offers to load
// it again, and a 403 says who may update it.
import { useState } from 'react';
import { ApiError } from '../app/api';
import { refuse } from '../app/formErrors';
import { SelectField, TextArea, TextField, ErrorSummary } from '../app/ui';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { useI18n } from '../i18n/i18n';
import { nextSteps, statusKeys } from './actionRules';
import { postUpdate } from './actionsApi';
import type { Action, ActionUpdateInput } from './types';
import { UpdateProblem, useStatusName, withStatusNames } from './updateProblems';

interface UpdateFields {
  status: string;
  progress: string;
  note: string;
  dropped_reason: string;
}

export function ActionUpdateForm({ action, onUpdated, onReload }: { action: Action; onUpdated: (next: Action) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const statusName = useStatusName();
  const fresh = (a: Action): UpdateFields => ({ status: '', progress: String(a.progress), note: '', dropped_reason: '' });
  const [fields, setFields] = useState<UpdateFields>(() => fresh(action));
  const [said, setSaid] = useState('');
  const form = useRecordForm(
    async () => {
      setSaid('');
      const body: ActionUpdateInput = {};
      if (fields.status) body.status = fields.status;
      const progress = fields.progress.trim();
      if (progress !== String(action.progress)) {
        if (!/^\d{1,3}$/.test(progress) || Number(progress) > 100) refuse([{ field: 'progress', message: t('actions.progressRange') }]);
        body.progress = Number(progress);
      }
      if (fields.note.trim()) body.note = fields.note.trim();
      if (fields.status === 'dropped') body.dropped_reason = fields.dropped_reason.trim();
      try {
        return await postUpdate(action, body);
      } catch (e) {
        throw withStatusNames(e, statusName);
      }
    },
    (next) => {
      setFields(fresh(next));
      setSaid(t('actions.updateSaved', { status: statusName(next.status) }));
      onUpdated(next);
    },
  );
  const bind = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const labels = { status: t('actions.newStatus'), progress: t('actions.progressField'), note: t('actions.note'), dropped_reason: t('actions.droppedReason') };
  const steps = nextSteps(action.status);
  return (
    <section aria-labelledby="update-heading" className="panel">
      <h2 id="update-heading">{t('actions.updateTitle')}</h2>
      <p>{t('actions.updateIntro')}</p>
      <ErrorSummary errors={form.fieldErrors} labels={labels} />
      {form.error !== undefined && <UpdateProblem error={form.error} labels={labels} />}
      {form.stale && (
        <UpdateProblem
          error={new ApiError(412, { status: 412 })}
          labels={labels}
          onReload={() => {
            form.clearStale();
            onReload();
          }}
        />
      )}
      <form onSubmit={form.onSubmit} className="form" noValidate>
        {steps.length > 0 ? (
          <SelectField
            label={labels.status}
            options={steps.map((s) => ({ value: s, label: t(statusKeys[s]) }))}
            emptyLabel={t('actions.keepStatus', { status: statusName(action.status) })}
            {...bind('status')}
          />
        ) : (
          <p>{t('actions.noNextStep', { status: statusName(action.status) })}</p>
        )}
        {fields.status === 'dropped' && <TextArea label={labels.dropped_reason} required rows={2} {...bind('dropped_reason')} />}
        <TextField label={labels.progress} type="number" min={0} max={100} step={1} inputMode="numeric" hint={t('actions.progressHint')} {...bind('progress')} />
        <TextArea label={labels.note} hint={t('actions.noteHint')} rows={3} {...bind('note')} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('actions.saveUpdate')}
          </button>
        </div>
      </form>
      <div role="status">{said && <p className="status">{said}</p>}</div>
    </section>
  );
}
