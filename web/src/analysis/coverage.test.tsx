import { screen, within } from '@testing-library/react';
import { CoveragePage } from './CoveragePage';
import { heatLevel } from './CoverageMatrix';
import { fakeApi, wrap } from '../app/fakeApi';
import type { Coverage } from './types';

afterEach(() => vi.restoreAllMocks());

const coverage: Coverage = {
  rows: [
    { key: 'SE', label: 'Sweden' },
    { key: 'LT', label: 'Lithuania' },
  ],
  perspective: {
    columns: [
      { key: 'researcher', label: 'Researcher' },
      { key: 'policymaker', label: 'Policymaker' },
    ],
    cells: [
      [{ mapped: 3, high_priority: 1 }, { mapped: 1, high_priority: 0 }],
      [{ mapped: 0, high_priority: 0 }, { mapped: 8, high_priority: 2 }],
    ],
  },
  sector: { columns: [{ key: 'agency', label: 'Government agency' }], cells: [[{ mapped: 2, high_priority: 2 }], [{ mapped: 0, high_priority: 0 }]] },
  gaps: [
    { dimension: 'perspective', row: 'LT', column: 'researcher', kind: 'none_mapped', mapped: 0, message: 'No researcher from Lithuania' },
    { dimension: 'perspective', row: 'SE', column: 'policymaker', kind: 'none_high_priority', mapped: 2, message: 'No policymaker of high priority from Sweden' },
    { dimension: 'sector', row: 'LT', column: 'agency', kind: 'none_mapped', mapped: 0, message: 'No government agency from Lithuania' },
  ],
  hidden_columns: ['lived_experience'],
};

describe('the coverage page', () => {
  it('lists the gaps in words, by perspective and by sector', async () => {
    const fetchMock = fakeApi('observer', (_method, url) => (url.startsWith('/api/v1/analysis/coverage') ? [200, coverage] : undefined));
    wrap(<CoveragePage />);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '3 gaps');
    // Grouped by country (the row's name), each gap in the server's words.
    const lists = screen.getAllByRole('list').filter((l) => l.className === 'gap-list');
    const groups = (list: HTMLElement) =>
      [...list.children].map((li) => [li.querySelector('strong')!.textContent, within(li as HTMLElement).getAllByRole('listitem').map((x) => x.textContent)]);
    expect(lists.map(groups)).toEqual([
      [['Lithuania', ['No researcher from Lithuania']], ['Sweden', ['No policymaker of high priority from Sweden']]],
      [['Lithuania', ['No government agency from Lithuania']]],
    ]);
    expect(screen.getByText(/lived-experience column is not shown/)).toBeTruthy();
    expect(String(fetchMock.mock.calls.find(([u]) => String(u).startsWith('/api/v1/analysis/coverage'))![0])).toContain('lang=en');
  });

  it('prints every count and marks an empty cell in words, not by colour alone', async () => {
    fakeApi('coordinator', (_method, url) => (url.startsWith('/api/v1/analysis/coverage') ? [200, coverage] : undefined));
    wrap(<CoveragePage />);
    const table = await screen.findByRole('region', { name: 'By perspective' });
    const lithuania = within(table).getByRole('rowheader', { name: 'Lithuania' }).closest('tr')!;
    const cells = within(lithuania).getAllByRole('cell');
    expect(cells[0].textContent).toBe('0no one mapped');
    expect(cells[0].className).toContain('heat-0');
    expect(cells[1].textContent).toContain('8 mapped, 2 of high priority');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Country', 'Researcher', 'Policymaker']);
  });

  it('folds a long list of gaps, saying how many it holds', async () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ dimension: 'sector' as const, row: 'LT', column: `c${i}`, kind: 'none_mapped' as const, message: `Gap ${i}` }));
    fakeApi('coordinator', (_method, url) => (url.startsWith('/api/v1/analysis/coverage') ? [200, { ...coverage, gaps: many }] : undefined));
    wrap(<CoveragePage />);
    expect((await screen.findByText('Show the 13 gaps')).tagName).toBe('SUMMARY');
  });

  it('shades in steps', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 50].map(heatLevel)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });
});
