// Test support for the capabilities' components: a fake fetch that answers the session, the
// register's look-up lists and whatever a test adds, and the providers around a component.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SessionProvider } from './session';
import { I18nProvider, type Lang } from '../i18n/i18n';

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
