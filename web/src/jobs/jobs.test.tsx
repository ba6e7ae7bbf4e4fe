import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wrap } from '../app/fakeApi';
import { calls, digestRun, jobsApi, run } from './fixtures';
import { JobsPage } from './JobsPage';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const at = (url: string) => window.history.replaceState(null, '', url);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name, { selector: 'strong' }).closest('tr')!;

describe('the scheduled jobs', () => {
  it('lists each job in words: what it does, how often, its period and what its last run did or why it failed', async () => {
    at('/jobs');
    jobsApi('admin');
    wrap(<JobsPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Scheduled jobs' })).toBeTruthy();
    const table = await screen.findByRole('region', { name: 'Scheduled jobs' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Job', 'How often', 'Current period', 'Last run', 'Run']);

    const digest = cells(rowOf(table, 'Weekly summary of actions'));
    expect(digest[0]).toContain('Each Monday, e-mails everyone who answers for or carries out an action');
    expect(digest[0]).toContain('actions.weekly_digest');
    expect(digest[1]).toBe('Every week from Monday 06:00 UTC');
    expect(digest[2]).toBe('Week 2, 2027');
    expect(digest[3]).toContain('For week 2, 2027:');
    expect(digest[3]).toContain('Done');
    expect(digest[3]).toContain('Messages written: 3; already in the outbox: 0; people without an e-mail address: 1');

    const reminders = cells(rowOf(table, 'Reminders of due dates'));
    expect(reminders[1]).toBe('Every day from 06:00 UTC');
    expect(reminders[2]).toBe('12 Jan 2027');
    expect(reminders[3]).toContain('Failed');
    expect(reminders[3]).toContain('database is locked');

    expect(cells(rowOf(table, 'Clear out old logins'))[3]).toBe('Not run yet');
    // A job samla does not know by name: its technical name and the server's sentence.
    const unknown = cells(rowOf(table, 'network.snapshots'));
    expect(unknown[0]).toContain('Every day: keeps a copy of the network');
  });

  it('runs a job now for an administrator and says whether it ran or had already run for the period', async () => {
    at('/jobs');
    let ran = 0;
    const fetchMock = jobsApi('admin', (method, url) => {
      if (method !== 'POST' || url !== '/api/v1/jobs/actions.weekly_digest/run') return undefined;
      ran += 1;
      return ran === 1 ? [200, { ran_now: true, run: run({ id: 7, counts: { already_queued: 1, messages: 2, without_address: 0 } }) }] : [200, { ran_now: false, run: run({ id: 7 }) }];
    });
    wrap(<JobsPage />);
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Run now: Weekly summary of actions' });
    expect(button.textContent).toBe('Run now');
    const said = document.getElementById('jobs-said')!;
    expect(said.getAttribute('role')).toBe('status');

    await user.click(button);
    await waitFor(() => expect(said.textContent).toBe('“Weekly summary of actions” ran now for week 2, 2027: messages written: 2; already in the outbox: 1; people without an e-mail address: 0.'));
    expect(calls(fetchMock, 'POST', '/api/v1/jobs/actions.weekly_digest/run')).toHaveLength(1);
    // The table and the runs are read again.
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/jobs')).toHaveLength(2));
    expect(calls(fetchMock, 'GET', '/api/v1/jobs/runs?limit=50')).toHaveLength(2);
    expect(document.activeElement).toBe(button);

    await user.click(button);
    await waitFor(() => expect(said.textContent).toMatch(/^“Weekly summary of actions” had already run for week 2, 2027, so it did not run again\. That run: Done; messages written: 3/));
  });

  it('shows a refused run as an error', async () => {
    at('/jobs');
    jobsApi('admin', (method) => (method === 'POST' ? [403, { status: 403 }] : undefined));
    wrap(<JobsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Run now: Clear out old logins' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your role does not allow this.');
    expect(document.getElementById('jobs-said')!.textContent).toBe('');
  });

  it('lists the recent runs, of one job when chosen, kept in the URL', async () => {
    at('/jobs');
    const fetchMock = jobsApi('admin');
    wrap(<JobsPage />);
    const user = userEvent.setup();
    const section = screen.getByRole('region', { name: 'Recent runs' });
    const runs = await within(section).findByRole('region', { name: 'Recent runs' });
    expect(within(runs).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Job', 'Period', 'Result', 'Started', 'Finished', 'Attempts']);
    const rows = within(runs).getAllByRole('row').slice(1).map(cells);
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      ['Reminders of due dates', '12 Jan 2027', '3'],
      ['Weekly summary of actions', 'Week 2, 2027', '1'],
    ]);
    expect(rows[1][3]).toContain('by samla-1:4242');
    expect(within(section).getByText('Runs: 2')).toBeTruthy();

    const filters = within(section).getByRole('search', { name: 'Filter the runs' });
    const job = within(filters).getByLabelText('Job');
    await waitFor(() => expect(within(job).getAllByRole('option').map((o) => o.textContent)).toEqual(['All jobs', 'Clear out old logins', 'Weekly summary of actions', 'Reminders of due dates', 'network.snapshots']));
    await user.selectOptions(job, digestRun.job);
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    expect(window.location.search).toBe('?job=actions.weekly_digest');
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/jobs/runs?job=actions.weekly_digest&limit=50')).toHaveLength(1));
    expect(await within(section).findByText('Runs: 1')).toBeTruthy();
  });

  it('speaks Swedish', async () => {
    at('/jobs');
    jobsApi('admin');
    wrap(<JobsPage />, 'sv');
    expect(screen.getByRole('heading', { level: 1, name: 'Schemalagda jobb' })).toBeTruthy();
    const table = await screen.findByRole('region', { name: 'Schemalagda jobb' });
    const digest = cells(rowOf(table, 'Veckosammanfattning av åtgärder'));
    expect(digest[1]).toBe('Varje vecka från måndag kl. 06:00 UTC');
    expect(digest[2]).toBe('Vecka 2 2027');
    expect(digest[3]).toContain('Meddelanden skrivna: 3; redan i utkorgen: 0; personer utan e-postadress: 1');
    expect(cells(rowOf(table, 'Påminnelser om slutdatum'))[3]).toContain('Misslyckades');
    expect(screen.getByRole('button', { name: 'Kör nu: Rensa gamla inloggningar' })).toBeTruthy();
    // The server's English sentence for an unknown job says it is English.
    const unknown = rowOf(table, 'network.snapshots');
    expect(within(unknown).getByText('Every day: keeps a copy of the network').getAttribute('lang')).toBe('en');
  });
});
