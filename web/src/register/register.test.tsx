import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { SessionProvider } from '../app/session';
import { fieldError } from '../app/fixtures';
import { I18nProvider, type Lang } from '../i18n/i18n';
import { PersonForm } from './PersonForm';
import { isWorkbook, runImport, xlsxType } from './ImportPage';
import { OrganisationList } from './OrganisationList';

type Handler = (method: string, url: string, init?: RequestInit) => [number, unknown] | undefined;

function json(status: number, body: unknown) {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

// A fake API: the session of `role`, empty look-up lists, and whatever `handler` answers.
function fakeApi(role: string, handler: Handler = () => undefined) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const own = handler(method, url, init);
    if (own) return json(own[0], own[1]);
    if (url.startsWith('/api/v1/session')) return json(200, { user: { id: 1, name: 'kim', role }, csrf_token: 't', expires_at: null });
    if (url.startsWith('/api/v1/countries')) return json(200, { items: [{ code: 'SE', alpha3: 'SWE', name_en: 'Sweden', name_sv: 'Sverige' }], total: 1, next: null });
    if (url.startsWith('/api/v1/themes')) return json(200, { items: [{ id: 1, slug: 'digital_health', name_en: 'Digital health', name_sv: 'Digital hälsa', version: 1 }], total: 1, next: null });
    if (url.startsWith('/api/v1/country-groups')) return json(200, { items: [], total: 0, next: null });
    if (url.startsWith('/api/v1/organisations')) return json(200, { items: [], total: 0, next: null });
    return json(404, { title: 'Not Found' });
  });
}

function wrap(children: ReactNode, lang: Lang = 'en') {
  return render(
    <I18nProvider lang={lang}>
      <SessionProvider>{children}</SessionProvider>
    </I18nProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the person form', () => {
  it('shows the API’s field errors beside their fields and in a summary', async () => {
    fakeApi('coordinator', (method, url) =>
      method === 'POST' && url === '/api/v1/people' ? [422, { status: 422, errors: [fieldError('email', 'email_format')] }] : undefined,
    );
    wrap(<PersonForm />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Kim');
    await user.type(screen.getByLabelText(/^E-mail/), 'nope');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const email = screen.getByLabelText(/^E-mail/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = email.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toContain('is not an e-mail address');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: /E-mail: is not an e-mail address/ }).getAttribute('href')).toBe('#field-email');
  });

  it('says so when someone else changed the record (412)', async () => {
    const person = { id: 5, name: 'Kim', perspectives: [], themes: [], version: 2, notes: '' };
    fakeApi('coordinator', (method, url) => {
      if (url === '/api/v1/people/5' && method === 'GET') return [200, person];
      if (url === '/api/v1/people/5' && method === 'PUT') return [412, { status: 412, title: 'Precondition Failed' }];
      return undefined;
    });
    wrap(<PersonForm id={5} />, 'sv');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Titel/), 'Ny titel');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Någon annan ändrade posten/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Hämta den senaste versionen/ })).toBeTruthy();
  });

  it('keeps the mark on notes that hold health details, and sends it when changed', async () => {
    const person = { id: 6, name: 'Ilja', perspectives: [], themes: [], version: 3, notes: 'Met at the clinic', notes_special: true };
    const sent: unknown[] = [];
    fakeApi('coordinator', (method, url, init) => {
      if (url === '/api/v1/people/6' && method === 'GET') return [200, person];
      if (url === '/api/v1/people/6' && method === 'PUT') {
        sent.push(JSON.parse(String(init?.body)));
        return [200, { ...person, version: 4 }];
      }
      return undefined;
    });
    wrap(<PersonForm id={6} />);
    const user = userEvent.setup();
    const mark = await screen.findByRole('checkbox', { name: /The notes hold health details/ });
    expect((mark as HTMLInputElement).checked).toBe(true);
    await user.click(mark);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ notes: 'Met at the clinic', notes_special: false });
  });

  it('hides lived experience from those who may not see it', async () => {
    fakeApi('admin');
    const { unmount } = wrap(<PersonForm />);
    expect(await screen.findByRole('checkbox', { name: 'Lived experience' })).toBeTruthy();
    unmount();
    vi.restoreAllMocks();
    fakeApi('facilitator');
    wrap(<PersonForm />);
    await screen.findByRole('checkbox', { name: 'Researcher' });
    expect(screen.queryByRole('checkbox', { name: 'Lived experience' })).toBeNull();
  });
});

describe('import', () => {
  it('treats a 422 with line errors as the check’s result', async () => {
    fakeApi('coordinator', (method, url) =>
      method === 'POST' && url === '/api/v1/people/import?dry_run=true' ? [422, { status: 422, errors: [{ line: 3, column: 'email', message: 'is not an e-mail address' }] }] : undefined,
    );
    const result = await runImport('people', 'name\n', true);
    expect(result.errors).toEqual([{ line: 3, column: 'email', message: 'is not an e-mail address' }]);
  });
  it('passes the counts of a clean check through', async () => {
    const ignored = { line: 1, column: 'Vår kod', code: 'column_ignored', params: { columns: 'name, sector' }, message: 'inte en kolumn som samla känner till' };
    const created = [{ line: 2, name: 'Kommun A', country: 'SE', sector: 'municipality', level: 'local' }];
    const fetchMock = fakeApi('coordinator', (method, url) =>
      method === 'POST' && url === '/api/v1/organisations/import' ? [200, { errors: [], warnings: [ignored], created: 2, updated: 1, organisations_created: created, added: { assessments: 2 } }] : undefined,
    );
    expect(await runImport('organisations', 'name\n', false)).toEqual({ errors: [], warnings: [ignored], columns: [], created: 2, updated: 1, organisationsCreated: created, added: { assessments: 2 } });
    const init = fetchMock.mock.calls.at(-1)![1]!;
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('text/csv; charset=utf-8');
  });
  it('sends an Excel workbook as it is, with its own type', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => (method === 'POST' && url === '/api/v1/people/import?dry_run=true' ? [200, { errors: [], warnings: [], created: 1, updated: 0 }] : undefined));
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'Aktörer.xlsx');
    expect(isWorkbook(file)).toBe(true);
    expect(isWorkbook(new File(['name\n'], 'people.csv', { type: 'text/csv' }))).toBe(false);
    await runImport('people', file, true, isWorkbook(file));
    const init = fetchMock.mock.calls.at(-1)![1]!;
    expect((init.headers as Record<string, string>)['Content-Type']).toBe(xlsxType);
    expect(init.body).toBe(file);
  });
});

describe('organisations to complete', () => {
  const incomplete = { id: 7, name: 'Förening B', sector: null, level: null, country: 'SE', parent_id: null, parent_name: null, website: null, contact_person_id: null, contact_person_name: null, version: 1, created_at: '2026-12-01T10:00:00Z', updated_at: '2026-12-01T10:00:00Z' };
  it('are marked in the list and counted above it, with a link to them alone', async () => {
    const asked: string[] = [];
    fakeApi('coordinator', (_method, url) => {
      if (!url.startsWith('/api/v1/organisations?')) return undefined;
      asked.push(url);
      return [200, { items: [incomplete], total: 1, next: null }];
    });
    wrap(<OrganisationList />, 'sv');
    const row = (await screen.findByRole('link', { name: 'Förening B' })).closest('tr')!;
    expect(within(row).getByText('Att komplettera')).toBeTruthy();
    expect(within(row).getAllByText('Inte känd ännu')).toHaveLength(2);
    const show = await screen.findByRole('link', { name: 'Visa dem' });
    expect(show.getAttribute('href')).toBe('/organisations?to_complete=true');
    expect(screen.getByText(/väntar på att kompletteras: 1/)).toBeTruthy();
    expect(asked.some((u) => u.includes('to_complete=true'))).toBe(true);
  });
});
