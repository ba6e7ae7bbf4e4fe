import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { ResourcesPage } from './ResourcesPage';
import type { Resource } from './resourcesApi';

afterEach(() => vi.restoreAllMocks());

const template: Resource = {
  id: 4, programme_id: 1, title: 'Mall för minnesanteckningar', description: 'En mall.', kind: 'tool', language: 'sv', themes: ['stigma_reduction'], theme_names: [{ slug: 'stigma_reduction', name_en: 'Stigma reduction', name_sv: 'Minskat stigma' }], audience: 'everyone', url: null,
  file: { name: 'mall.md', content_type: 'text/markdown; charset=utf-8', size: 2560, sha256: 'a'.repeat(64), uploaded_by: 'kim', uploaded_at: '2026-11-02T10:00:00Z' },
  created_by: 'kim', created_at: '2026-11-02T10:00:00Z', updated_at: '2026-11-02T10:00:00Z', version: 2,
};
const link: Resource = { ...template, id: 5, title: 'WHO: Mental health', kind: 'knowledge', language: 'en', themes: [], theme_names: [], url: 'https://www.who.int/health-topics/mental-health', file: null, audience: 'team', version: 1 };

function api(role: string) {
  const sent: { method: string; url: string; body: unknown; headers: Record<string, string> }[] = [];
  fakeApi(role, (method, url, init) => {
    if (method === 'GET' && url.startsWith('/api/v1/resources')) return [200, { items: role === 'participant' ? [template] : [template, link], total: 2, next: null }];
    if (method !== 'GET' && url.startsWith('/api/v1/resources')) {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      const body = headers['Content-Type'] === 'application/json' ? JSON.parse(String(init?.body)) : init?.body;
      sent.push({ method, url, body, headers });
      if (url.includes('/file')) {
        if ((body as File).name === 'page.html')
          return [415, { status: 415, title: 'Unsupported Media Type', code: 'file_type_refused', params: { type: 'text/html' }, errors: [{ field: 'file', code: 'file_type_refused', params: { type: 'text/html' }, message: 'refused' }] }];
        return [200, { ...template, id: 9, title: 'Ny rapport', file: { ...template.file!, name: (body as File).name }, version: 3 }];
      }
      return [201, { ...template, ...(body as object), id: 9, file: null, version: 1 }];
    }
    return undefined;
  });
  return sent;
}

describe('the library', () => {
  it('shows each resource with its link or file said in words, and its audience', async () => {
    api('coordinator');
    wrap(<ResourcesPage />);
    const card = await screen.findByRole('article', { name: 'Mall för minnesanteckningar' });
    expect(within(card).getByRole('link', { name: 'Download mall.md' }).getAttribute('href')).toBe('/api/v1/resources/4/file');
    expect(within(card).getByText('(Text, 3 kB)')).toBeTruthy();
    expect(await within(card).findByText(/Tool · Swedish · Stigma reduction/)).toBeTruthy();
    const who = screen.getByRole('article', { name: 'WHO: Mental health' });
    expect(within(who).getByText('Only for the team')).toBeTruthy();
    expect(within(who).getByRole('link', { name: /Open “WHO: Mental health” \(opens in a new tab\)/ }).getAttribute('rel')).toContain('noopener');
  });

  it('adds a resource and uploads its file, and says beside the field why a file was refused', async () => {
    const sent = api('facilitator');
    wrap(<ResourcesPage />);
    const form = await screen.findByRole('form', { name: 'Add a resource' });
    await userEvent.type(within(form).getByLabelText(/^Title/), 'Ny rapport');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'Report');
    await userEvent.click(within(form).getByLabelText('Only the programme team'));
    await userEvent.upload(within(form).getByLabelText('File'), new File(['<html></html>'], 'page.html', { type: 'text/html' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the library' }));
    expect(await within(form).findByText(/Files of this type \(text\/html\) are not kept/, { selector: '.field-error' })).toBeTruthy();
    expect(sent[0]).toMatchObject({ method: 'POST', url: '/api/v1/resources', body: { title: 'Ny rapport', kind: 'report', audience: 'team', url: null } });
    expect(sent[1]).toMatchObject({ method: 'PUT', url: '/api/v1/resources/9/file?filename=page.html' });
    expect(sent[1].headers['If-Match']).toBe('"1"');
    expect(within(form).getByText(/The description is saved, but not the file/)).toBeTruthy();

    await userEvent.upload(within(form).getByLabelText('File'), new File(['hej'], 'rapport.txt', { type: 'text/plain' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await screen.findByText('“Ny rapport” is saved.');
    expect(sent[2]).toMatchObject({ method: 'PUT', url: '/api/v1/resources/9' });
    expect(sent[3]).toMatchObject({ method: 'PUT', url: '/api/v1/resources/9/file?filename=rapport.txt' });
  });

  it('offers a participant, in Swedish, the shared resources to read and nothing to change', async () => {
    api('participant');
    wrap(<ResourcesPage />, 'sv');
    const card = await screen.findByRole('article', { name: 'Mall för minnesanteckningar' });
    expect(within(card).getByRole('link', { name: 'Ladda ner mall.md' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Lägg till en resurs' })).toBeNull();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(within(card).getByText(/Verktyg · svenska · Minskat stigma/)).toBeTruthy();
    expect(screen.queryByLabelText('Tema')).toBeNull();
  });
});
