import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wrap } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { ActionBoardPage } from './ActionBoardPage';
import { action, actionsApi, bodyOf, calls, header, measuredAction, overdueAction } from './fixtures';
import type { Action } from './types';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const at = (url: string) => window.history.replaceState(null, '', url);
const proposed = action();

// The board's calls to GET /api/v1/actions, with their query strings.
const boardQueries = (fetchMock: ReturnType<typeof actionsApi>) =>
  fetchMock.mock.calls.map(([u, init]) => [String(u), init?.method ?? 'GET']).filter(([u, m]) => m === 'GET' && u.startsWith('/api/v1/actions') && !u.startsWith('/api/v1/actions/')).map(([u]) => u);

describe('the board’s pages', () => {
  it('come a hundred at a time; Show more adds the next and moves focus to the first of them', async () => {
    at('/actions');
    const many = Array.from({ length: 130 }, (_, i) => action({ id: 100 + i, title: `Action number ${i + 1}` }));
    const fetchMock = actionsApi('coordinator', many);
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    expect(await screen.findByText('Actions: 100 of 130 shown')).toBeTruthy();
    expect(screen.queryByText('Action number 101')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show 30 more' }));
    expect(await screen.findByText('Actions: 130')).toBeTruthy();
    expect(boardQueries(fetchMock)).toEqual(['/api/v1/actions?limit=100', '/api/v1/actions?limit=100&cursor=100']);
    expect(screen.getByText('Action number 130')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    await waitFor(() => expect(document.activeElement?.closest('tr')?.textContent).toContain('Action number 101'));
  }, 20_000); // two pages of a hundred rows take a few seconds to render in jsdom
});

describe('the board’s filters', () => {
  it('go into the URL on Apply and are sent to the server as they stand there', async () => {
    at('/actions');
    const fetchMock = actionsApi('coordinator', [proposed, overdueAction]);
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    const filters = await screen.findByRole('search', { name: 'Filter the actions' });
    expect(await screen.findByText('Actions: 2')).toBeTruthy();
    await user.click(within(filters).getByRole('checkbox', { name: 'Overdue' }));
    await user.click(within(filters).getByRole('checkbox', { name: 'At risk' }));
    await user.selectOptions(within(filters).getByLabelText('Status'), 'in_progress');
    await waitFor(() => expect(within(filters).getByRole('option', { name: 'Access to services' })).toBeTruthy());
    await user.selectOptions(within(filters).getByLabelText('Action plan'), '3');
    // Nothing changes before Apply.
    expect(window.location.search).toBe('');
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    const search = new URLSearchParams(window.location.search);
    expect(Object.fromEntries(search)).toEqual({ status: 'in_progress', plan_id: '3', overdue: 'true', at_risk: 'true' });
    await waitFor(() => expect(boardQueries(fetchMock)).toContain('/api/v1/actions?status=in_progress&plan_id=3&overdue=true&at_risk=true&limit=100'));

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('');
    expect((within(filters).getByRole('checkbox', { name: 'Overdue' }) as HTMLInputElement).checked).toBe(false);
  });

  it('start from the URL, and keep the chosen view when applied', async () => {
    at('/actions?stalled=true&view=columns');
    const fetchMock = actionsApi('coordinator', [proposed]);
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    const filters = await screen.findByRole('search', { name: 'Filter the actions' });
    expect((within(filters).getByRole('checkbox', { name: 'Stalled' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(boardQueries(fetchMock)).toEqual(['/api/v1/actions?stalled=true&limit=100']));
    expect(await screen.findByRole('heading', { level: 2, name: 'Proposed (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'In columns by status' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(filters).getByRole('checkbox', { name: 'Open (not done or dropped)' }));
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ stalled: 'true', open: 'true', view: 'columns' });
    await user.click(screen.getByRole('button', { name: 'As a table' }));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ stalled: 'true', open: 'true' });
    expect(await screen.findByRole('region', { name: 'Actions' })).toBeTruthy();
  });

  it('filter by a follow-up group, kept in the URL as group_id and passed to the downloads', async () => {
    at('/actions?status=in_progress');
    const fetchMock = actionsApi('coordinator', [overdueAction]);
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    const filters = await screen.findByRole('search', { name: 'Filter the actions' });
    const group = within(filters).getByLabelText('Follow-up group');
    await waitFor(() => expect(within(group).getAllByRole('option').map((o) => o.textContent)).toEqual(['All groups', 'Working group on first contact', 'Campaign: talk about it']));
    expect(await screen.findByText('Actions: 1')).toBeTruthy();
    // The downloads follow the list as it is filtered now.
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/v1/actions/export?status=in_progress&format=csv');
    await user.selectOptions(group, '4');
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ status: 'in_progress', group_id: '4' });
    await waitFor(() => expect(boardQueries(fetchMock)).toContain('/api/v1/actions?status=in_progress&group_id=4&limit=100'));
    await waitFor(() => expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/v1/actions/export?status=in_progress&group_id=4&format=csv'));
    expect(screen.getByRole('link', { name: 'XLSX' }).getAttribute('href')).toBe('/api/v1/actions/export?status=in_progress&group_id=4&format=xlsx');
    expect(screen.getByText('Download the actions shown:')).toBeTruthy();
  });

  it('start from a group in the URL, in Swedish', async () => {
    at('/actions?group_id=5');
    const fetchMock = actionsApi('coordinator', []);
    wrap(<ActionBoardPage />, 'sv');
    const filters = await screen.findByRole('search', { name: 'Filtrera åtgärderna' });
    const group = within(filters).getByLabelText('Uppföljningsgrupp') as HTMLSelectElement;
    await waitFor(() => expect(group.value).toBe('5'));
    expect(within(group).getByRole('option', { name: 'Alla grupper' })).toBeTruthy();
    await waitFor(() => expect(boardQueries(fetchMock)).toEqual(['/api/v1/actions?group_id=5&limit=100']));
  });

  it('find a person by name and filter by their id', async () => {
    at('/actions');
    actionsApi('coordinator', [overdueAction], (_method, url) =>
      url.startsWith('/api/v1/people?') ? [200, { items: [{ id: 1, name: 'Åsa Lindqvist', organisation_name: 'Folkhälsomyndigheten', country: 'SE' }], total: 1, next: null }] : undefined,
    );
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    const person = await screen.findByRole('group', { name: 'Person (accountable or responsible)' });
    await user.type(within(person).getByLabelText('Find a person by name'), 'Åsa{Enter}');
    await user.click(await within(person).findByRole('button', { name: 'Choose Åsa Lindqvist' }));
    await waitFor(() => expect(document.activeElement).toBe(within(person).getByRole('button', { name: 'Remove Åsa Lindqvist' })));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(window.location.search).toBe('?person_id=1');
  });
});

describe('moving an action on the board', () => {
  const moveSelect = (a: Action) => screen.getByRole('combobox', { name: `Move to: ${a.title}` });
  const options = (a: Action) => within(moveSelect(a)).getAllByRole('option').map((o) => o.textContent);

  it('offers only the steps the lifecycle allows from each status', async () => {
    at('/actions');
    const blocked = action({ id: 7, title: 'Blocked one', status: 'blocked' });
    const done = action({ id: 8, title: 'Done one', status: 'done', progress: 100 });
    const dropped = action({ id: 9, title: 'Dropped one', status: 'dropped', dropped_reason: 'No money' });
    const agreed = action({ id: 10, title: 'Agreed one', status: 'agreed' });
    actionsApi('coordinator', [proposed, agreed, overdueAction, blocked, done, dropped]);
    wrap(<ActionBoardPage />);
    await screen.findByRole('region', { name: 'Actions' });
    expect(options(proposed)).toEqual(['Choose…', 'Agreed', 'Dropped']);
    expect(options(agreed)).toEqual(['Choose…', 'In progress', 'Dropped']);
    expect(options(overdueAction)).toEqual(['Choose…', 'Blocked', 'Done', 'Dropped']);
    expect(options(blocked)).toEqual(['Choose…', 'In progress', 'Dropped']);
    expect(options(done)).toEqual(['Choose…', 'Dropped']);
    expect(screen.queryByRole('combobox', { name: `Move to: ${dropped.title}` })).toBeNull();
    // The flags are words.
    const row = screen.getByRole('link', { name: overdueAction.title }).closest('tr')!;
    expect(within(row).getByText('Overdue')).toBeTruthy();
    expect(within(row).getByText('At risk')).toBeTruthy();
  });

  it('moves a card to another column with If-Match, says so and keeps focus on it', async () => {
    at('/actions?view=columns');
    const fetchMock = actionsApi('coordinator', [proposed, overdueAction], (method, url, init) =>
      method === 'POST' && url === '/api/v1/actions/6/updates' ? [200, action({ ...bodyOf([url, init]), version: 4 })] : undefined,
    );
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    const column = await screen.findByRole('region', { name: 'Proposed (1)' });
    await user.selectOptions(within(column).getByRole('combobox', { name: `Move to: ${proposed.title}` }), 'agreed');
    await user.click(within(column).getByRole('button', { name: `Move: ${proposed.title}` }));

    const agreed = await screen.findByRole('region', { name: 'Agreed (1)' });
    expect(within(agreed).getByRole('link', { name: proposed.title })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Proposed (0)' })).toBeTruthy();
    const [post] = calls(fetchMock, 'POST', '/api/v1/actions/6/updates');
    expect(bodyOf(post)).toEqual({ status: 'agreed' });
    expect(header(post, 'If-Match')).toBe('"3"');
    expect(document.getElementById('board-said')!.textContent).toBe(`Moved “${proposed.title}” to Agreed.`);
    await waitFor(() => expect(document.activeElement).toBe(within(agreed).getByRole('combobox', { name: `Move to: ${proposed.title}` })));
    expect(options(action({ status: 'agreed' }))).toEqual(['Choose…', 'In progress', 'Dropped']);
  });

  it('shows the server’s refusal beside the card, with the statuses in words, and a stale version', async () => {
    at('/actions');
    let attempt = 0;
    actionsApi('coordinator', [proposed], (method, url) => {
      if (method !== 'POST' || url !== '/api/v1/actions/6/updates') return undefined;
      attempt += 1;
      return attempt === 1
        ? [422, { status: 422, errors: [fieldError('status', 'cannot_go_from_to', { from: 'proposed', to: 'agreed' })] }]
        : [412, { status: 412 }];
    });
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: `Move to: ${proposed.title}` }), 'agreed');
    await user.click(screen.getByRole('button', { name: `Move: ${proposed.title}` }));
    const row = screen.getByRole('link', { name: proposed.title }).closest('tr')!;
    expect(await within(row).findByText('Status: cannot go from Proposed to Agreed')).toBeTruthy();
    expect(within(row).getByRole('alert')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `Move: ${proposed.title}` }));
    expect(await within(row).findByText(/^Someone else changed this action meanwhile/)).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Load the latest version' })).toBeTruthy();
  });

  it('asks why before dropping, and sends the reason', async () => {
    at('/actions');
    const fetchMock = actionsApi('admin', [proposed], (method, url) =>
      method === 'POST' && url === '/api/v1/actions/6/updates' ? [200, action({ status: 'dropped', dropped_reason: 'Done elsewhere', version: 4 })] : undefined,
    );
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: `Move to: ${proposed.title}` }), 'dropped');
    await user.click(screen.getByRole('button', { name: `Move: ${proposed.title}` }));
    const reason = screen.getByLabelText('Why it is dropped');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)!.textContent).toContain('Say why the action is dropped.');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(calls(fetchMock, 'POST', '/api/v1/actions/6/updates')).toHaveLength(0);
    await user.type(reason, 'Done elsewhere');
    await user.click(screen.getByRole('button', { name: `Move: ${proposed.title}` }));
    await waitFor(() => expect(calls(fetchMock, 'POST', '/api/v1/actions/6/updates')).toHaveLength(1));
    expect(bodyOf(calls(fetchMock, 'POST', '/api/v1/actions/6/updates')[0])).toEqual({ status: 'dropped', dropped_reason: 'Done elsewhere' });
    const row = screen.getByRole('link', { name: proposed.title }).closest('tr')!;
    await waitFor(() => expect(row.querySelector('.action-status')!.textContent).toBe('Dropped'));
    expect(within(row).queryByRole('combobox')).toBeNull();
  });

  it('gives others the control only on their own actions, and coordinators the settings form', async () => {
    at('/actions');
    const fetchMock = actionsApi('observer', [proposed, overdueAction, measuredAction], () => undefined, [overdueAction]);
    const { unmount } = wrap(<ActionBoardPage />);
    await screen.findByRole('region', { name: 'Actions' });
    await waitFor(() => expect(screen.getAllByRole('combobox', { name: /^Move to:/ })).toHaveLength(1));
    expect(moveSelect(overdueAction)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New action' })).toBeNull();
    expect(screen.getByText('An open action counts as stalled when nobody has updated it for 30 days.')).toBeTruthy();
    expect(screen.queryByLabelText(/^Stalled after/)).toBeNull();
    expect(calls(fetchMock, 'GET', '/api/v1/my/actions')).toHaveLength(1);
    unmount();
    vi.restoreAllMocks();

    const coordinator = actionsApi('coordinator', [proposed], (method, url) =>
      method === 'PUT' && url === '/api/v1/action-settings' ? [200, { stalled_after_days: 21, version: 2 }] : undefined,
    );
    wrap(<ActionBoardPage />);
    const user = userEvent.setup();
    const days = await screen.findByLabelText(/^Stalled after this many days/);
    await user.clear(days);
    await user.type(days, '400');
    await user.click(screen.getByRole('button', { name: 'Save the setting' }));
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(calls(coordinator, 'PUT', '/api/v1/action-settings')).toHaveLength(0);
    await user.clear(days);
    await user.type(days, '21');
    await user.click(screen.getByRole('button', { name: 'Save the setting' }));
    expect(await screen.findByText('The setting is saved.')).toBeTruthy();
    const [put] = calls(coordinator, 'PUT', '/api/v1/action-settings');
    expect(bodyOf(put)).toEqual({ stalled_after_days: 21 });
    expect(header(put, 'If-Match')).toBe('"1"');
    expect(screen.getByText('An open action counts as stalled when nobody has updated it for 21 days.')).toBeTruthy();
    expect(calls(coordinator, 'GET', '/api/v1/my/actions')).toHaveLength(0);
  });
});
