import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnalysisPage } from './AnalysisPage';
import { fakeApi, wrap } from '../app/fakeApi';
import { settings, view } from './fixtures';
import { sortViews } from './sorting';

const items = [
  view(1, 'Åsa Lindqvist', 82.5, 4, 3.5),
  view(2, 'Bo Ek', 40, 2, 4.5, { perspectives: ['policymaker', 'researcher'] }),
  view(3, 'Cilla Berg', 61, 4.5, 1.5, { subject_type: 'organisation', perspectives: [], sector: 'region' }),
];

function stakeholders(role = 'facilitator') {
  return fakeApi(role, (method, url) => (method === 'GET' && url.startsWith('/api/v1/analysis/stakeholders') ? [200, { items, settings }] : undefined));
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the power/interest grid', () => {
  it('has one focusable, labelled link per stakeholder', async () => {
    stakeholders();
    wrap(<AnalysisPage />);
    const grid = await screen.findByRole('group', { name: /Power\/interest grid/ });
    const points = within(grid).getAllByRole('link');
    expect(points).toHaveLength(3);
    expect(points[0].getAttribute('aria-label')).toMatch(/^Åsa Lindqvist: influence 4\.0, interest 3\.5, key player, Researcher, priority 82\.5 \(high priority\)$/);
    expect(points[1].getAttribute('aria-label')).toContain('Bo Ek: influence 2.0, interest 4.5, keep informed, Several perspectives');
    expect(points[2].getAttribute('href')).toBe('/organisations/3');
    for (const point of points) {
      act(() => point.focus());
      expect(document.activeElement).toBe(point);
    }
    // Focus shows the point's values under the grid too, for sighted keyboard users.
    expect(screen.getByText(/^Cilla Berg: influence 4\.5/)).toBeTruthy();
  });

  it('names the highest priorities on the grid, and the one pointed at', async () => {
    const many = Array.from({ length: 8 }, (_, i) => view(10 + i, `Person ${i + 1}`, 90 - i * 10, 2 + (i % 3), 2 + (i % 4)));
    fakeApi('facilitator', (method, url) => (method === 'GET' && url.startsWith('/api/v1/analysis/stakeholders') ? [200, { items: many, settings }] : undefined));
    wrap(<AnalysisPage />);
    const grid = await screen.findByRole('group', { name: /Power\/interest grid/ });
    const names = () => [...grid.querySelectorAll('.grid-name')].map((n) => n.textContent);
    expect(names().sort()).toEqual(['Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5']);
    const eighth = within(grid).getAllByRole('link').find((p) => p.getAttribute('aria-label')!.startsWith('Person 8:'))!;
    act(() => eighth.focus());
    expect(names()).toContain('Person 8');
  });

  it('draws points by colour and shape and says so in the legend', async () => {
    stakeholders();
    wrap(<AnalysisPage />);
    await screen.findByRole('group', { name: /Power\/interest grid/ });
    const legend = screen.getByRole('list', { name: /Perspective \(colour and shape\)/ });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Researcher', 'Several perspectives', expect.stringMatching(/^No perspective/)]);
  });

  it('sorts the table by priority, both ways, and says so with aria-sort', async () => {
    stakeholders();
    wrap(<AnalysisPage />);
    const table = await screen.findByRole('region', { name: /Assessed stakeholders/ });
    const names = () => within(table).getAllByRole('rowheader').map((th) => within(th).getByRole('link').textContent);
    const header = within(table).getByRole('columnheader', { name: /Priority/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Åsa Lindqvist', 'Cilla Berg', 'Bo Ek']);
    const user = userEvent.setup();
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Bo Ek', 'Cilla Berg', 'Åsa Lindqvist']);
    const interest = within(table).getByRole('columnheader', { name: /Interest/ });
    await user.click(within(interest).getByRole('button'));
    expect(interest.getAttribute('aria-sort')).toBe('descending');
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(names()).toEqual(['Bo Ek', 'Åsa Lindqvist', 'Cilla Berg']);
  });

  it('shows the settings form to coordinators only, and saves it with If-Match', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (url.startsWith('/api/v1/analysis/stakeholders')) return [200, { items, settings }];
      if (method === 'PUT' && url === '/api/v1/analysis/settings?programme_id=1') return [200, { ...settings, version: 5 }];
      return undefined;
    });
    wrap(<AnalysisPage />);
    const user = userEvent.setup();
    const field = await screen.findByLabelText('High influence from');
    await user.clear(field);
    await user.type(field, '9');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: /High influence from: must be a number from 1 to 5/ })).toBeTruthy();
    await user.clear(field);
    await user.type(field, '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/settings were saved/);
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect((put[1]!.headers as Record<string, string>)['If-Match']).toBe('"4"');
    expect(JSON.parse(put[1]!.body as string).grid).toEqual({ influence: 3, interest: 3.5 });
  });

  it('keeps the settings form from those who may not assess', async () => {
    stakeholders('observer');
    wrap(<AnalysisPage />);
    await screen.findByRole('group', { name: /Power\/interest grid/ });
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});

describe('sorting', () => {
  it('keeps the server order on ties and sorts names the Swedish way', () => {
    const compare = new Intl.Collator('sv-SE').compare;
    const rows = [view(1, 'Örjan', 50, 3, 3), view(2, 'Åke', 50, 3, 3), view(3, 'Zara', 50, 3, 3)];
    expect(sortViews(rows, { key: 'priority', direction: 'descending' }, compare).map((v) => v.subject_id)).toEqual([1, 2, 3]);
    expect(sortViews(rows, { key: 'name', direction: 'ascending' }, compare).map((v) => v.name)).toEqual(['Zara', 'Åke', 'Örjan']);
  });
});
