import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { CheckInPage } from './CheckInPage';
import { invitation, invitationList, workshop } from './fixtures';
import { InvitationsPage } from './InvitationsPage';
import { PersonEventsSection } from './PersonEventsSection';

afterEach(() => vi.restoreAllMocks());

const open = { ...workshop, status: 'open_for_invitations' as const };
const items = [
  invitation(1, 'Aino Mäkelä', 'accepted', { interpretation_language: 'sv', access_needs: 'Wheelchair space', responded_at: '2026-11-21T10:00:00Z' }),
  invitation(2, 'Bo Ek', 'declined'),
  invitation(3, 'Chiara Bellini', 'proposed', { waitlist_for: 2 }),
  invitation(4, 'Dan Berg', 'proposed', { email: null }),
  invitation(5, 'Eva Ström', 'invited', { version: 7 }),
];

describe('the invitation tracker', () => {
  it('shows answers, the waitlist and access needs to a coordinator, and hides the needs from a facilitator', async () => {
    fakeApi('coordinator', (_m, url) => (url === '/api/v1/events/3' ? [200, open] : url.startsWith('/api/v1/events/3/invitations') ? [200, invitationList(items)] : undefined));
    const { unmount } = wrap(<InvitationsPage id={3} />);
    const aino = (await screen.findByRole('link', { name: 'Aino Mäkelä' })).closest('tr')!;
    expect(aino.textContent).toContain('Accepted');
    expect(aino.textContent).toContain('Swedish');
    expect(aino.textContent).toContain('Wheelchair space');
    const chiara = screen.getByRole('link', { name: 'Chiara Bellini' }).closest('tr')!;
    expect(chiara.textContent).toContain('Waitlist: in place of Bo Ek');
    expect(screen.getByRole('link', { name: 'Dan Berg' }).closest('tr')!.textContent).toContain('No e-mail address');
    expect(screen.getByText('Invitations: 5')).toBeTruthy();
    expect(within(aino).getByRole('link', { name: 'Calendar file for Aino Mäkelä' }).getAttribute('href')).toBe('/api/v1/invitations/1/calendar.ics');
    unmount();
    vi.restoreAllMocks();

    const hidden = items.map((i) => ({ ...i, access_needs: null, access_needs_hidden: true }));
    fakeApi('facilitator', (_m, url) => (url === '/api/v1/events/3' ? [200, open] : url.startsWith('/api/v1/events/3/invitations') ? [200, invitationList(hidden)] : undefined));
    wrap(<InvitationsPage id={3} />);
    const row = (await screen.findByRole('link', { name: 'Aino Mäkelä' })).closest('tr')!;
    expect(row.textContent).toContain('Hidden (only coordinators see access needs)');
    expect(row.textContent).not.toContain('Wheelchair');
  });

  it('sends the picked proposals and names those left out without an e-mail address', async () => {
    const fetchMock = fakeApi('facilitator', (method, url, init) => {
      if (url === '/api/v1/events/3') return [200, open];
      if (method === 'POST' && url === '/api/v1/events/3/invitations/send') {
        const ids = JSON.parse(init!.body as string).invitation_ids;
        if (ids.includes(4)) return [200, { ...invitationList([]), sent: 0, skipped: [{ invitation_id: 4, name: 'Dan Berg', reason: 'no_email' }] }];
        return [200, { ...invitationList([items[2]]), sent: 1, skipped: [] }];
      }
      if (url.startsWith('/api/v1/events/3/invitations')) return [200, invitationList(items)];
      return undefined;
    });
    wrap(<InvitationsPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Pick Dan Berg for sending' }));
    // Evidence of attendance, for planners: the sheet and the page to print.
    expect(screen.getByRole('link', { name: 'XLSX' }).getAttribute('href')).toBe('/api/v1/events/3/attendance?format=xlsx&lang=en');
    expect(screen.getByRole('link', { name: /^Sign-in sheet to print/ }).getAttribute('href')).toBe('/api/v1/events/3/sign-in-sheet?lang=en');
    await user.click(screen.getByRole('button', { name: 'Send the picked (1)' }));
    expect(await screen.findByText(/0 invitations sent/)).toBeTruthy();
    expect(screen.getByText(/Not sent, for want of an e-mail address: Dan Berg/)).toBeTruthy();
    await user.click(await screen.findByRole('checkbox', { name: 'Pick Chiara Bellini for sending' }));
    await user.click(screen.getByRole('button', { name: 'Send the picked (1)' }));
    expect(await screen.findByText(/1 invitations sent/)).toBeTruthy();
    const sends = fetchMock.mock.calls.filter(([u]) => u === '/api/v1/events/3/invitations/send');
    expect(JSON.parse(sends[1][1]!.body as string)).toEqual({ invitation_ids: [3] });
  });

  it('records an answer given by phone with the invitation’s version as If-Match', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (url === '/api/v1/events/3') return [200, open];
      if (method === 'POST' && url === '/api/v1/invitations/5/transitions') return [200, { ...items[4], status: 'tentative', version: 8 }];
      if (url.startsWith('/api/v1/events/3/invitations')) return [200, invitationList(items)];
      return undefined;
    });
    wrap(<InvitationsPage id={3} />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('New status for Eva Ström'), 'tentative');
    await user.click(screen.getByRole('button', { name: 'Record the new status for Eva Ström' }));
    expect(await screen.findByText('Eva Ström: Tentative.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([u]) => u === '/api/v1/invitations/5/transitions')!;
    expect((post[1]!.headers as Record<string, string>)['If-Match']).toBe('"7"');
    expect(JSON.parse(post[1]!.body as string)).toEqual({ to: 'tentative' });
  });
});

describe('check-in', () => {
  it('finds people by name, marks them and moves on to the next one still to check in', async () => {
    const fetchMock = fakeApi('facilitator', (method, url) => {
      if (url === '/api/v1/events/3') return [200, open];
      if (method === 'POST' && url === '/api/v1/invitations/1/transitions') return [200, { ...items[0], status: 'attended', version: 3 }];
      if (url.startsWith('/api/v1/events/3/invitations')) return [200, invitationList(items)];
      return undefined;
    });
    wrap(<CheckInPage id={3} />);
    const user = userEvent.setup();
    // Declined and proposed people are not on the check-in list.
    await screen.findByRole('button', { name: 'Attended: Aino Mäkelä' });
    expect(screen.queryByText('Bo Ek')).toBeNull();
    expect(screen.queryByText('Chiara Bellini')).toBeNull();
    await user.type(screen.getByLabelText('Find by name or organisation'), 'ström');
    expect(screen.queryByRole('button', { name: 'Attended: Aino Mäkelä' })).toBeNull();
    await user.clear(screen.getByLabelText('Find by name or organisation'));
    await user.click(screen.getByRole('button', { name: 'Attended: Aino Mäkelä' }));
    expect(await screen.findByText('Aino Mäkelä: Attended.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Attended: Eva Ström' })));
    expect(screen.queryByRole('button', { name: 'Attended: Aino Mäkelä' })).toBeNull();
    const post = fetchMock.mock.calls.find(([u]) => u === '/api/v1/invitations/1/transitions')!;
    expect((post[1]!.headers as Record<string, string>)['If-Match']).toBe('"2"');
  });
});

describe('a person’s events', () => {
  it('lists the events they were asked to, with their invitation, each a link', async () => {
    fakeApi('observer', (_method, url) =>
      url === '/api/v1/people/12/events'
        ? [200, { items: [{ event_id: 3, title: 'Kickoff', type: 'kickoff', starts_at: '2027-03-02T09:00', time_zone: 'Europe/Stockholm', event_status: 'open_for_invitations', invitation_id: 40, invitation_status: 'accepted', checked_in_at: null }], total: 1, next: null }]
        : undefined,
    );
    wrap(<PersonEventsSection personId={12} />);
    const link = await screen.findByRole('link', { name: 'Kickoff' });
    expect(link.getAttribute('href')).toBe('/events/3');
    expect(link.closest('tr')!.textContent).toContain('Accepted');
  });
});
