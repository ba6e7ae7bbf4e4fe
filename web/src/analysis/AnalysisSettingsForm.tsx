// The saved thresholds and weights (coordinators and admins). Saved with If-Match on the
// settings' version, so two coordinators changing them at once do not overwrite each other.
import { useEffect, useState } from 'react';
import type { FieldProblem } from '../app/api';
import { Status, TextField } from '../app/ui';
import { serverMessage, useI18n, type MessageKey } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { putSettings } from './analysisApi';
import { parseNumber, refuseAny } from '../app/formErrors';
import type { AnalysisSettings, AnalysisSettingsInput } from './types';

// Each setting: its API field (also its error's name), label and allowed range.
const fields: Array<{ name: string; label: MessageKey; min: number; max?: number; step: number }> = [
  { name: 'grid.influence', label: 'settings.gridInfluence', min: 1, max: 5, step: 0.1 },
  { name: 'grid.interest', label: 'settings.gridInterest', min: 1, max: 5, step: 0.1 },
  { name: 'salience.power', label: 'settings.saliencePower', min: 1, max: 5, step: 0.1 },
  { name: 'salience.legitimacy', label: 'settings.salienceLegitimacy', min: 1, max: 5, step: 0.1 },
  { name: 'salience.urgency', label: 'settings.salienceUrgency', min: 1, max: 5, step: 0.1 },
  { name: 'weights.influence', label: 'settings.weightInfluence', min: 0, step: 0.5 },
  { name: 'weights.interest', label: 'settings.weightInterest', min: 0, step: 0.5 },
  { name: 'weights.legitimacy', label: 'settings.weightLegitimacy', min: 0, step: 0.5 },
  { name: 'weights.urgency', label: 'settings.weightUrgency', min: 0, step: 0.5 },
  { name: 'weights.relevance', label: 'settings.weightRelevance', min: 0, step: 0.5 },
  { name: 'weights.support', label: 'settings.weightSupport', min: 0, step: 0.5 },
  { name: 'high_priority', label: 'settings.highPriority', min: 0, max: 100, step: 1 },
];

function read(settings: AnalysisSettings, name: string): number {
  const [group, key] = name.split('.');
  const value = key ? (settings as unknown as Record<string, Record<string, number>>)[group][key] : (settings as unknown as Record<string, number>)[group];
  return value;
}

function textsOf(settings: AnalysisSettings): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, String(read(settings, f.name))]));
}

// The typed values as the API's settings, or the fields that are out of range.
export function settingsInput(texts: Record<string, string>, rangeMessage: (min: number, max?: number) => string): AnalysisSettingsInput {
  const errors: FieldProblem[] = [];
  const n: Record<string, number> = {};
  for (const f of fields) {
    const value = parseNumber(texts[f.name] ?? '');
    if (value === null || value < f.min || (f.max !== undefined && value > f.max)) errors.push({ field: f.name, message: rangeMessage(f.min, f.max) });
    else n[f.name] = value;
  }
  refuseAny(errors);
  return {
    grid: { influence: n['grid.influence'], interest: n['grid.interest'] },
    salience: { power: n['salience.power'], legitimacy: n['salience.legitimacy'], urgency: n['salience.urgency'] },
    weights: {
      influence: n['weights.influence'], interest: n['weights.interest'], legitimacy: n['weights.legitimacy'],
      urgency: n['weights.urgency'], relevance: n['weights.relevance'], support: n['weights.support'],
    },
    high_priority: n.high_priority,
  };
}

export function AnalysisSettingsForm({ settings, onSaved, onLoadLatest }: { settings: AnalysisSettings; onSaved: () => void; onLoadLatest: () => void }) {
  const { t, lang, dateTime } = useI18n();
  const [texts, setTexts] = useState(() => textsOf(settings));
  const [saved, setSaved] = useState(false);
  // Another version arrived (saved here or loaded after a 412): the form shows it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setTexts(textsOf(settings)), [settings.version]);
  const rangeMessage = (min: number, max?: number) => (max === undefined ? t('settings.atLeast', { min }) : t('settings.between', { min, max }));
  const form = useRecordForm(
    () => putSettings(settingsInput(texts, rangeMessage), settings.version, settings.programme_id),
    () => {
      setSaved(true);
      onSaved();
    },
  );
  const labels = Object.fromEntries(fields.map((f) => [f.name, t(f.label)]));
  const field = (f: (typeof fields)[number]) => ({
    name: f.name,
    label: t(f.label),
    type: 'number',
    inputMode: 'decimal' as const,
    min: f.min,
    max: f.max,
    step: f.step,
    value: texts[f.name] ?? '',
    error: form.fieldErrors[f.name] && serverMessage(lang, form.fieldErrors[f.name]),
    onChange: (e: { target: { value: string } }) => {
      setSaved(false);
      setTexts((x) => ({ ...x, [f.name]: e.target.value }));
    },
  });
  return (
    <section aria-labelledby="settings-heading" className="panel">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <p>{t('settings.intro')}</p>
      {settings.updated_at && <p className="muted">{t('settings.lastChanged', { when: dateTime(settings.updated_at), who: settings.updated_by ?? '' })}</p>}
      {saved && <Status>{t('settings.saved')}</Status>}
      <FormMessages form={form} labels={labels} onLoadLatest={onLoadLatest} />
      <form onSubmit={form.onSubmit} className="form settings-form" noValidate>
        <fieldset className="field">
          <legend>{t('settings.thresholds')}</legend>
          <div className="filter-grid">{fields.slice(0, 5).map((f) => <TextField key={f.name} {...field(f)} />)}</div>
        </fieldset>
        <fieldset className="field">
          <legend>{t('settings.weights')}</legend>
          <div className="filter-grid">{fields.slice(5, 11).map((f) => <TextField key={f.name} {...field(f)} />)}</div>
        </fieldset>
        <div className="narrow">
          <TextField hint={t('settings.highPriorityHint')} {...field(fields[11])} />
        </div>
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
