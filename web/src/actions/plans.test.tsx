import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { OutcomesPage } from '../events/OutcomesPage';
import { outcome, outcomeList, workshop } from '../events/fixtures';
import { actionsApi, bodyOf, calls, listOf, measuredAction, overdueAction, plan } from './fixtures';
import { MyWorkPage } from './MyWorkPage';
import { PlanPage } from './PlanPage';
import { PlansPage } from './PlansPage';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const events = { items: [{ ...workshop, id: 2, title: 'Policy dialogue' }], total: 1, next: null };

describe('action plans', () => {
  it('lists the plans with their action counts and makes one for an event', async () => {
    const fetchMock = actionsApi('coordinator', [], (method, url, init) => {
      if (url === '/api/v1/events' && method === 'GET') return [200, events];
      if (url === '/api/v1/action-plans' && method === 'POST') return [201, { ...plan, ...bodyOf([url, init]), id: 9, action_count: 0 }];
      return undefined;
    });
    wrap(<PlansPage />);
    const user = userEvent.setup();
    const table = await screen.findByRole('region', { name: 'Action plans' });
    const row = within(table).getByRole('link', { name: 'Access to services' }).closest('tr')!;
    await waitFor(() => expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Access to services', 'The theme Stigma reduction', '2', expect.any(String)]));

    const form = screen.getByRole('region', { name: 'New action plan' });
    await user.type(within(form).getByLabelText(/^Title/), 'Follow-up of the dialogue');
    await user.click(within(form).getByRole('radio', { name: 'An event' }));
    await user.click(within(form).getByRole('button', { name: 'Create the plan' }));
    // No event chosen: said at the field, nothing sent.
    const event = within(form).getByLabelText(/^Event/);
    await waitFor(() => expect(event.getAttribute('aria-invalid')).toBe('true'));
    expect(calls(fetchMock, 'POST', '/api/v1/action-plans')).toHaveLength(0);
    await user.selectOptions(event, '2');
    await user.click(within(form).getByRole('button', { name: 'Create the plan' }));
    await waitFor(() => expect(window.location.pathname).toBe('/action-plans/9'));
    expect(bodyOf(calls(fetchMock, 'POST', '/api/v1/action-plans')[0])).toEqual({ title: 'Follow-up of the dialogue', description: '', theme: null, event_id: 2, group_id: null });
  });

  it('names a follow-up group’s plan by the group, linked to its page', async () => {
    const groupPlan = { ...plan, id: 8, title: 'First contact: next steps', theme: null, group_id: 4, action_count: 0 };
    const unknown = { ...plan, id: 9, title: 'Of a group not listed', theme: null, group_id: 77, action_count: 0 };
    actionsApi('coordinator', [], (method, url) => {
      if (method !== 'GET') return undefined;
      if (url === '/api/v1/action-plans') return [200, { items: [groupPlan, unknown], total: 2, next: null }];
      if (url === '/api/v1/action-plans/8') return [200, groupPlan];
      return undefined;
    });
    const { unmount } = wrap(<PlansPage />);
    const table = await screen.findByRole('region', { name: 'Action plans' });
    const row = within(table).getByRole('link', { name: groupPlan.title }).closest('tr')!;
    const link = await within(row).findByRole('link', { name: 'Working group on first contact' });
    expect(link.getAttribute('href')).toBe('/groups/4');
    expect(row.querySelectorAll('td')[1].textContent).toBe('The follow-up group Working group on first contact');
    // A group the list does not hold still links, by its number.
    const other = within(table).getByRole('link', { name: unknown.title }).closest('tr')!;
    expect(within(other).getByRole('link', { name: 'Group 77' }).getAttribute('href')).toBe('/groups/77');
    unmount();

    wrap(<PlanPage id={8} />, 'sv');
    expect(await screen.findByRole('heading', { level: 1, name: groupPlan.title })).toBeTruthy();
    const owner = (await screen.findByRole('link', { name: 'Working group on first contact' })).closest('dd')!;
    expect(owner.textContent).toBe('Uppföljningsgruppen Working group on first contact');
    expect(within(owner).getByRole('link').getAttribute('href')).toBe('/groups/4');
  });

  it('shows a plan’s actions in the board’s table, asked for by plan_id, and a way to add one', async () => {
    const fetchMock = actionsApi('coordinator', [measuredAction, overdueAction]);
    wrap(<PlanPage id={3} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Access to services' })).toBeTruthy();
    const section = screen.getByRole('region', { name: "The plan's actions" });
    const table = await within(section).findByRole('region', { name: 'Actions' });
    expect(within(table).getAllByRole('link').filter((a) => a.id.endsWith('-title')).map((a) => a.textContent)).toEqual([measuredAction.title, overdueAction.title]);
    expect(calls(fetchMock, 'GET', '/api/v1/actions?plan_id=3')).toHaveLength(1);
    expect(within(section).getByRole('link', { name: /^Open these actions on the board/ }).getAttribute('href')).toBe('/actions?plan_id=3');
    expect(screen.getByRole('link', { name: 'New action in this plan' }).getAttribute('href')).toBe('/actions/new?plan_id=3');
    // It still has actions: no Delete, and a sentence saying why.
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByText('A plan can be deleted once it has no actions.')).toBeTruthy();
  });
});

describe('My work', () => {
  it('lists the caller’s open actions as cards with their flags', async () => {
    fakeApi('participant', (_method, url) => (url === '/api/v1/my/actions' ? [200, listOf([overdueAction])] : undefined));
    wrap(<MyWorkPage />);
    const list = await screen.findByRole('list', { name: 'My work' });
    const card = within(list).getByRole('heading', { level: 2, name: overdueAction.title }).closest('li')!;
    expect(within(card).getByText('Overdue')).toBeTruthy();
    expect(within(card).getByText('In progress')).toBeTruthy();
    expect(within(card).getByRole('link', { name: overdueAction.title }).getAttribute('href')).toBe('/actions/2');
    expect(screen.getByText('Open actions: 1')).toBeTruthy();
  });

  it('says plainly when the account stands for nobody, as far as the role lets the page know', async () => {
    fakeApi('facilitator', (_method, url) => {
      if (url === '/api/v1/my/actions') return [200, listOf([])];
      if (url === '/api/v1/users/directory') return [200, { items: [{ id: 1, name: 'kim', role: 'facilitator', person_id: null }], total: 1, next: null }];
      return undefined;
    });
    const { unmount } = wrap(<MyWorkPage />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your account is not linked to a person' })).toBeTruthy();
    expect(screen.getByText(/An administrator can link your account/)).toBeTruthy();
    unmount();
    vi.restoreAllMocks();

    // A participant may not read the directory: both reasons, in Swedish.
    const participant = fakeApi('participant', (_method, url) => (url === '/api/v1/my/actions' ? [200, listOf([])] : undefined));
    wrap(<MyWorkPage />, 'sv');
    expect(await screen.findByRole('heading', { level: 2, name: 'Inga öppna åtgärder' })).toBeTruthy();
    expect(screen.getByText(/kanske ditt konto inte är kopplat till en person i registret/)).toBeTruthy();
    expect(calls(participant, 'GET', '/api/v1/users/directory')).toHaveLength(0);
  });
});

describe('making an action point an action', () => {
  const point = outcome(13, 2, 'action_point', 'Share the map with the other countries', { owner_organisation_id: 4, owner_name: 'Folkhälsomyndigheten', due_date: '2027-03-01', priority: 'low' });
  const made = outcome(12, 1, 'action_point', 'Propose a shared definition', { owner_organisation_id: 4, owner_name: 'Socialstyrelsen', due_date: '2027-03-01', priority: 'high' });

  function outcomesApi(role: string, promote: () => [number, unknown]) {
    return fakeApi(role, (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      if (url === '/api/v1/events/3/outcomes' && method === 'GET') return [200, outcomeList([made, point])];
      if (url === '/api/v1/actions?event_id=3' && method === 'GET') return [200, listOf([{ ...overdueAction, id: 4, outcome_id: 12, event_id: 3 }])];
      if (url === '/api/v1/events/3/outcomes/13/promote' && method === 'POST') return promote();
      return undefined;
    });
  }

  it('offers coordinators "Make it an action", then links to the new action and moves focus there', async () => {
    const fetchMock = outcomesApi('coordinator', () => [201, { ...overdueAction, id: 8, outcome_id: 13 }]);
    wrap(<OutcomesPage id={3} />);
    const user = userEvent.setup();
    const first = (await screen.findByRole('heading', { name: '1. Action point' })).closest('li')!;
    expect((await within(first).findByRole('link', { name: /^Open the action: 1, Action point: Propose/ })).getAttribute('href')).toBe('/actions/4');
    expect(within(first).queryByRole('button', { name: /^Make it an action/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Make it an action: 2, Action point: Share the map with the other countries' }));
    const link = await screen.findByRole('link', { name: 'Open the action: 2, Action point: Share the map with the other countries' });
    expect(link.getAttribute('href')).toBe('/actions/8');
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(document.getElementById('outcomes-said')!.textContent).toBe('Made into an action: 2, Action point: Share the map with the other countries.');
    expect(calls(fetchMock, 'POST', '/api/v1/events/3/outcomes/13/promote')).toHaveLength(1);
  });

  it('says so when the action point was made an action already (409)', async () => {
    const fetchMock = outcomesApi('admin', () => [409, { status: 409, title: 'Conflict' }]);
    wrap(<OutcomesPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Make it an action: 2/ }));
    expect(await screen.findByText('This action point has already been made an action.')).toBeTruthy();
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/actions?event_id=3')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Make it an action: 2/ })).toBeNull();
  });

  it('offers it to nobody else', async () => {
    const fetchMock = outcomesApi('facilitator', () => [403, { status: 403 }]);
    wrap(<OutcomesPage id={3} />);
    await screen.findByRole('heading', { name: '2. Action point' });
    expect(screen.queryByRole('button', { name: /^Make it an action/ })).toBeNull();
    expect(calls(fetchMock, 'GET', '/api/v1/actions?event_id=3')).toHaveLength(0);
  });
});
