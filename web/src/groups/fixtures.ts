// Test data: a working group of the demo's kind (a chair, a secretariat, two members, one who
// left, two deliverables, two meetings held and one planned), plans and the fake API that
// answers them.
import { fakeApi, type Handler } from '../app/fakeApi';
import type { ActionPlan } from '../actions/types';
import { workshop } from '../events/fixtures';
import type { Event } from '../events/types';
import type { Group } from './types';

export const group: Group = {
  id: 4,
  kind: 'working_group',
  name: 'Working group on first contact',
  programme_id: 1,
  objective: 'A first contact within a week, in every region.',
  mandate: 'Set up at the kickoff.',
  lead_person_id: 11,
  lead_name: 'Anna Berg',
  themes: ['stigma_reduction'],
  start_date: '2026-10-01',
  end_date: '2099-10-01',
  members: [
    { person_id: 11, name: 'Anna Berg', role: 'chair', from_date: '2026-10-01', to_date: null },
    { person_id: 12, name: 'Erik Svensson', role: 'secretariat', from_date: '2026-10-01', to_date: null },
    { person_id: 13, name: 'Åsa Lindqvist', role: 'member', from_date: '2026-10-01', to_date: null },
    { person_id: 14, name: 'Lars Nilsson', role: 'member', from_date: '2026-10-01', to_date: '2026-11-01' },
  ],
  deliverables: [
    { id: 21, title: 'A map of the first-contact routes', due_date: '2026-11-20', status: 'in_progress' },
    { id: 22, title: 'Recommendations to the steering group', due_date: '2027-04-01', status: 'planned' },
  ],
  meeting_count: 3,
  created_by: 'kim',
  created_at: '2026-10-01T09:00:00Z',
  updated_at: '2026-10-01T09:00:00Z',
  version: 7,
};

export const campaign: Group = {
  ...group,
  id: 5,
  kind: 'advocacy_campaign',
  name: 'Campaign: talk about it',
  lead_person_id: 13,
  lead_name: 'Åsa Lindqvist',
  members: [{ person_id: 13, name: 'Åsa Lindqvist', role: 'chair', from_date: '2026-10-01', to_date: null }],
  deliverables: [],
  meeting_count: 0,
  version: 2,
};

export const meeting = (id: number, n: number, day: string, status: Event['status']): Event => ({
  ...workshop,
  id,
  type: 'group_meeting',
  title: `Working group on first contact: meeting ${n}`,
  format: 'online',
  venue: null,
  link: 'https://meet.example.org/first-contact',
  starts_at: `${day}T10:00`,
  ends_at: `${day}T12:00`,
  status,
});

export const meetings = [meeting(31, 1, '2026-10-20', 'held'), meeting(32, 2, '2026-11-20', 'held'), meeting(33, 3, '2099-01-20', 'designed')];

export const groupPlan: ActionPlan = {
  id: 8,
  title: 'First contact: next steps',
  description: '',
  theme: null,
  event_id: null,
  group_id: 4,
  programme_id: 1,
  action_count: 1,
  created_by: 'kim',
  created_at: '2026-10-01T09:00:00Z',
  updated_at: '2026-10-01T09:00:00Z',
  version: 1,
};
const otherPlan: ActionPlan = { ...groupPlan, id: 9, title: 'Another group’s plan', group_id: 5 };

export const people = [
  { id: 15, name: 'Maria Karlsson', organisation_name: 'Mind', country: 'SE' },
  { id: 14, name: 'Lars Nilsson', organisation_name: 'Region Skåne', country: 'SE' },
];

const list = <T,>(items: T[]) => ({ items, total: items.length, next: null });

// What the test adds, else the groups, a group, its meetings, the plans, the actions, the
// people search and the caller's own actions.
export function groupsApi(role: string, more: Handler = () => undefined) {
  return fakeApi(role, (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (method !== 'GET') return undefined;
    if (url === '/api/v1/groups') return [200, list([group, campaign])];
    if (url === '/api/v1/groups/4') return [200, group];
    if (url === '/api/v1/groups/5') return [200, campaign];
    if (url === '/api/v1/groups/4/meetings') return [200, list(meetings)];
    if (url === '/api/v1/groups/5/meetings') return [200, list([])];
    if (url === '/api/v1/action-plans') return [200, list([groupPlan, otherPlan])];
    if (url.startsWith('/api/v1/actions?')) return [200, list([])];
    if (url === '/api/v1/my/actions') return [200, list([])];
    if (url.startsWith('/api/v1/people?')) return [200, { items: people.map((p) => ({ ...p, organisation_id: 1 })), total: people.length, next: null }];
    return undefined;
  });
}
