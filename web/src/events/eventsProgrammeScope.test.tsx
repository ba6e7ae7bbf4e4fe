import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventsListPage } from './EventsListPage';
import { fakeApi, wrap } from '../app/fakeApi';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const programmes = [
  { id: 1, name: 'Kraftsamling för psykisk hälsa', is_default: true },
  { id: 2, name: 'Joint action on mental health', is_default: false },
];

describe('the older lists follow the programme switch', () => {
  it('shows the remembered programme’s events and lists another one’s when it is chosen', async () => {
    localStorage.setItem('samla.programme', '2');
    const asked: string[] = [];
    fakeApi('coordinator', (_method, url) => {
      if (url === '/api/v1/programmes') return [200, { items: programmes, total: 2, next: null }];
      if (url.startsWith('/api/v1/events')) {
        asked.push(url);
        const id = Number(new URL(url, 'http://x').searchParams.get('programme_id'));
        return [200, { items: [{ id: 10 + id, title: `Event of programme ${id}`, type: 'thematic_workshop', starts_at: '2027-01-10T10:00', time_zone: 'Europe/Stockholm', themes: [], status: 'designed', programme_id: id }], total: 1, next: null }];
      }
      return undefined;
    });
    wrap(<EventsListPage />);
    await screen.findByRole('link', { name: 'Event of programme 2' });
    expect(asked).toEqual(['/api/v1/events?programme_id=2']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show programme' }), 'Kraftsamling för psykisk hälsa');
    await screen.findByRole('link', { name: 'Event of programme 1' });
    expect(localStorage.getItem('samla.programme')).toBe('1');
  });

  it('offers no choice when there is one programme, and still lists its records', async () => {
    fakeApi('observer', (_method, url) => {
      if (url === '/api/v1/programmes') return [200, { items: [programmes[0]], total: 1, next: null }];
      if (url.startsWith('/api/v1/events?programme_id=1')) return [200, { items: [], total: 0, next: null }];
      return undefined;
    });
    wrap(<EventsListPage />);
    await screen.findByText('Events: 0');
    expect(screen.queryByRole('combobox', { name: 'Show programme' })).toBeNull();
  });
});
