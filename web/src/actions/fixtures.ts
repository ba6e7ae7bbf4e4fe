// Test data: actions of the demo's kind (one proposed, one in progress and overdue, one with an
// indicator), a plan, a timeline, and the fake API that answers them.
import { fakeApi, type Handler } from '../app/fakeApi';
import type { Action, ActionPlan, ActionUpdateList } from './types';

export function action(overrides: Partial<Action> = {}): Action {
  return {
    id: 6,
    plan_id: 3,
    outcome_id: null,
    event_id: null,
    title: 'Share the first-contact map',
    description: 'With the other countries.',
    themes: ['stigma_reduction'],
    accountable: { person_id: null, organisation_id: 4, name: 'Folkhälsomyndigheten' },
    responsible: [],
    consulted: [],
    informed: [],
    start_date: null,
    due_date: '2027-02-28',
    status: 'proposed',
    dropped_reason: '',
    progress: 0,
    depends_on: [],
    indicators: [],
    last_update_at: '2027-01-10T09:00:00Z',
    overdue: false,
    stalled: false,
    at_risk: false,
    created_by: 'kim',
    created_at: '2027-01-10T09:00:00Z',
    updated_at: '2027-01-10T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

export const overdueAction = action({
  id: 2,
  title: 'Collect the first-contact routes',
  status: 'in_progress',
  progress: 60,
  due_date: '2026-11-22',
  overdue: true,
  at_risk: true,
  responsible: [{ person_id: 1, organisation_id: null, name: 'Åsa Lindqvist' }],
  version: 5,
});

export const measuredAction = action({
  id: 5,
  title: 'Measure waiting times',
  status: 'in_progress',
  progress: 15,
  depends_on: [2],
  version: 4,
  indicators: [
    {
      id: 1,
      name: 'Regions reporting waiting times',
      unit: 'regions',
      direction: 'increase',
      baseline: 4,
      target: 21,
      measurements: [
        { date: '2026-11-16', value: 4, note: 'Before the programme' },
        { date: '2026-12-01', value: 7, note: '' },
      ],
    },
  ],
});

export const plan: ActionPlan = {
  id: 3,
  title: 'Access to services',
  description: 'First contact within a week.',
  theme: 'stigma_reduction',
  event_id: null,
  group_id: null,
  programme_id: 1,
  action_count: 2,
  created_by: 'kim',
  created_at: '2027-01-01T09:00:00Z',
  updated_at: '2027-01-01T09:00:00Z',
  version: 1,
};

export const timeline: ActionUpdateList = {
  items: [
    { id: 1, action_id: 5, at: '2026-11-16T09:00:00Z', by: 'kim', status_from: null, status_to: 'proposed', progress_from: null, progress_to: 0, note: '' },
    { id: 2, action_id: 5, at: '2026-11-17T09:00:00Z', by: 'kim', status_from: 'proposed', status_to: 'agreed', progress_from: null, progress_to: null, note: 'Agreed at the kickoff.' },
    { id: 3, action_id: 5, at: '2026-11-20T09:00:00Z', by: 'alex', status_from: 'agreed', status_to: 'in_progress', progress_from: 0, progress_to: 15, note: '' },
  ],
  total: 3,
  next: null,
};

export const listOf = (items: Action[]) => ({ items, total: items.length, next: null });

// The follow-up groups the plans and the board's filter name (only the fields they read).
export const groupList = {
  items: [
    { id: 4, name: 'Working group on first contact' },
    { id: 5, name: 'Campaign: talk about it' },
  ],
  total: 2,
  next: null,
};

// What the test adds, else the board, the plans, the settings, one action by id, its timeline
// the follow-up groups and the caller's own actions.
// A page of `items` as the server pages the board: ?limit= and a cursor (here, the index to go on
// from); without a limit, all of them.
export function pageOf(items: Action[], url: string) {
  const query = new URL(url, 'http://samla.test').searchParams;
  const from = Number(query.get('cursor') ?? 0);
  const limit = Number(query.get('limit') ?? items.length);
  const next = from + limit < items.length ? String(from + limit) : null;
  return { items: items.slice(from, from + limit), total: items.length, next };
}

export function actionsApi(role: string, items: Action[], more: Handler = () => undefined, mine: Action[] = []) {
  return fakeApi(role, (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (method !== 'GET') return undefined;
    if (url.startsWith('/api/v1/actions?') || url === '/api/v1/actions') return [200, pageOf(items, url)];
    if (url === '/api/v1/action-plans') return [200, { items: [plan], total: 1, next: null }];
    if (url === '/api/v1/action-plans/3') return [200, plan];
    if (url === '/api/v1/action-settings') return [200, { stalled_after_days: 30, version: 1 }];
    if (url === '/api/v1/my/actions') return [200, listOf(mine)];
    if (url === '/api/v1/events') return [200, { items: [], total: 0, next: null }];
    if (url === '/api/v1/groups') return [200, groupList];
    const one = /^\/api\/v1\/actions\/(\d+)$/.exec(url);
    if (one) {
      const found = items.find((a) => a.id === Number(one[1]));
      return found ? [200, found] : [404, { status: 404 }];
    }
    if (/^\/api\/v1\/actions\/\d+\/updates$/.test(url)) return [200, timeline];
    return undefined;
  });
}

export const calls = (fetchMock: ReturnType<typeof fakeApi>, method: string, url: string) =>
  fetchMock.mock.calls.filter(([u, init]) => String(u) === url && (init?.method ?? 'GET') === method);
export const header = (call: unknown[], name: string) => ((call[1] as RequestInit).headers as Record<string, string>)[name];
export const bodyOf = (call: unknown[]) => JSON.parse((call[1] as RequestInit).body as string);
