import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { InitiativesPage } from './InitiativesPage';
import type { Initiative } from './types';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const programme = {
  id: 1, name: 'Kraftsamling', purpose: '', owner_organisation_id: null, owner_name: null, country_group_id: null, is_default: true,
  template_key: null, goals: [], workstreams: [{ id: 1, name: 'Adults', description: '' }], members: [],
  created_by: 'kim', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', version: 1,
};

const criterion = (criterion: 'impact' | 'feasibility' | 'urgency' | 'fit', mean: number, lowest: number, highest: number, spread: number) => ({ criterion, mean, lowest, highest, spread });

const rated: Initiative = {
  id: 7, programme_id: 1, title: 'A first-contact line', description: 'One number.', workstream_id: 1, workstream_name: 'Adults', themes: [],
  proposer_person_id: null, proposer_name: null, proposed_by: '', source_event_id: null, source_outcome_id: null, status: 'proposed', status_reason: null,
  action_plan_id: null, group_id: null,
  score: { raters: 3, weighted: 2.75, criteria: [criterion('impact', 4, 3, 5, 0.82), criterion('feasibility', 3, 3, 3, 0), criterion('urgency', 2, 1, 4, 1.2), criterion('fit', 2, 2, 2, 0)] },
  my_rating: null, created_by: 'kim', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', version: 2,
};
const unrated: Initiative = { ...rated, id: 8, title: 'Peer supporters', score: { raters: 0, weighted: null, criteria: [] } };

function api(role: string) {
  return fakeApi(role, (method, url) => {
    if (url === '/api/v1/programmes') return [200, { items: [programme], total: 1, next: null }];
    if (url.startsWith('/api/v1/initiatives?')) return [200, { items: [rated, unrated], total: 2, next: null }];
    if (url === '/api/v1/programmes/1/initiative-weights') return [200, { programme_id: 1, impact: 1, feasibility: 1, urgency: 1, fit: 1, updated_at: null, updated_by: null, version: 0 }];
    if (method === 'PUT' && url.startsWith('/api/v1/initiatives/8/ratings/mine')) return [200, unrated];
    return undefined;
  });
}

describe('the initiative list', () => {
  it('ranks the rated first and shows the raters’ spread in words and numbers', async () => {
    api('coordinator');
    wrap(<InitiativesPage />);
    const list = await screen.findByRole('list', { name: 'Initiatives, best first (2)' });
    const items = within(list).getAllByRole('article');
    expect(within(items[0]).getByRole('heading', { name: /1\. A first-contact line/ })).toBeTruthy();
    expect(within(items[0]).getByText('Score 2.8 of 5, from 3 raters')).toBeTruthy();
    const scores = within(items[0]).getByRole('table', { name: "The raters' scores of A first-contact line" });
    const urgency = within(scores).getByRole('row', { name: /Urgency/ });
    expect(within(urgency).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1–4', 'Far apart (1.2)']);
    expect(within(items[1]).getByText('Nobody has rated it yet.')).toBeTruthy();
    expect(within(items[0]).getByRole('button', { name: 'Accept: A first-contact line' })).toBeTruthy();
  });

  it('lets a facilitator rate from 1 to 5 on each criterion, but not accept', async () => {
    const fetchMock = api('facilitator');
    wrap(<InitiativesPage />);
    const list = await screen.findByRole('list', { name: 'Initiatives, best first (2)' });
    expect(within(list).queryByRole('button', { name: /^Accept/ })).toBeNull();
    await userEvent.click(within(list).getByRole('button', { name: 'Rate: Peer supporters' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rate: Peer supporters' });
    const save = within(dialog).getByRole('button', { name: 'Save the rating' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    for (const [legend, value] of [['Impact', '5 – very high'], ['Feasibility', '3 – medium'], ['Urgency', '4 – high'], ['Fit with the goals', '2 – low']])
      await userEvent.click(within(within(dialog).getByRole('group', { name: new RegExp(`^${legend}`) })).getByRole('radio', { name: value }));
    await userEvent.click(save);
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => String(url).startsWith('/api/v1/initiatives/8/ratings/mine') && init?.method === 'PUT')).toBe(true));
    const call = fetchMock.mock.calls.find(([url, init]) => String(url).startsWith('/api/v1/initiatives/8/ratings/mine') && init?.method === 'PUT');
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({ impact: 5, feasibility: 3, urgency: 4, fit: 2, note: '' });
  });

  it('speaks Swedish and offers observers no steps', async () => {
    api('observer');
    wrap(<InitiativesPage />, 'sv');
    const list = await screen.findByRole('list', { name: 'Initiativ, bäst först (2)' });
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Föreslå ett initiativ' })).toBeNull();
  });
});
