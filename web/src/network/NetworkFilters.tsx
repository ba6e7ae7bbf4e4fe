// The filters and drawing choices, kept in the URL. "As of" is a date field and a slider over
// the dates after each held event, so one can step through the network's growth; like every
// filter it applies on the button, never under a screen reader's feet (WCAG 3.2.2).
import { useId } from 'react';
import { CheckboxGroup, SelectField, TextField } from '../app/ui';
import { ThemeAndGroupFilters } from '../app/ThemeAndGroupFilters';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { FilterForm, type useFilterForm } from '../app/listing';
import type { Vocabulary } from '../app/vocabulary';
import { chosenSources, chosenTypes, colourBys, edgeSources, noneTicked, sizeBys, sourcesValue, tieTypes, typesValue } from './filters';
import { useNetworkFormat } from './format';

type Form = ReturnType<typeof useFilterForm>;

function DateSlider({ dates, value, onChange }: { dates: string[]; value: string; onChange: (date: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  if (dates.length < 2) return null;
  const index = value ? Math.max(0, dates.findIndex((d) => d >= value)) : dates.length - 1;
  return (
    <div className="field">
      <label htmlFor={id}>{t('network.asOfSlider')}</label>
      <input id={id} type="range" min={0} max={dates.length - 1} step={1} value={index} aria-valuetext={dates[index]} onChange={(e) => onChange(dates[Number(e.target.value)])} />
    </div>
  );
}

export function NetworkFilters({ form, vocabulary, dates, onApply, onClear }: { form: Form; vocabulary: Vocabulary | undefined; dates: string[]; onApply: () => void; onClear: () => void }) {
  const { t } = useI18n();
  const f = useNetworkFormat();
  const set = (name: string, value: string) => form.setForm((current) => ({ ...current, [name]: value }));
  return (
    <FilterForm label={t('network.filters')} onSubmit={onApply} onClear={onClear}>
      <TextField label={t('network.asOf')} type="date" hint={t('network.asOfHint')} {...form.field('as_of')} />
      <DateSlider dates={dates} value={form.form.as_of ?? ''} onChange={(d) => set('as_of', d)} />
      <ThemeAndGroupFilters field={form.field} vocabulary={vocabulary} />
      <CheckboxGroup
        legend={t('network.tieTypes')}
        name="types"
        options={tieTypes.map((type) => ({ value: type, label: f.tieType(type) }))}
        values={chosenTypes(form.form.types)}
        onChange={(v) => set('types', v.length === 0 ? noneTicked : typesValue(v))}
      />
      <CheckboxGroup
        legend={t('network.include')}
        name="include"
        options={edgeSources.map((s) => ({ value: s, label: t(`network.include.${s}` as MessageKey) }))}
        values={chosenSources(form.form.include)}
        onChange={(v) => set('include', v.length === 0 ? noneTicked : sourcesValue(v))}
      />
      <SelectField label={t('network.colourBy')} options={colourBys.map((c) => ({ value: c, label: t(`network.colour.${c}` as MessageKey) }))} {...form.field('colour')} />
      <SelectField label={t('network.sizeBy')} options={sizeBys.map((s) => ({ value: s, label: t(`network.metric.${s}` as MessageKey) }))} {...form.field('size')} />
    </FilterForm>
  );
}
