import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { UsersPage } from './UsersPage';

afterEach(() => vi.restoreAllMocks());

const user = (id: number, name: string, person_id: number | null) => ({
  id, name, role: 'facilitator', disabled: false, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', version: 3, person_id,
});

describe('the users page', () => {
  it('shows the person an account stands for and links another through a search, with If-Match', async () => {
    const fetchMock = fakeApi('admin', (method, url) => {
      if (url === '/api/v1/users' && method === 'GET') return [200, { items: [user(1, 'kim', null), user(2, 'karin', 5)], total: 2, next: null }];
      if (url === '/api/v1/people/5') return [200, { id: 5, name: 'Karin Lind' }];
      if (url.startsWith('/api/v1/people?')) return [200, { items: [{ id: 6, name: 'Karin Berg', organisation_name: null, country: 'SE' }], total: 1, next: null }];
      if (url === '/api/v1/users/2' && method === 'PATCH') return [422, { status: 422, errors: [fieldError('person_id', 'person_has_account', { name: 'kim' })] }];
      return undefined;
    });
    wrap(<UsersPage />, 'sv');
    expect(await screen.findByRole('link', { name: 'Karin Lind' })).toBeTruthy();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Byt personen som karin står för' }));
    const dialog = await screen.findByRole('dialog');
    await u.type(within(dialog).getByRole('searchbox'), 'Karin');
    await u.click(within(dialog).getByRole('button', { name: 'Sök' }));
    await u.click(await within(dialog).findByRole('button', { name: /Karin Berg/ }));
    await waitFor(() => expect(within(dialog).getByText('är redan kopplad till kontot kim')).toBeTruthy());
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(JSON.parse(patch[1]!.body as string)).toEqual({ person_id: 6 });
    expect((patch[1]!.headers as Record<string, string>)['If-Match']).toBe('"3"');
  });
});
