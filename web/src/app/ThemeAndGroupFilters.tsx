// The filters the analysis and network pages share: theme and country group (loaded from the register),
// kept in the URL so a view can be bookmarked or sent to a colleague.
import { SelectField } from './ui';
import { useI18n } from '../i18n/i18n';
import type { useFilterForm } from './listing';
import type { Vocabulary } from './vocabulary';

export function ThemeAndGroupFilters({ field, vocabulary: v }: { field: ReturnType<typeof useFilterForm>['field']; vocabulary: Vocabulary | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <SelectField label={t('field.theme')} options={v?.themes ?? []} emptyLabel={t('analysis.allThemes')} {...field('theme')} />
      <SelectField label={t('field.countryGroup')} options={v?.groups ?? []} emptyLabel={t('analysis.allCountries')} {...field('country_group')} />
    </>
  );
}

// Only the keys the API knows, without the page's own (such as how to colour the grid).
export function pick(values: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, values[k] ?? '']));
}
