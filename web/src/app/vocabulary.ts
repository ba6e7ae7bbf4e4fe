// The shared look-up lists of the register (countries, themes, country groups, organisations),
// loaded once per language and reused by every screen that needs them.
import { api } from './api';
import { path, type CountryGroupList, type CountryList, type OrganisationPage, type ThemeList } from './schema';
import type { Option } from './ui';
import type { Lang } from '../i18n/i18n';
import { useAsync } from './useAsync';

export const sectors = ['agency', 'municipality', 'region', 'business', 'civil_society', 'academia', 'healthcare_provider', 'international_body'];
export const levels = ['local', 'regional', 'national', 'international'];
export const perspectives = ['policymaker', 'healthcare_professional', 'researcher', 'community_leader', 'advocacy_group', 'lived_experience'];
export const livedExperience = 'lived_experience';

export interface Vocabulary {
  countries: Option[];
  countryName: (code: string | null | undefined) => string;
  themes: Option[];
  themeName: (slug: string) => string;
  groups: Option[];
}

let cache: { key: string; promise: Promise<Vocabulary> } | null = null;

// Forgets the cached lists (after themes or groups change).
export function invalidateVocabulary() {
  cache = null;
}

async function loadVocabulary(lang: Lang): Promise<Vocabulary> {
  const [countries, themes, groups] = await Promise.all([
    api.get<CountryList>(path('/api/v1/countries'), { lang }),
    api.get<ThemeList>(path('/api/v1/themes'), { lang }),
    api.get<CountryGroupList>(path('/api/v1/country-groups'), { lang }),
  ]);
  const collator = new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const countryOptions = countries.items
    .map((c) => ({ value: c.code, label: lang === 'sv' ? c.name_sv : c.name_en }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const countryNames = new Map(countryOptions.map((o) => [o.value, o.label]));
  const themeOptions = themes.items
    .map((th) => ({ value: th.slug, label: lang === 'sv' ? th.name_sv : th.name_en }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const themeNames = new Map(themeOptions.map((o) => [o.value, o.label]));
  return {
    countries: countryOptions,
    countryName: (code) => (code ? countryNames.get(code) ?? code : ''),
    themes: themeOptions,
    themeName: (slug) => themeNames.get(slug) ?? slug,
    groups: groups.items.map((g) => ({ value: g.slug, label: g.name })).sort((a, b) => collator.compare(a.label, b.label)),
  };
}

export function useVocabulary(lang: Lang) {
  return useAsync(() => {
    if (!cache || cache.key !== lang) {
      cache = { key: lang, promise: loadVocabulary(lang) };
      cache.promise.catch(() => (cache = null));
    }
    return cache.promise;
  }, [lang]);
}

// Every organisation as a choice for a select, sorted by name in the user's language.
export function useOrganisationOptions(lang: Lang) {
  return useAsync(async () => {
    const page = await api.get<OrganisationPage>(path('/api/v1/organisations'), { sort: 'name', limit: 500, lang });
    return page.items.map((o) => ({ value: String(o.id), label: o.name }));
  }, [lang]);
}

// "a, b ,c" → ["a","b","c"]: how lists (tags, languages) are typed in one text field.
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
