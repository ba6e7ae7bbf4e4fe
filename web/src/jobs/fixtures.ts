// Test data: the jobs the server runs (as GET /api/v1/jobs answers on a fresh demo database
// after a few runs), their runs, and the fake API that answers them.
import { fakeApi, type Handler } from '../app/fakeApi';
import type { Job, JobRun } from './types';

export const run = (overrides: Partial<JobRun> = {}): JobRun => ({
  id: 1,
  job: 'actions.weekly_digest',
  period: '2027-W02',
  status: 'done',
  attempts: 1,
  runner: 'samla-1:4242',
  started_at: '2027-01-11T06:00:01Z',
  finished_at: '2027-01-11T06:00:02Z',
  error: null,
  // In the server's order (by name), not the order the page gives them.
  counts: { already_queued: 0, messages: 3, without_address: 1 },
  ...overrides,
});

export const digestRun = run();
export const failedRun = run({ id: 2, job: 'actions.due_reminders', period: '2027-01-12', status: 'failed', attempts: 3, error: 'database is locked', counts: {}, finished_at: '2027-01-12T06:00:09Z' });

export const jobs: Job[] = [
  { name: 'access.retention', description: 'Every day: forgets expired sessions and login-throttle rows', cadence: 'daily', hour_utc: 3, current_period: '2027-01-12', last_run: null },
  { name: 'actions.weekly_digest', description: "Every Monday: each person's open actions by e-mail", cadence: 'weekly', hour_utc: 6, current_period: '2027-W02', last_run: digestRun },
  { name: 'actions.due_reminders', description: 'Every day: a reminder', cadence: 'daily', hour_utc: 6, current_period: '2027-01-12', last_run: failedRun },
  { name: 'network.snapshots', description: 'Every day: keeps a copy of the network', cadence: 'daily', hour_utc: 2, current_period: '2027-01-12', last_run: null },
];

export const listOf = <T>(items: T[]) => ({ items, total: items.length, next: null });

// What the test adds, else the jobs and their runs (of one job with ?job=).
export function jobsApi(role: string, more: Handler = () => undefined) {
  return fakeApi(role, (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (method !== 'GET') return undefined;
    if (url === '/api/v1/jobs') return [200, listOf(jobs)];
    if (url.startsWith('/api/v1/jobs/runs?')) {
      const job = new URLSearchParams(url.split('?')[1]).get('job');
      return [200, listOf([failedRun, digestRun].filter((r) => !job || r.job === job))];
    }
    return undefined;
  });
}

export const calls = (fetchMock: ReturnType<typeof fakeApi>, method: string, url: string) =>
  fetchMock.mock.calls.filter(([u, init]) => String(u) === url && (init?.method ?? 'GET') === method);
