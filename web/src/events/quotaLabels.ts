// Quota rows in the reader's language. The server labels each row in English ("at least 1
// from BA", "at most 1 from organisation 24"); the row's `quota` points to the quota it came
// from in the stored request, whose kind and key say what it means, and the country code or
// organisation id of a per-country or per-organisation row is the label's last word.
import { useI18n } from '../i18n/i18n';
import type { QuotaInput, QuotaRow, Selection } from './types';

export interface Names {
  country: (code: string) => string;
  organisation: (id: string) => string | undefined;
  group: (slug: string) => string;
}

// The quotas of the request a selection was solved for.
export function requestedQuotas(selection: Selection): QuotaInput[] {
  const parameters = selection.parameters as { quotas?: QuotaInput[] } | undefined;
  return parameters?.quotas ?? [];
}

export function useQuotaLabel(selection: Selection, names: Names) {
  const { t, label, lang } = useI18n();
  const quotas = requestedQuotas(selection);
  // Perspectives and sectors are common nouns inside a sentence: "with the perspective researcher".
  const word = (group: 'perspective' | 'sector', value: string | undefined) => label(group, value ?? '').toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB');
  return (row: Pick<QuotaRow, 'quota' | 'label' | 'bound'>): string => {
    const quota = quotas[row.quota];
    const last = row.label.split(' ').pop() ?? '';
    const n = row.bound;
    switch (quota?.kind) {
      case 'country_min':
        return t('quotaRow.country', { n, country: names.country(last) });
      case 'perspective_min':
        return t('quotaRow.perspectiveMin', { n, perspective: word('perspective', quota.key) });
      case 'perspective_max':
        return t('quotaRow.perspectiveMax', { n, perspective: word('perspective', quota.key) });
      case 'lived_experience_share':
        return t('quotaRow.livedExperience', { n });
      case 'organisation_max':
        return t('quotaRow.organisation', { n, organisation: names.organisation(last) ?? t('quotaRow.organisationId', { id: last }) });
      case 'country_max':
        return t('quotaRow.countryMax', { n, country: names.country(last) });
      case 'sector_min':
        return t('quotaRow.sector', { n, sector: word('sector', quota.key) });
      default:
        return row.label;
    }
  };
}

// The label of a row a chosen person fills: the matching row (same quota, same label) gives
// the bound; without one the server's own words are used.
export function fillRow(selection: Selection, fill: { quota: number; label: string }): Pick<QuotaRow, 'quota' | 'label' | 'bound'> {
  return selection.quotas.find((r) => r.quota === fill.quota && r.label === fill.label) ?? { quota: -1, label: fill.label, bound: 0 };
}
