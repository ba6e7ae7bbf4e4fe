// When an open action counts as stalled: after how many days without an update, set per
// programme (the chosen one; with several, the choice is offered here). Everyone who reads the
// board sees the rule; coordinators and administrators change it (If-Match, with the "someone
// else changed this" message and a way to load the latest).
import { useState } from 'react';
import { FormMessages } from '../app/RecordFormParts';
import { refuse } from '../app/formErrors';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { useSession } from '../app/session';
import { TextField } from '../app/ui';
import { useRecordForm } from '../app/useRecordForm';
import { serverMessage, useI18n } from '../i18n/i18n';
import { getSettings, putSettings } from './actionsApi';
import type { ActionSettings } from './types';

export function StalledSettings({ onChanged }: { onChanged: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const scope = useProgrammeScope();
  const settings = useProgrammeAsync(scope, getSettings, []);
  return (
    <section aria-labelledby="stalled-heading" className="panel">
      <h2 id="stalled-heading">{t('actions.stalledTitle')}</h2>
      {scope.chooser}
      {settings.data && <p>{scope.programme ? t('actions.stalledRuleIn', { days: settings.data.stalled_after_days, programme: scope.programme.name }) : t('actions.stalledRule', { days: settings.data.stalled_after_days })}</p>}
      {settings.data && session.can('manage_actions') && (
        <StalledForm
          key={settings.data.programme_id}
          settings={settings.data}
          onSaved={(next) => {
            settings.setData(next);
            onChanged();
          }}
          onReload={settings.reload}
        />
      )}
    </section>
  );
}

function StalledForm({ settings, onSaved, onReload }: { settings: ActionSettings; onSaved: (next: ActionSettings) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const [days, setDays] = useState(String(settings.stalled_after_days));
  const [saved, setSaved] = useState(false);
  const form = useRecordForm(
    () => {
      setSaved(false);
      const n = Number(days.trim());
      if (!/^\d+$/.test(days.trim()) || n < 1 || n > 365) refuse([{ field: 'stalled_after_days', message: t('actions.stalledRange') }]);
      return putSettings(settings, n);
    },
    (next) => {
      setSaved(true);
      onSaved(next);
    },
  );
  const labels = { stalled_after_days: t('actions.stalledDays') };
  const problem = form.fieldErrors.stalled_after_days;
  return (
    <>
      <FormMessages form={form} labels={labels} onLoadLatest={onReload} />
      <form onSubmit={form.onSubmit} className="form inline-settings" noValidate>
        <TextField
          label={labels.stalled_after_days}
          name="stalled_after_days"
          inputMode="numeric"
          hint={t('actions.stalledHint')}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={problem && serverMessage(lang, problem)}
        />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('actions.stalledSave')}
          </button>
        </div>
      </form>
      <div role="status">{saved && <p className="status">{t('actions.stalledSaved')}</p>}</div>
    </>
  );
}
