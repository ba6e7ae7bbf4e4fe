// The quota rows of a selection: each a kind (at least N from each country of a group, at
// least or at most N with a perspective, a lived-experience share, at most N per organisation,
// at least N from a sector) with the key, count or share that kind needs. Rows are added and
// removed with buttons; focus goes to the new row's kind, or on from a removed one.
import { useEffect, useState } from 'react';
import type { FieldErrors } from '../app/api';
import { SelectField, TextField } from '../app/ui';
import { useSession } from '../app/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { livedExperience, perspectives, sectors, useVocabulary } from '../app/vocabulary';
import { newQuota, quotaKinds, quotaNeeds, type QuotaDraft } from './selectionDraft';
import type { QuotaKind } from './types';

export function QuotasEditor({ quotas, onChange, errors }: { quotas: QuotaDraft[]; onChange: (quotas: QuotaDraft[]) => void; errors: FieldErrors }) {
  const { t, lang, label } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, quotas]);

  const error = (field: string) => errors[field] && serverMessage(lang, errors[field]);
  const update = (i: number, change: Partial<QuotaDraft>) => onChange(quotas.map((q, j) => (j === i ? { ...q, ...change } : q)));
  // A quota on lived experience (a share, or a perspective quota) is offered only to those who
  // may see who has it: its row would otherwise tell who fills it (the server refuses it too).
  const kindOptions = quotaKinds
    .filter((k) => k !== 'lived_experience_share' || session.can('read_special_category'))
    .map((k) => ({ value: k, label: label('quotaKind', k) }));
  const perspectiveOptions = perspectives
    .filter((p) => p !== livedExperience || session.can('read_special_category'))
    .map((p) => ({ value: p, label: label('perspective', p) }));
  const keyOptions = {
    country_group: vocabulary.data?.groups ?? [],
    perspective: perspectiveOptions,
    sector: sectors.map((s) => ({ value: s, label: label('sector', s) })),
  };
  const keyLabel = { country_group: t('field.countryGroup'), perspective: t('field.perspective'), sector: t('field.sector') };

  return (
    <fieldset className="field quotas-editor" id="field-quotas">
      <legend>{t('quotas.title')}</legend>
      <p className="hint">{t('quotas.intro')}</p>
      {error('quotas') && <p className="field-error">{error('quotas')}</p>}
      {quotas.length === 0 && <p>{t('quotas.none')}</p>}
      <ol className="agenda-list">
        {quotas.map((q, i) => {
          const needs = quotaNeeds(q.kind);
          return (
            <li key={q.id}>
              <fieldset className="agenda-item">
                <legend>{t('quotas.row', { n: i + 1 })}</legend>
                <div className="agenda-fields quota-fields">
                  <SelectField
                    label={t('quotas.kind')}
                    name={`quotas[${i}].kind`}
                    options={kindOptions}
                    value={q.kind}
                    error={error(`quotas[${i}].kind`)}
                    onChange={(e) => update(i, { kind: e.target.value as QuotaKind, key: '' })}
                  />
                  {needs.key && (
                    <SelectField label={keyLabel[needs.key]} name={`quotas[${i}].key`} required options={keyOptions[needs.key]} emptyLabel={t('common.choose')} value={q.key} error={error(`quotas[${i}].key`)} onChange={(e) => update(i, { key: e.target.value })} />
                  )}
                  {needs.count && (
                    <TextField
                      label={q.kind === 'country_min' ? t('quotas.countPerCountry') : q.kind === 'organisation_max' ? t('quotas.countPerOrganisation') : q.kind === 'country_max' ? t('quotas.countPerCountryMax') : t('quotas.count')}
                      name={`quotas[${i}].count`}
                      type="number"
                      min={0}
                      inputMode="numeric"
                      required
                      value={q.count}
                      error={error(`quotas[${i}].count`)}
                      onChange={(e) => update(i, { count: e.target.value })}
                    />
                  )}
                  {needs.share && (
                    <TextField label={t('quotas.share')} hint={t('quotas.shareHint')} name={`quotas[${i}].share`} type="number" min={0} max={100} inputMode="decimal" required value={q.percent} error={error(`quotas[${i}].share`)} onChange={(e) => update(i, { percent: e.target.value })} />
                  )}
                </div>
                <button
                  type="button"
                  className="button-secondary"
                  id={`quota-${q.id}-remove`}
                  aria-label={t('quotas.removeNamed', { n: i + 1 })}
                  onClick={() => {
                    onChange(quotas.filter((_, j) => j !== i));
                    const next = quotas[i + 1] ?? quotas[i - 1];
                    setFocusId(next ? `quota-${next.id}-remove` : 'quota-add');
                  }}
                >
                  {t('quotas.remove')}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button-secondary"
        id="quota-add"
        onClick={() => {
          onChange([...quotas, newQuota()]);
          setFocusId(`field-quotas[${quotas.length}].kind`);
        }}
      >
        {t('quotas.add')}
      </button>
    </fieldset>
  );
}
