// The selection wizard's form: whom to choose from (register filters), how many, how to weigh
// them, the quotas, and the people who must or must not be invited. The server solves it and
// stores the answer; mistakes are named beside their fields as everywhere else.
import { useState } from 'react';
import { SelectField, TextField } from '../app/ui';
import { useSession } from '../app/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { refuseAny } from '../app/formErrors';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { livedExperience, perspectives, sectors, useOrganisationOptions, useVocabulary } from '../app/vocabulary';
import { postSelection } from './eventsApi';
import { PeoplePicker } from './PeoplePicker';
import { QuotasEditor } from './QuotasEditor';
import { emptySelection, toSelectionInput, type SelectionDraft, type WeightsDraft } from './selectionDraft';
import type { Event, Selection } from './types';

export function SelectionForm({ event, onSolved }: { event: Event; onSolved: (selection: Selection) => void }) {
  const { t, lang, label } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const organisations = useOrganisationOptions(lang);
  const [draft, setDraft] = useState<SelectionDraft>(() => emptySelection(event.capacity));
  const form = useRecordForm(
    () => {
      const { input, errors } = toSelectionInput(draft, { number: t('selection.notANumber'), percent: t('selection.notAPercent') });
      refuseAny(errors);
      return postSelection(event.id, input);
    },
    onSolved,
  );
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const pool = (key: keyof SelectionDraft['pool']) => ({
    name: `pool.${key}`,
    value: draft.pool[key],
    error: error(`pool.${key}`),
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, pool: { ...d.pool, [key]: e.target.value } })),
  });
  const weight = (key: keyof WeightsDraft) => ({
    name: `weights.${key}`,
    value: draft.weights[key],
    error: error(`weights.${key}`),
    type: 'number',
    min: 0,
    step: 'any',
    inputMode: 'decimal' as const,
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, weights: { ...d.weights, [key]: e.target.value } })),
  });
  const perspectiveOptions = perspectives
    .filter((p) => p !== livedExperience || session.can('read_special_category'))
    .map((p) => ({ value: p, label: label('perspective', p) }));
  const labels: Record<string, string> = {
    seats: t('selection.seats'), pinned: t('selection.pinned'), excluded: t('selection.excluded'), quotas: t('quotas.title'),
    'weights.relevance': t('selection.weightRelevance'), 'weights.influence': t('selection.weightInfluence'),
    'weights.newcomer': t('selection.weightNewcomer'), 'weights.continuity': t('selection.weightContinuity'),
  };
  for (const f of Object.keys(form.fieldErrors)) {
    const m = /^quotas\[(\d+)\]\.(\w+)$/.exec(f);
    if (m) labels[f] = `${t('quotas.row', { n: Number(m[1]) + 1 })}: ${m[2] === 'share' ? t('quotas.share') : m[2] === 'count' ? t('quotas.count') : t('quotas.kind')}`;
  }

  return (
    <section aria-labelledby="selection-form-heading" className="panel">
      <h2 id="selection-form-heading">{t('selection.formTitle')}</h2>
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form selection-form" noValidate>
        <fieldset className="field form-section">
          <legend>{t('selection.pool')}</legend>
          <p className="hint">{t('selection.poolHint')}</p>
          <div className="filter-grid">
            <TextField label={t('list.search')} type="search" {...pool('q')} />
            <SelectField label={t('field.country')} options={vocabulary.data?.countries ?? []} emptyLabel={t('list.any')} {...pool('country')} />
            <SelectField label={t('field.countryGroup')} options={vocabulary.data?.groups ?? []} emptyLabel={t('list.any')} {...pool('country_group')} />
            <SelectField label={t('field.sector')} options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('list.any')} {...pool('sector')} />
            <SelectField label={t('field.perspective')} options={perspectiveOptions} emptyLabel={t('list.any')} {...pool('perspective')} />
            <SelectField label={t('field.theme')} options={vocabulary.data?.themes ?? []} emptyLabel={t('list.any')} {...pool('theme')} />
            <TextField label={t('field.tag')} {...pool('tag')} />
            <SelectField label={t('field.organisation')} options={organisations.data ?? []} emptyLabel={t('list.any')} {...pool('organisation')} />
          </div>
        </fieldset>
        <TextField label={t('selection.seats')} hint={t('selection.seatsHint', { capacity: event.capacity })} name="seats" type="number" min={1} inputMode="numeric" value={draft.seats} error={error('seats')} onChange={(e) => setDraft((d) => ({ ...d, seats: e.target.value }))} />
        <fieldset className="field form-section">
          <legend>{t('selection.weights')}</legend>
          <p className="hint">{t('selection.weightsHint')}</p>
          <div className="filter-grid">
            <TextField label={t('selection.weightRelevance')} {...weight('relevance')} />
            <TextField label={t('selection.weightInfluence')} {...weight('influence')} />
            <TextField label={t('selection.weightNewcomer')} {...weight('newcomer')} />
            <TextField label={t('selection.weightContinuity')} {...weight('continuity')} />
          </div>
        </fieldset>
        <QuotasEditor quotas={draft.quotas} onChange={(quotas) => setDraft((d) => ({ ...d, quotas }))} errors={form.fieldErrors} />
        <PeoplePicker name="pinned" legend={t('selection.pinned')} searchLabel={t('selection.pinnedSearch')} hint={t('selection.pinnedHint')} chosen={draft.pinned} error={error('pinned')} onChange={(pinned) => setDraft((d) => ({ ...d, pinned }))} />
        <PeoplePicker name="excluded" legend={t('selection.excluded')} searchLabel={t('selection.excludedSearch')} hint={t('selection.excludedHint')} chosen={draft.excluded} error={error('excluded')} onChange={(excluded) => setDraft((d) => ({ ...d, excluded }))} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {form.busy ? t('selection.solving') : t('selection.run')}
          </button>
        </div>
      </form>
    </section>
  );
}
