// Test support for the analysis components: a fake fetch that answers the session, the
// register's look-up lists and whatever a test adds, and the providers around a component.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SessionProvider } from '../access/session';
import { I18nProvider, type Lang } from '../i18n/i18n';
import type { AnalysisSettings, StakeholderView } from './types';

export type Handler = (method: string, url: string, init?: RequestInit) => [number, unknown] | undefined;

function json(status: number, body: unknown) {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function fakeApi(role: string, handler: Handler = () => undefined) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const own = handler(method, url, init);
    if (own) return json(own[0], own[1]);
    if (url.startsWith('/api/v1/session')) return json(200, { user: { id: 1, name: 'kim', role }, csrf_token: 't', expires_at: null });
    if (url.startsWith('/api/v1/countries')) return json(200, { items: [{ code: 'SE', alpha3: 'SWE', name_en: 'Sweden', name_sv: 'Sverige' }], total: 1, next: null });
    if (url.startsWith('/api/v1/themes'))
      return json(200, { items: [{ id: 1, slug: 'stigma_reduction', name_en: 'Stigma reduction', name_sv: 'Minskat stigma', version: 1 }], total: 1, next: null });
    if (url.startsWith('/api/v1/country-groups')) return json(200, { items: [], total: 0, next: null });
    return json(404, { title: 'Not Found' });
  });
}

export function wrap(children: ReactNode, lang: Lang = 'en') {
  return render(
    <I18nProvider lang={lang}>
      <SessionProvider>{children}</SessionProvider>
    </I18nProvider>,
  );
}

export const settings: AnalysisSettings = {
  grid: { influence: 3.5, interest: 3.5 },
  salience: { power: 3.5, legitimacy: 3.5, urgency: 3.5 },
  weights: { influence: 3, interest: 2, legitimacy: 1, urgency: 1, relevance: 2, support: 0 },
  high_priority: 60,
  version: 4,
  updated_at: null,
  updated_by: null,
};

// A stakeholder view with the given name, priority and mean influence and interest.
export function view(id: number, name: string, priority: number, influence: number, interest: number, extra: Partial<StakeholderView> = {}): StakeholderView {
  return {
    subject_type: 'person',
    subject_id: id,
    name,
    organisation_name: null,
    country: 'SE',
    sector: 'agency',
    perspectives: ['researcher'],
    assessors: 1,
    mean: { influence, interest, attitude: 0, legitimacy: 3, urgency: 3 },
    range: { influence: 0, interest: 0, attitude: 0, legitimacy: 0, urgency: 0 },
    relevance: 2,
    last_assessed_on: '2025-03-01',
    quadrant: influence >= 3.5 ? (interest >= 3.5 ? 'key_player' : 'keep_satisfied') : interest >= 3.5 ? 'keep_informed' : 'minimal_effort',
    salience: 'none',
    strategy: 'monitor',
    priority,
    high_priority: priority >= 60,
    positions: [{ as_of: '2025-03-01', influence, interest }],
    movements: [],
    ...extra,
  };
}
