import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap, type Handler } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { outcome, outcomeList, workshop } from './fixtures';
import { OutcomesPage } from './OutcomesPage';
import type { Outcome } from './types';

afterEach(() => vi.restoreAllMocks());

const first = outcome(11, 1, 'key_insight', 'Gaps in first contact', { status: 'agreed' });
const second = outcome(12, 2, 'decision', 'Two workstreams');
const third = outcome(13, 3, 'action_point', 'Map the first-contact routes', {
  owner_organisation_id: 4, owner_name: 'Folkhälsomyndigheten', due_date: '2027-03-01', priority: 'high',
});

// What the test adds, else the event and its outcomes.
function outcomesApi(role: string, items: Outcome[], more: Handler = () => undefined) {
  return fakeApi(role, (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
    if (url === '/api/v1/events/3/outcomes' && method === 'GET') return [200, outcomeList(items)];
    return undefined;
  });
}

const bodyOf = (fetchMock: ReturnType<typeof fakeApi>, method: string, url: string) =>
  fetchMock.mock.calls.filter(([u, init]) => String(u) === url && init?.method === method).map(([, init]) => JSON.parse(init!.body as string));

describe('the outcomes page', () => {
  it('adds an item with Enter, keeps focus in the text for the next one and says so', async () => {
    const fetchMock = outcomesApi('facilitator', [first], (method, url, init) => {
      if (url !== '/api/v1/events/3/outcomes' || method !== 'POST') return undefined;
      const body = JSON.parse(init!.body as string);
      return [201, outcome(20, 2, body.kind, body.text)];
    });
    wrap(<OutcomesPage id={3} />);
    const user = userEvent.setup();
    const text = await screen.findByLabelText(/^Text/);
    await user.click(text);
    // Shift+Enter is a new line, not a submission.
    await user.keyboard('Agreed on{Shift>}{Enter}{/Shift}two workstreams');
    expect((text as HTMLTextAreaElement).value).toBe('Agreed on\ntwo workstreams');
    // Alt+3 chooses the third kind without leaving the text.
    await user.keyboard('{Alt>}3{/Alt}');
    expect((screen.getByRole('radio', { name: /^Decision/ }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(text);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: '2. Decision' })).toBeTruthy();
    expect(bodyOf(fetchMock, 'POST', '/api/v1/events/3/outcomes')).toEqual([{ kind: 'decision', text: 'Agreed on\ntwo workstreams' }]);
    expect(document.getElementById('outcomes-said')!.textContent).toBe('Added: Decision 2.');
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect((text as HTMLTextAreaElement).value).toBe('');
    // The kind stays chosen for the next item.
    expect((screen.getByRole('radio', { name: /^Decision/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows an action point’s missing owner at the owner field', async () => {
    const fetchMock = outcomesApi('coordinator', [first], (method, url) => {
      if (url !== '/api/v1/events/3/outcomes' || method !== 'POST') return undefined;
      return [422, { status: 422, errors: [fieldError('owner_person_id', 'action_point_owner'), fieldError('due_date', 'required'), fieldError('priority', 'required')] }];
    });
    wrap(<OutcomesPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /^Action point/ }));
    await user.type(screen.getByLabelText(/^Text/), 'Invite user organisations{Enter}');

    const owner = await screen.findByRole('group', { name: /^Owner/ });
    const message = 'an action point needs an owner: a person or an organisation';
    expect(document.getElementById(owner.getAttribute('aria-describedby')!)!.textContent).toContain(message);
    expect(screen.getByLabelText(/^Due date/).getAttribute('aria-invalid')).toBe('true');
    const link = screen.getByRole('link', { name: `Owner: ${message}` });
    expect(link.getAttribute('href')).toBe('#field-owner');
    expect(owner.id).toBe('field-owner');
    expect(bodyOf(fetchMock, 'POST', '/api/v1/events/3/outcomes')).toEqual([{ kind: 'action_point', text: 'Invite user organisations' }]);
  });

  it('moves an item down by sending every id in the new order, keeping focus on it', async () => {
    const fetchMock = outcomesApi('coordinator', [first, second, third], (method, url, init) => {
      if (url !== '/api/v1/events/3/outcomes/order' || method !== 'POST') return undefined;
      const byId = new Map([first, second, third].map((o) => [o.id, o]));
      const ids: number[] = JSON.parse(init!.body as string).ids;
      return [200, outcomeList(ids.map((id, i) => ({ ...byId.get(id)!, position: i + 1 })))];
    });
    wrap(<OutcomesPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Move down: 1, Key insight: Gaps in first contact' }));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: 2, Key insight: Gaps in first contact' })));
    expect(bodyOf(fetchMock, 'POST', '/api/v1/events/3/outcomes/order')).toEqual([{ ids: [12, 11, 13] }]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['1. Decision', '2. Key insight', '3. Action point']);
    expect(document.getElementById('outcomes-said')!.textContent).toBe('Moved to position 2.');
  });

  it('marks a draft as agreed with If-Match and shows an action point’s owner, due date and priority', async () => {
    const fetchMock = outcomesApi('coordinator', [third], (method, url) => {
      if (url === '/api/v1/events/3/outcomes/13' && method === 'PATCH') return [200, { ...third, status: 'agreed', version: 2 }];
      return undefined;
    });
    wrap(<OutcomesPage id={3} />);
    const user = userEvent.setup();
    const item = (await screen.findByRole('heading', { name: '1. Action point' })).closest('li')!;
    expect(within(item).getByText('Folkhälsomyndigheten')).toBeTruthy();
    expect(within(item).getByText('High')).toBeTruthy();
    expect(within(item).getByText('1 Mar 2027')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: /^Mark as agreed/ }));
    await waitFor(() => expect(within(item).getByText('Agreed')).toBeTruthy());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: '1. Action point' })));
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(JSON.parse(patch[1]!.body as string)).toEqual({ status: 'agreed' });
    expect((patch[1]!.headers as Record<string, string>)['If-Match']).toBe('"1"');
  });

  it('tells an observer in a sentence that outcomes come once the event is held', async () => {
    outcomesApi('observer', [], (method, url) =>
      url === '/api/v1/events/3/outcomes' && method === 'GET' ? [403, { status: 403, title: 'Forbidden' }] : undefined,
    );
    wrap(<OutcomesPage id={3} />, 'sv');
    expect(await screen.findByText('Resultaten kan läsas när evenemanget har hållits.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Lägg till ett resultat' })).toBeNull();
  });
});
