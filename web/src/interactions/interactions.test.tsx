import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { ContactHistory } from './ContactHistory';
import { ContactsPage } from './ContactsPage';
import type { Interaction } from './interactionsApi';

afterEach(() => vi.restoreAllMocks());

const call: Interaction = {
  id: 5, programme_id: 1, person_id: 9, person_name: 'Karin Kontakt', organisation_id: null, organisation_name: null, day: '2026-11-02', channel: 'call',
  by: 'Programme secretariat', summary: 'Agreed to host the workshop.', summary_special: false, summary_hidden: false, follow_up_on: '2026-11-10', followed_up: false,
  created_by: 'kim', created_at: '2026-11-02T10:00:00Z', updated_at: '2026-11-02T10:00:00Z', version: 1,
};

function api(role: string, item: Interaction = call) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  fakeApi(role, (method, url, init) => {
    if (method === 'GET' && url.startsWith('/api/v1/interactions?')) return [200, { items: [item], total: 1, next: null }];
    if (method !== 'GET' && url.startsWith('/api/v1/interactions')) {
      const body = JSON.parse(String(init?.body));
      sent.push({ method, url, body });
      if (method === 'POST' && !body.day) return [422, { status: 422, title: 'Unprocessable Content', errors: [{ field: 'day', code: 'required', params: {}, message: 'is required' }] }];
      return [method === 'POST' ? 201 : 200, { ...item, ...body, version: item.version + 1 }];
    }
    return undefined;
  });
  return sent;
}

describe('the contact history', () => {
  it('shows a late follow-up in words and lets a coordinator mark it done and record a contact', async () => {
    const sent = api('coordinator');
    wrap(<ContactHistory subject={{ kind: 'organisation', id: 3, name: 'Region Norr' }} />);
    const table = await screen.findByRole('region', { name: 'Contact history' });
    const row = within(table).getByRole('row', { name: /Karin Kontakt/ });
    expect(within(row).getByText(/^Late: was due/)).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: /^Mark the follow-up of .* done$/ }));
    expect(sent[0]).toMatchObject({ method: 'PATCH', url: '/api/v1/interactions/5', body: { followed_up: true } });

    const form = screen.getByRole('form', { name: 'Record a contact' });
    await userEvent.selectOptions(within(form).getByLabelText('How'), 'E-mail');
    await userEvent.type(within(form).getByLabelText(/^What was said/), 'Sent the programme plan.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the contact' }));
    await within(form).findByText('The contact is saved.');
    expect(sent[1].body).toMatchObject({ organisation_id: 3, channel: 'email', summary: 'Sent the programme plan.', follow_up_on: null });
  });

  it('tells an observer that a summary is kept from them, and offers no form', async () => {
    api('observer', { ...call, summary: '', summary_hidden: true, followed_up: true });
    wrap(<ContactHistory subject={{ kind: 'person', id: 9, name: 'Karin Kontakt' }} />);
    await screen.findByText('Only those who may read notes about people see this.');
    expect(screen.getByText(/^Done \(/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Record a contact' })).toBeNull();
  });
});

describe('the contacts page', () => {
  it('finds contacts by words, lists the follow-ups due by today and links each to whom it was with', async () => {
    const asked: string[] = [];
    fakeApi('coordinator', (method, url) => {
      if (method === 'GET' && url.startsWith('/api/v1/interactions?')) {
        asked.push(url);
        return [200, { items: [call], total: 1, next: null }];
      }
      return undefined;
    });
    window.history.pushState({}, '', '/contacts');
    wrap(<ContactsPage />);
    const table = await screen.findByRole('region', { name: 'Contacts' });
    expect(within(table).getByRole('link', { name: 'Karin Kontakt' }).getAttribute('href')).toBe('/people/9');
    const search = screen.getByRole('search', { name: 'Search the contacts' });
    await userEvent.type(within(search).getByLabelText('Words'), 'workshop');
    await userEvent.click(within(search).getByLabelText('Only follow-ups due by today'));
    await userEvent.click(within(search).getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('1 follow-ups due');
    const last = new URL(asked[asked.length - 1], 'http://x').searchParams;
    expect(last.get('q')).toBe('workshop');
    expect(last.get('follow_up_by')).toBe(new Date().toISOString().slice(0, 10));
  });

  it('searches one person’s history from their page and says when nothing matches', async () => {
    fakeApi('observer', (method, url) => {
      if (method === 'GET' && url.startsWith('/api/v1/interactions?')) return [200, { items: url.includes('q=') ? [] : [call], total: 1, next: null }];
      return undefined;
    });
    wrap(<ContactHistory subject={{ kind: 'person', id: 9, name: 'Karin Kontakt' }} />, 'sv');
    const search = await screen.findByRole('search', { name: 'Sök i kontakthistoriken för Karin Kontakt' });
    await userEvent.type(within(search).getByLabelText('Ord'), 'budget');
    await userEvent.click(within(search).getByRole('button', { name: 'Sök' }));
    await screen.findByText('Ingen kontakt stämmer med ”budget”.');
  });
});
