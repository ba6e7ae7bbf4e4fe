// An action's indicators in its edit form: each a group with its name, unit, aim, baseline and
// target, and its dated measurements (added and removed one at a time). Each field is named by
// its path (indicators[0].measurements[1].date), so the server's error shows beside it and the
// error summary links to it. Focus goes to what was added, or to the button that adds more
// after a removal.
import { useEffect, useState } from 'react';
import { SelectField, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { directionKeys, directions } from './actionRules';
import { emptyIndicator, emptyMeasurement, type IndicatorDraft, type MeasurementDraft } from './actionForm';
import type { Direction } from './types';

export function IndicatorsEditor({ indicators, onChange, errorOf }: { indicators: IndicatorDraft[]; onChange: (next: IndicatorDraft[]) => void; errorOf: (field: string) => string | undefined }) {
  const { t } = useI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, indicators]);

  const change = (i: number, part: Partial<IndicatorDraft>) => onChange(indicators.map((ind, k) => (k === i ? { ...ind, ...part } : ind)));
  const changeMeasurement = (i: number, j: number, part: Partial<MeasurementDraft>) =>
    change(i, { measurements: indicators[i].measurements.map((m, k) => (k === j ? { ...m, ...part } : m)) });
  const listError = errorOf('indicators');

  return (
    <fieldset className={listError ? 'form-section field-invalid' : 'form-section'} id="field-indicators">
      <legend>{t('actions.indicators')}</legend>
      <p className="hint">{t('actions.indicatorsHint')}</p>
      {listError && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>
          {listError}
        </p>
      )}
      {indicators.map((ind, i) => {
        const at = `indicators[${i}]`;
        const text = (field: 'name' | 'unit' | 'baseline' | 'target') => ({
          name: `${at}.${field}`,
          value: ind[field],
          error: errorOf(`${at}.${field}`),
          onChange: (e: { target: { value: string } }) => change(i, { [field]: e.target.value }),
        });
        const measurementsError = errorOf(`${at}.measurements`);
        return (
          <fieldset key={ind.key} className="agenda-item indicator-edit">
            <legend>{t('actions.indicatorN', { n: i + 1 })}</legend>
            <div className="field-row">
              <TextField label={t('actions.indicatorName')} required autoComplete="off" {...text('name')} />
              <TextField label={t('actions.unit')} hint={t('actions.unitHint')} autoComplete="off" {...text('unit')} />
            </div>
            <div className="indicator-numbers">
              <SelectField
                label={t('actions.aim')}
                name={`${at}.direction`}
                value={ind.direction}
                error={errorOf(`${at}.direction`)}
                options={directions.map((d) => ({ value: d, label: t(directionKeys[d]) }))}
                onChange={(e) => change(i, { direction: e.target.value as Direction })}
              />
              <TextField label={t('actions.baseline')} inputMode="decimal" autoComplete="off" {...text('baseline')} />
              <TextField label={t('actions.target')} inputMode="decimal" autoComplete="off" {...text('target')} />
            </div>
            <fieldset className={measurementsError ? 'field field-invalid' : 'field'} id={`field-${at}.measurements`}>
              <legend>{t('actions.measurements')}</legend>
              {measurementsError && (
                <p className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {measurementsError}
                </p>
              )}
              {ind.measurements.length === 0 && <p className="muted">{t('actions.noMeasurements')}</p>}
              {ind.measurements.map((m, j) => {
                const where = `${at}.measurements[${j}]`;
                const field = (name: 'date' | 'value' | 'note') => ({
                  name: `${where}.${name}`,
                  value: m[name],
                  error: errorOf(`${where}.${name}`),
                  onChange: (e: { target: { value: string } }) => changeMeasurement(i, j, { [name]: e.target.value }),
                });
                return (
                  <fieldset key={m.key} className="measurement-row">
                    <legend>{t('actions.measurementN', { n: j + 1 })}</legend>
                    <div className="measurement-fields">
                      <TextField label={t('actions.measurementDate')} type="date" required {...field('date')} />
                      <TextField label={t('actions.value')} inputMode="decimal" required autoComplete="off" {...field('value')} />
                      <TextField label={t('actions.measurementNote')} autoComplete="off" {...field('note')} />
                    </div>
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => {
                        change(i, { measurements: ind.measurements.filter((_, k) => k !== j) });
                        setFocusId(`add-measurement-${ind.key}`);
                      }}
                    >
                      {t('actions.removeMeasurement', { n: j + 1, indicator: i + 1 })}
                    </button>
                  </fieldset>
                );
              })}
              <button
                type="button"
                className="button-secondary"
                id={`add-measurement-${ind.key}`}
                onClick={() => {
                  change(i, { measurements: [...ind.measurements, emptyMeasurement()] });
                  setFocusId(`field-${at}.measurements[${ind.measurements.length}].date`);
                }}
              >
                {t('actions.addMeasurement', { indicator: i + 1 })}
              </button>
            </fieldset>
            <div className="row-actions">
              <button
                type="button"
                className="button-danger"
                onClick={() => {
                  onChange(indicators.filter((_, k) => k !== i));
                  setFocusId('add-indicator');
                }}
              >
                {t('actions.removeIndicator', { n: i + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        id="add-indicator"
        onClick={() => {
          onChange([...indicators, emptyIndicator()]);
          setFocusId(`field-indicators[${indicators.length}].name`);
        }}
      >
        {t('actions.addIndicator')}
      </button>
    </fieldset>
  );
}
