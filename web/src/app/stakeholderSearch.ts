// Finding people or organisations in the register by name, for the pickers: the first ten
// matches in the language's order, each with a line that tells namesakes apart (a person's
// organisation and country, an organisation's sector and country).
import { api } from './api';
import { path, type OrganisationPage, type PersonPage } from './schema';
import type { Lang } from '../i18n/i18n';

export type StakeholderKind = 'person' | 'organisation';

export interface StakeholderMatch {
  kind: StakeholderKind;
  id: number;
  name: string;
  detail: string;
}

export async function searchStakeholders(kind: StakeholderKind, q: string, lang: Lang, sectorName: (sector: string) => string = (s) => s): Promise<StakeholderMatch[]> {
  const query = { q: q.trim(), limit: 10, sort: 'name', lang };
  if (kind === 'person') {
    const page = await api.get<PersonPage>(path('/api/v1/people'), query);
    return page.items.map((p) => ({ kind, id: p.id, name: p.name, detail: [p.organisation_name, p.country].filter(Boolean).join(', ') }));
  }
  const page = await api.get<OrganisationPage>(path('/api/v1/organisations'), query);
  return page.items.map((o) => ({ kind, id: o.id, name: o.name, detail: [o.sector ? sectorName(o.sector) : null, o.country].filter(Boolean).join(', ') }));
}

// The page of a person or an organisation.
export function stakeholderPath(kind: StakeholderKind, id: number): string {
  return `/${kind === 'organisation' ? 'organisations' : 'people'}/${id}`;
}
