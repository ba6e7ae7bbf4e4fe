import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { OutboxPage } from './OutboxPage';
import type { OutboxMessage } from './types';

afterEach(() => vi.restoreAllMocks());

const message = (id: number, kind: OutboxMessage['kind'], subject: string, language = 'en'): OutboxMessage => ({
  id,
  kind,
  subject,
  language,
  body: `Hello,\n\n${subject}\n`,
  to_name: `Person ${id}`,
  to_email: `person${id}@example.org`,
  event_id: kind === 'invitation' ? 3 : null,
  invitation_id: kind === 'invitation' ? 10 + id : null,
  status: 'queued',
  sent_at: null,
  error: null,
  created_at: '2027-01-11T06:00:00Z',
});

const outbox = {
  items: [message(3, 'reminder', 'samla: due in 3 days'), message(2, 'digest', 'samla: dina åtgärder vecka 2', 'sv'), message(1, 'invitation', 'Invitation: Workshop')],
  total: 3,
  next: null,
};

describe('the outbox', () => {
  it('says what kind each message is: invitation, weekly summary or reminder', async () => {
    fakeApi('coordinator', (_method, url) => (url === '/api/v1/outbox' ? [200, outbox] : undefined));
    wrap(<OutboxPage />);
    const user = userEvent.setup();
    const table = await screen.findByRole('region', { name: 'Outbox' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Recipient', 'Subject', 'Kind', 'Language', 'Status', 'Written']);
    const kinds = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2].textContent);
    expect(kinds).toEqual(['Reminder', 'Weekly summary', 'Invitation']);
    expect(screen.getByText(/^The messages samla has written \(invitations, and the weekly summaries and reminders about actions\)/)).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'Show message to Person 2' }));
    expect(table.querySelector('pre')!.textContent).toContain('samla: dina åtgärder vecka 2');
  });

  it('names the kinds in Swedish', async () => {
    fakeApi('coordinator', (_method, url) => (url === '/api/v1/outbox' ? [200, outbox] : undefined));
    wrap(<OutboxPage />, 'sv');
    const table = await screen.findByRole('region', { name: 'Utkorg' });
    expect(within(table).getByRole('columnheader', { name: 'Slag' })).toBeTruthy();
    const kinds = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2].textContent);
    expect(kinds).toEqual(['Påminnelse', 'Veckosammanfattning', 'Inbjudan']);
  });
});
