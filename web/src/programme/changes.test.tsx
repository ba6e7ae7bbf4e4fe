import { screen, within } from '@testing-library/react';
import { fakeApi, wrap } from '../app/fakeApi';
import { RecentChanges } from './RecentChanges';
import type { Programme, ProgrammeChange } from './types';

afterEach(() => vi.restoreAllMocks());

const programme = { id: 2, name: 'Kraftsamling' } as Programme;
const change = (c: Partial<ProgrammeChange>): ProgrammeChange => ({ id: 1, at: '2026-12-07T09:12:00Z', by: 'kim', action: 'update', record_type: 'event', record_id: 7, title: 'Kickoff', ...c });

describe('recent changes on the programme home', () => {
  it('says who did what to which record, linking to it, in the reader’s language', async () => {
    const asked: string[] = [];
    fakeApi('observer', (_method, url) => {
      if (!url.startsWith('/api/v1/programmes/2/changes')) return undefined;
      asked.push(url);
      return [200, { items: [change({ id: 3, action: 'gate_passed', record_type: 'phase', record_id: 4, title: 'Formering' }), change({ id: 2, action: 'delete', record_type: 'action', record_id: 9, title: 'Kartlägg' }), change({})], total: 3, next: null }];
    });
    wrap(<RecentChanges programme={programme} />, 'sv');
    const panel = await screen.findByRole('region', { name: 'Senaste ändringar' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items.map((i) => i.textContent?.replace(/^.*?\d\d: /, ''))).toEqual(['kim passerade grinden för fasen ”Formering”', 'kim tog bort åtgärden ”Kartlägg”', 'kim ändrade evenemanget ”Kickoff”']);
    expect(within(items[2]).getByRole('link', { name: '”Kickoff”' }).getAttribute('href')).toBe('/events/7');
    expect(within(items[1]).queryByRole('link')).toBeNull();
    expect(asked[0]).toContain('lang=sv');
  });

  it('says so when nothing has changed', async () => {
    fakeApi('coordinator', (_, url) => (url.startsWith('/api/v1/programmes/2/changes') ? [200, { items: [], total: 0, next: null }] : undefined));
    wrap(<RecentChanges programme={programme} />);
    await screen.findByText('Nothing has changed in the programme yet.');
  });
});
