import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { settings } from './fixtures';
import { KickoffDetailPage } from './KickoffDetailPage';
import type { KickoffList } from './types';

afterEach(() => vi.restoreAllMocks());

const list: KickoffList = {
  id: 7,
  title: 'Kickoff Stockholm',
  created_on: '2025-04-01',
  created_at: '2025-04-01T09:00:00Z',
  created_by: 'kim',
  status: 'draft',
  status_changed_at: null,
  status_changed_by: null,
  programme_id: 1,
  version: 3,
  parameters: { theme: null, country_group: null, country: null, include_quadrants: ['key_player'], close_gaps: true, settings },
  entries: [
    { id: 1, subject_type: 'person', subject_id: 5, name: 'Åsa Lindqvist', organisation_name: 'Folkhälsomyndigheten', country: 'SE', email: null, quadrant: 'key_player', priority: 82.5, reason: 'key_player', gap: null, reason_text: 'key player', note: '', status: 'included', removed_reason: '', changed_by: null },
    { id: 2, subject_type: 'organisation', subject_id: 9, name: 'Mind', organisation_name: null, country: 'SE', email: null, quadrant: null, priority: null, reason: 'closes_gap', gap: { dimension: 'sector', row: 'SE', column: 'civil_society' }, reason_text: 'closes the gap: civil society from Sweden', note: '', status: 'removed', removed_reason: 'Already invited', changed_by: 'kim' },
  ],
  open_gaps: [{ dimension: 'sector', row: 'LT', column: 'business', kind: 'none_mapped', mapped: 0, message: 'No business from Lithuania' }],
};

describe('a kickoff list', () => {
  it('is marked final with its version, and then its entries stay as they are', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (method === 'POST' && url.startsWith('/api/v1/kickoff-lists/7/transitions'))
        return [200, { ...list, version: 4, status: 'final', status_changed_at: '2025-04-02T10:00:00Z', status_changed_by: 'kim' }];
      if (url.startsWith('/api/v1/kickoff-lists/7')) return [200, list];
      return undefined;
    });
    wrap(<KickoffDetailPage id={7} />);
    const user = userEvent.setup();
    expect(await screen.findByText('This list is a draft: its entries can still change.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove Åsa Lindqvist from the list' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark the list as final' }));
    await screen.findByText('The list is final.');
    const post = fetchMock.mock.calls.find(([url, init]) => init?.method === 'POST' && String(url).includes('/transitions'))!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ to: 'final' });
    expect((post[1]!.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(screen.getByText(/This list is final/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove Åsa Lindqvist from the list' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open as a draft again' })).toBeTruthy();
  });

  it('shows entries, removed ones with their reason, open gaps and the downloads', async () => {
    fakeApi('coordinator', (_method, url) => (url.startsWith('/api/v1/kickoff-lists/7') ? [200, list] : undefined));
    wrap(<KickoffDetailPage id={7} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kickoff Stockholm' })).toBeTruthy();
    expect(screen.getByRole('status')).toHaveProperty('textContent', '1 included of 2 entries');
    const mind = screen.getByRole('rowheader', { name: 'Mind' }).closest('tr')!;
    expect(mind.textContent).toContain('Removed');
    expect(mind.textContent).toContain('Because: Already invited');
    expect(within(mind).getByRole('button', { name: 'Restore Mind to the list' })).toBeTruthy();
    expect(screen.getByText('No business from Lithuania')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/v1/kickoff-lists/7/export?format=csv&lang=en');
    expect(screen.getByRole('link', { name: 'XLSX' }).hasAttribute('download')).toBe(true);
  });

  it('needs a reason to remove someone, then sends it with the list’s version', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (method === 'PATCH' && url.startsWith('/api/v1/kickoff-lists/7/entries/1'))
        return [200, { ...list, version: 4, entries: [{ ...list.entries[0], status: 'removed', removed_reason: 'Abroad' }, list.entries[1]] }];
      if (url.startsWith('/api/v1/kickoff-lists/7')) return [200, list];
      return undefined;
    });
    wrap(<KickoffDetailPage id={7} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove Åsa Lindqvist from the list' }));
    const reason = screen.getByLabelText(/Why remove Åsa Lindqvist/);
    await waitFor(() => expect(document.activeElement).toBe(reason));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);
    await user.type(reason, 'Abroad');
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByText('Åsa Lindqvist was removed from the list.');
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(JSON.parse(patch[1]!.body as string)).toEqual({ status: 'removed', reason: 'Abroad' });
    expect((patch[1]!.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(screen.getByRole('rowheader', { name: /Åsa Lindqvist/ }).closest('tr')!.textContent).toContain('Because: Abroad');
  });

  it('invites the list to a chosen event and names what it could not invite', async () => {
    const events = { items: [{ id: 4, title: 'Kickoff workshop', status: 'open_for_invitations' }, { id: 5, title: 'Past meeting', status: 'held' }], total: 2, next: null };
    const answer = {
      items: [{ id: 30, person_id: 5, status: 'proposed' }],
      skipped: [{ subject_type: 'organisation', subject_id: 9, name: 'Mind', reason: 'no_contact_person' }],
    };
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (method === 'POST' && url.startsWith('/api/v1/kickoff-lists/7/invitations')) return [201, answer];
      if (url.startsWith('/api/v1/kickoff-lists/7')) return [200, list];
      if (url.startsWith('/api/v1/events')) return [200, events];
      return undefined;
    });
    wrap(<KickoffDetailPage id={7} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invite the list' }));
    const select = screen.getByLabelText(/^Event/) as HTMLSelectElement;
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/invitations'))).toBe(false);
    // Only events that can still take invitations are offered.
    expect(within(select).queryByRole('option', { name: 'Past meeting' })).toBeNull();
    await user.selectOptions(select, 'Kickoff workshop');
    await user.click(screen.getByRole('button', { name: 'Invite the list' }));
    await screen.findByText(/1 invitations proposed on Kickoff workshop/);
    const post = fetchMock.mock.calls.find(([url, init]) => init?.method === 'POST' && String(url).includes('/invitations'))!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ event_id: 4 });
    const invite = screen.getByRole('region', { name: 'Invite this list to an event' });
    expect(within(invite).getByRole('heading', { name: 'Organisations to invite through a person (1)' })).toBeTruthy();
    expect(within(invite).getByRole('link', { name: 'Mind' }).getAttribute('href')).toBe('/organisations/9');
    expect(screen.getByRole('link', { name: 'Review and send them' }).getAttribute('href')).toBe('/events/4/invitations');
  });

  it('adds a person found by name, with a reason', async () => {
    const fetchMock = fakeApi('admin', (method, url) => {
      if (url.startsWith('/api/v1/people?')) return [200, { items: [{ id: 12, name: 'Bo Ek', organisation_name: 'Mind', country: 'SE', perspectives: [], themes: [] }], total: 1, next: null }];
      if (method === 'POST' && url.startsWith('/api/v1/kickoff-lists/7/entries')) return [201, list];
      if (url.startsWith('/api/v1/kickoff-lists/7')) return [200, list];
      return undefined;
    });
    wrap(<KickoffDetailPage id={7} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name' }), 'Bo{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Bo Ek/ }));
    expect((screen.getByLabelText(/^Id/) as HTMLInputElement).value).toBe('12');
    await user.type(screen.getByLabelText(/^Why add them/), 'Chairs the user council');
    await user.click(screen.getByRole('button', { name: 'Add to the list' }));
    await screen.findByText('Bo Ek was added to the list.');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ subject_type: 'person', subject_id: 12, reason: 'Chairs the user council' });
  });

  it('offers no changes and no downloads to an observer', async () => {
    fakeApi('observer', (_method, url) => (url.startsWith('/api/v1/kickoff-lists/7') ? [200, list] : undefined));
    wrap(<KickoffDetailPage id={7} />);
    await screen.findByRole('heading', { level: 1, name: 'Kickoff Stockholm' });
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'CSV' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Add a stakeholder' })).toBeNull();
  });
});
