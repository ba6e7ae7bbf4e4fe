import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { bodyOf, calls, header } from '../actions/fixtures';
import { MyWorkPage } from '../actions/MyWorkPage';
import { GroupFormPage } from './GroupFormPage';
import { GroupPage } from './GroupPage';
import { GroupsPage } from './GroupsPage';
import { group, groupsApi, meeting } from './fixtures';
import { today } from './groupVocabulary';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const directory = (personId: number | null) => [200, { items: [{ id: 1, name: 'kim', role: 'facilitator', person_id: personId }], total: 1, next: null }] as [number, unknown];

describe('the groups list', () => {
  it('names each group’s kind and lead, counts the members now (not former ones) and the meetings', async () => {
    groupsApi('coordinator');
    wrap(<GroupsPage />);
    const table = await screen.findByRole('region', { name: 'Follow-up groups' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['Campaign: talk about it', 'Advocacy campaign', 'Åsa Lindqvist', '1', '0'],
      ['Working group on first contact', 'Working group', 'Anna Berg', '3', '3'],
    ]);
    expect(within(table).getByRole('link', { name: 'Working group on first contact' }).getAttribute('href')).toBe('/groups/4');
    expect(screen.getByRole('link', { name: 'New group' }).getAttribute('href')).toBe('/groups/new');
    expect(screen.getByText('Groups: 2')).toBeTruthy();
  });

  it('offers observers no new group, and speaks Swedish', async () => {
    groupsApi('observer');
    wrap(<GroupsPage />, 'sv');
    const table = await screen.findByRole('region', { name: 'Uppföljningsgrupper' });
    expect(within(table).getByText('Arbetsgrupp')).toBeTruthy();
    expect(within(table).getByText('Påverkanskampanj')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ny grupp' })).toBeNull();
  });
});

describe('a group’s page', () => {
  it('shows its facts, members (former ones apart), deliverables in words, meetings with links, and its plans and actions', async () => {
    const fetchMock = groupsApi('coordinator');
    wrap(<GroupPage id={4} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Working group on first contact' })).toBeTruthy();
    expect(screen.getByText('Working group')).toBeTruthy();
    expect(within(document.querySelector<HTMLElement>('dl.details')!).getByRole('link', { name: 'Anna Berg' }).getAttribute('href')).toBe('/people/11');

    const members = screen.getByRole('region', { name: 'Members' });
    const current = within(members).getByRole('region', { name: 'Current members (3)' });
    expect(within(current).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(0, 2).map((c) => c.textContent))).toEqual([
      ['Anna Berg', 'Chair'],
      ['Erik Svensson', 'Secretariat'],
      ['Åsa Lindqvist', 'Member'],
    ]);
    expect(within(current).getAllByText('Still a member')).toHaveLength(3);
    const former = within(members).getByRole('region', { name: 'Former members' });
    expect(within(former).getByRole('link', { name: 'Lars Nilsson' })).toBeTruthy();
    expect(within(former).getByText('1 Nov 2026')).toBeTruthy();

    const deliverables = screen.getByRole('region', { name: 'Deliverables' });
    expect(within(deliverables).getAllByRole('row').slice(1).map((r) => r.lastElementChild!.textContent)).toEqual(['In progress', 'Planned']);

    const meetings = screen.getByRole('region', { name: 'Meetings' });
    const planned = await within(meetings).findByRole('list', { name: 'Planned meetings' });
    expect(within(planned).getByRole('link', { name: 'Working group on first contact: meeting 3' }).getAttribute('href')).toBe('/events/33');
    const held = within(meetings).getByRole('list', { name: 'Held meetings' });
    // The latest held meeting first.
    expect(within(held).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Working group on first contact: meeting 2', 'Working group on first contact: meeting 1']);
    expect(within(held).getByRole('link', { name: 'Invitations and attendance: Working group on first contact: meeting 1' }).getAttribute('href')).toBe('/events/31/invitations');
    expect(within(held).getByRole('link', { name: 'Check-in: Working group on first contact: meeting 1' }).getAttribute('href')).toBe('/events/31/check-in');
    expect(within(meetings).getByText('Meetings held: 2. Planned: 1.')).toBeTruthy();

    // Only this group's plan, and the actions asked for by group_id.
    const plans = screen.getByRole('region', { name: "The group's action plans" });
    expect((await within(plans).findByRole('link', { name: 'First contact: next steps' })).getAttribute('href')).toBe('/action-plans/8');
    expect(within(plans).queryByText('Another group’s plan')).toBeNull();
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/actions?group_id=4')).toHaveLength(1));
    expect(await within(screen.getByRole('region', { name: "The group's actions" })).findByText('The group has no actions yet.')).toBeTruthy();

    // A coordinator edits it; it has a plan, so it is not deleted, and the page says why.
    expect(screen.getByRole('link', { name: 'Edit the group' }).getAttribute('href')).toBe('/groups/4/edit');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByText('A group can be deleted once it has no action plans.')).toBeTruthy();
  });

  it('plans a meeting: an event of type group meeting, its errors at its fields, then a link to it', async () => {
    let attempt = 0;
    const fetchMock = groupsApi('coordinator', (method, url, init) => {
      if (method !== 'POST' || url !== '/api/v1/groups/4/meetings') return undefined;
      attempt += 1;
      if (attempt === 1) return [422, { status: 422, errors: [fieldError('ends_at', 'after_the_start')] }];
      return [201, { ...meeting(34, 4, '2099-02-10', 'draft'), ...bodyOf([url, init]) }];
    });
    wrap(<GroupPage id={4} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Plan a meeting' });
    expect((within(form).getByLabelText(/^Title/) as HTMLInputElement).value).toBe('Working group on first contact: meeting 4');
    fireEvent.change(within(form).getByLabelText(/^Starts/), { target: { value: '2099-02-10T10:00' } });
    fireEvent.change(within(form).getByLabelText(/^Ends/), { target: { value: '2099-02-10T09:00' } });
    await user.type(within(form).getByLabelText(/^Meeting link/), 'https://meet.example.org/x');
    await user.click(within(form).getByRole('button', { name: 'Plan the meeting' }));

    const ends = within(form).getByLabelText(/^Ends/);
    await waitFor(() => expect(ends.getAttribute('aria-invalid')).toBe('true'));
    expect(ends.id).toBe('field-meeting.ends_at');
    expect(within(form).getByRole('link', { name: 'Ends: must be after the start' }).getAttribute('href')).toBe('#field-meeting.ends_at');
    expect(bodyOf(calls(fetchMock, 'POST', '/api/v1/groups/4/meetings')[0])).toEqual({
      type: 'group_meeting',
      title: 'Working group on first contact: meeting 4',
      format: 'online',
      venue: null,
      link: 'https://meet.example.org/x',
      starts_at: '2099-02-10T10:00',
      ends_at: '2099-02-10T09:00',
      time_zone: 'Europe/Stockholm',
      capacity: 4,
    });

    fireEvent.change(ends, { target: { value: '2099-02-10T12:00' } });
    await user.click(within(form).getByRole('button', { name: 'Plan the meeting' }));
    const link = await screen.findByRole('link', { name: 'Working group on first contact: meeting 4' });
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(link.getAttribute('href')).toBe('/events/34');
    expect(link.closest('[role="status"]')).toBeTruthy();
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/groups/4/meetings')).toHaveLength(2));
    expect(calls(fetchMock, 'GET', '/api/v1/groups/4').length).toBeGreaterThanOrEqual(2);
  });

  it('says plainly when the server refuses the meeting (not the lead)', async () => {
    groupsApi('observer', (method, url) => (method === 'POST' && url === '/api/v1/groups/4/meetings' ? [403, { status: 403 }] : undefined));
    wrap(<GroupPage id={4} />);
    const user = userEvent.setup();
    // An observer may be the lead: the page cannot tell, and says so.
    expect(await screen.findByText(/Coordinators and the group's lead may change the group/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    const form = screen.getByRole('region', { name: 'Plan a meeting' });
    fireEvent.change(within(form).getByLabelText(/^Starts/), { target: { value: '2099-02-10T10:00' } });
    fireEvent.change(within(form).getByLabelText(/^Ends/), { target: { value: '2099-02-10T12:00' } });
    await user.click(within(form).getByRole('button', { name: 'Plan the meeting' }));
    expect(await within(form).findByText("Only coordinators and the group's lead may plan its meetings.")).toBeTruthy();
  });

  it('tells a facilitator who is not the lead that there is nothing to manage, and one who is the lead what they may do', async () => {
    groupsApi('facilitator', (_m, url) => (url === '/api/v1/users/directory' ? directory(12) : undefined));
    const { unmount } = wrap(<GroupPage id={4} />);
    await screen.findByRole('heading', { level: 1, name: 'Working group on first contact' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Plan a meeting' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Edit the group' })).toBeNull();
    unmount();
    vi.restoreAllMocks();

    groupsApi('facilitator', (_m, url) => (url === '/api/v1/users/directory' ? directory(11) : undefined));
    wrap(<GroupPage id={4} />);
    expect(await screen.findByRole('link', { name: 'Edit the group' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Plan a meeting' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});

describe('the group form', () => {
  it('writes the group whole with If-Match: members with the new one, deliverables keeping their ids; errors by path', async () => {
    let attempt = 0;
    const fetchMock = groupsApi('coordinator', (method, url, init) => {
      if (method !== 'PUT' || url !== '/api/v1/groups/4') return undefined;
      attempt += 1;
      if (attempt === 1)
        return [422, { status: 422, errors: [fieldError('members[4].to_date', 'not_before_from'), fieldError('members[2].person_id', 'already_member'), fieldError('deliverables[2].title', 'required')] }];
      return [200, { ...group, ...bodyOf([url, init]), version: 8 }];
    });
    wrap(<GroupFormPage id={4} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit: Working group on first contact' })).toBeTruthy();
    // The lead is chosen, and a coordinator may change it.
    expect(screen.getByRole('button', { name: 'Change Anna Berg' })).toBeTruthy();
    // A former member is shown as such.
    expect(screen.getByRole('group', { name: 'Member 4: Lars Nilsson (former member)' })).toBeTruthy();

    const add = screen.getByRole('group', { name: 'Add a member' });
    await user.type(within(add).getByLabelText('Find a person by name'), 'a{Enter}');
    // Lars left, so he may come back; Maria is new.
    expect(await within(add).findByRole('button', { name: 'Add Lars Nilsson' })).toBeTruthy();
    await user.click(within(add).getByRole('button', { name: 'Add Maria Karlsson' }));
    const role = screen.getByLabelText('Role', { selector: '[id="field-members[4].role"]' });
    await waitFor(() => expect(document.activeElement).toBe(role));
    await user.selectOptions(role, 'secretariat');
    fireEvent.change(screen.getByLabelText(/^Until/, { selector: '[id="field-members[4].to_date"]' }), { target: { value: '2020-01-01' } });

    await user.click(screen.getByRole('button', { name: 'Add a deliverable' }));
    const newTitle = document.getElementById('field-deliverables[2].title')!;
    await waitFor(() => expect(document.activeElement).toBe(newTitle));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // Each error beside its field, the person's at the member's row, and in the summary.
    await waitFor(() => expect(document.getElementById('field-members[4].to_date')!.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Member 5 (Maria Karlsson): Until: must not be before the start date' }).getAttribute('href')).toBe('#field-members[4].to_date');
    expect(screen.getByRole('link', { name: 'Member 3: Åsa Lindqvist: is already a member for part of these dates' }).getAttribute('href')).toBe('#field-members[2]');
    expect(within(document.getElementById('field-members[2]')!).getByText(/is already a member for part of these dates/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Deliverable 3: Deliverable: is required' }).getAttribute('href')).toBe('#field-deliverables[2].title');
    expect(newTitle.getAttribute('aria-invalid')).toBe('true');

    const put = calls(fetchMock, 'PUT', '/api/v1/groups/4');
    expect(header(put[0], 'If-Match')).toBe('"7"');
    const sent = bodyOf(put[0]);
    expect(sent.members).toEqual([
      { person_id: 11, role: 'chair', from_date: '2026-10-01', to_date: null },
      { person_id: 12, role: 'secretariat', from_date: '2026-10-01', to_date: null },
      { person_id: 13, role: 'member', from_date: '2026-10-01', to_date: null },
      { person_id: 14, role: 'member', from_date: '2026-10-01', to_date: '2026-11-01' },
      { person_id: 15, role: 'secretariat', from_date: today(), to_date: '2020-01-01' },
    ]);
    expect(sent.deliverables).toEqual([
      { id: 21, title: 'A map of the first-contact routes', due_date: '2026-11-20', status: 'in_progress' },
      { id: 22, title: 'Recommendations to the steering group', due_date: '2027-04-01', status: 'planned' },
      { title: '', due_date: null, status: 'planned' },
    ]);
    expect(sent).toMatchObject({ kind: 'working_group', name: 'Working group on first contact', lead_person_id: 11, themes: ['stigma_reduction'], start_date: '2026-10-01' });
    expect(sent).not.toHaveProperty('lead_name');

    fireEvent.change(document.getElementById('field-members[4].to_date')!, { target: { value: '' } });
    await user.type(newTitle, 'Final report');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.pathname).toBe('/groups/4'));
    const second = bodyOf(calls(fetchMock, 'PUT', '/api/v1/groups/4')[1]);
    expect(second.deliverables[2]).toEqual({ title: 'Final report', due_date: null, status: 'planned' });
    expect(second.members[4].to_date).toBeNull();
  });

  it('says when someone else saved first (412) and loads their version', async () => {
    const fetchMock = groupsApi('coordinator', (method, url) => (method === 'PUT' && url === '/api/v1/groups/4' ? [412, { status: 412 }] : undefined));
    wrap(<GroupFormPage id={4} />);
    const user = userEvent.setup();
    const name = await screen.findByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'First contact');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Someone else changed this record while you were editing it/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Load the latest version/ }));
    await waitFor(() => expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe('Working group on first contact'));
    expect(calls(fetchMock, 'GET', '/api/v1/groups/4')).toHaveLength(2);
  });

  it('makes a group with POST, its lead found by name', async () => {
    const fetchMock = groupsApi('admin', (method, url, init) => (method === 'POST' && url === '/api/v1/groups' ? [201, { ...group, ...bodyOf([url, init]), id: 9, version: 1 }] : undefined));
    wrap(<GroupFormPage />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Task force on waiting times');
    await user.selectOptions(screen.getByLabelText(/^Kind/), 'task_force');
    const lead = screen.getByRole('group', { name: 'Lead' });
    await user.type(within(lead).getByLabelText('Find a person by name'), 'Maria{Enter}');
    await user.click(await within(lead).findByRole('button', { name: 'Choose Maria Karlsson' }));
    await waitFor(() => expect(document.activeElement).toBe(within(lead).getByRole('button', { name: 'Change Maria Karlsson' })));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.pathname).toBe('/groups/9'));
    const post = calls(fetchMock, 'POST', '/api/v1/groups');
    expect(header(post[0], 'If-Match')).toBeUndefined();
    expect(bodyOf(post[0])).toEqual({
      kind: 'task_force',
      name: 'Task force on waiting times',
      objective: '',
      mandate: '',
      lead_person_id: 15,
      themes: [],
      start_date: null,
      end_date: null,
      members: [],
      deliverables: [],
    });
  });

  it('lets the lead change the group but not who leads it', async () => {
    groupsApi('facilitator', (_m, url) => (url === '/api/v1/users/directory' ? directory(11) : undefined));
    wrap(<GroupFormPage id={4} />);
    expect(await screen.findByText('Only a coordinator hands the lead to someone else.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change Anna Berg' })).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Lead' })).getByText('Anna Berg')).toBeTruthy();
  });
});

describe('the calendar feed on My work', () => {
  it('shows the new address once, in full, and revokes it after asking', async () => {
    const fetchMock = fakeApi('participant', (method, url) => {
      if (url === '/api/v1/my/actions') return [200, { items: [], total: 0, next: null }];
      if (url === '/api/v1/my/calendar' && method === 'POST') return [201, { path: '/api/v1/calendar/s3cret.ics' }];
      if (url === '/api/v1/my/calendar' && method === 'DELETE') return [204, null];
      return undefined;
    });
    wrap(<MyWorkPage />);
    const user = userEvent.setup();
    const feed = await screen.findByRole('region', { name: 'Calendar feed' });
    expect(within(feed).getByText(/Anyone who has the address sees your due dates and meetings/)).toBeTruthy();
    await user.click(within(feed).getByRole('button', { name: 'Make a calendar address' }));
    const address = (await within(feed).findByLabelText('Your calendar address')) as HTMLInputElement;
    expect(address.value).toBe(`${window.location.origin}/api/v1/calendar/s3cret.ics`);
    await waitFor(() => expect(document.activeElement).toBe(address));
    expect(within(feed).getByRole('button', { name: 'Copy the address' })).toBeTruthy();
    expect(within(feed).getByRole('button', { name: 'Make a new address (the old one stops working)' })).toBeTruthy();
    expect(calls(fetchMock, 'POST', '/api/v1/my/calendar')).toHaveLength(1);

    await user.click(within(feed).getByRole('button', { name: 'Revoke the address' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the calendar address?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke the address' }));
    expect(await within(feed).findByText('The calendar address no longer works.')).toBeTruthy();
    expect(within(feed).queryByLabelText('Your calendar address')).toBeNull();
    expect(calls(fetchMock, 'DELETE', '/api/v1/my/calendar')).toHaveLength(1);
  });
});
