import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap, type Handler } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import type { EvaluationForm, EvaluationItem } from '../app/schema';
import { contactResult, evaluationForm, evaluationResults, understandResult } from './evaluationFixtures';
import { EvaluationPage } from './EvaluationPage';
import { workshop } from './fixtures';
import type { Event } from './types';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

// What the test adds, else the event, its form and its results.
function evaluationApi(role: string, form: EvaluationForm, more: Handler = () => undefined, event: Event = workshop) {
  return fakeApi(role, (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (url === '/api/v1/events/3' && method === 'GET') return [200, event];
    if (url === '/api/v1/events/3/evaluation' && method === 'GET') return [200, form];
    if (url.startsWith('/api/v1/events/3/evaluation/results') && method === 'GET') return [200, evaluationResults({ answered_before: 0, answered_after: 0, answered_both: 0 })];
    return undefined;
  });
}

const held: Event = { ...workshop, status: 'held' };
const calls = (fetchMock: ReturnType<typeof fakeApi>, method: string, url: string) => fetchMock.mock.calls.filter(([u, init]) => String(u) === url && (init?.method ?? 'GET') === method);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the evaluation form builder', () => {
  it('adds, moves and edits items, then saves them with If-Match', async () => {
    const fetchMock = evaluationApi('coordinator', evaluationForm(), (method, url, init) => {
      if (url !== '/api/v1/events/3/evaluation' || method !== 'PUT') return undefined;
      const items: EvaluationItem[] = JSON.parse(init!.body as string).items;
      return [200, evaluationForm({ items: items.map((i) => ({ ...i, id: i.id ?? 4 })), customised: true, version: 1, updated_at: '2026-12-01T10:00:00Z', updated_by: 'kim' })];
    });
    wrap(<EvaluationPage id={3} />);
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'Statement 1 (answered on the scale 1–5)' });
    expect(screen.getByText('This event uses the standard form.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const added = screen.getByRole('group', { name: 'Question 4 (answered in words)' });
    await waitFor(() => expect(document.activeElement).toBe(within(added).getByLabelText(/^In Swedish/)));
    await user.keyboard('Vad tar du med dig?');
    await user.type(within(added).getByLabelText(/^In English/), 'What do you take away?');
    await user.click(within(added).getByRole('button', { name: 'Move up: Question 4' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: Question 3' })));

    const first = screen.getByRole('group', { name: 'Statement 1 (answered on the scale 1–5)' });
    await user.clear(within(first).getByLabelText(/^In English/));
    await user.type(within(first).getByLabelText(/^In English/), 'I understand the policies.');
    await user.click(screen.getByRole('button', { name: 'Save the form' }));

    await screen.findByText('The form is saved.');
    const [put] = calls(fetchMock, 'PUT', '/api/v1/events/3/evaluation');
    expect((put[1]!.headers as Record<string, string>)['If-Match']).toBe('"0"');
    expect(JSON.parse(put[1]!.body as string).items).toEqual([
      { id: 1, kind: 'scale', text_sv: 'Jag förstår temats politik.', text_en: 'I understand the policies.' },
      { id: 2, kind: 'scale', text_sv: 'Jag vet vem jag kan kontakta.', text_en: 'I know whom to contact.' },
      { kind: 'text', text_sv: 'Vad tar du med dig?', text_en: 'What do you take away?' },
      { id: 3, kind: 'text', text_sv: 'Vill du berätta något mer?', text_en: 'Anything else?' },
    ]);
    expect(screen.getByText(/^Changed for this event .* by kim\.$/)).toBeTruthy();
  });

  it('shows the server’s field errors beside their fields and in the summary', async () => {
    evaluationApi('facilitator', evaluationForm({ version: 2, customised: true }), (method, url) =>
      url === '/api/v1/events/3/evaluation' && method === 'PUT' ? [422, { status: 422, errors: [fieldError('items[1].text_en', 'not_empty'), fieldError('items', 'needs_a_scale_item')] }] : undefined,
    );
    wrap(<EvaluationPage id={3} />);
    const user = userEvent.setup();
    const second = await screen.findByRole('group', { name: 'Statement 2 (answered on the scale 1–5)' });
    await user.clear(within(second).getByLabelText(/^In English/));
    await user.click(screen.getByRole('button', { name: 'Save the form' }));

    const link = await screen.findByRole('link', { name: 'Statement 2, In English: must not be empty' });
    expect(link.getAttribute('href')).toBe('#field-items[1].text_en');
    const field = within(second).getByLabelText(/^In English/);
    expect(field.id).toBe('field-items[1].text_en');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toContain('must not be empty');
    expect(document.getElementById('field-items')!.textContent).toContain('needs at least one statement rated on the scale');
    expect(screen.getByRole('link', { name: 'Statements and questions: needs at least one statement rated on the scale' })).toBeTruthy();
  });

  it('shows the form read-only, saying why, once answers have come in', async () => {
    evaluationApi('coordinator', evaluationForm({ answers: 26 }));
    wrap(<EvaluationPage id={3} />);
    expect(await screen.findByText(/^The form can no longer change: answers have come in \(26\)/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Question 3 (answered in words)' })).toBeTruthy();
    expect(screen.getByText('Vill du berätta något mer?').getAttribute('lang')).toBe('sv');
    expect(screen.queryByRole('button', { name: 'Save the form' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('the evaluation results', () => {
  const withResults = (role: string, event: Event, more: Handler = () => undefined) =>
    evaluationApi(role, evaluationForm({ answers: 26 }), (method, url, init) => {
      const own = more(method, url, init);
      if (own) return own;
      if (url === '/api/v1/events/3/evaluation/results' && method === 'GET') return [200, evaluationResults()];
      return undefined;
    }, event);

  it('gives each statement a chart with its text alternative and a table of the same figures', async () => {
    withResults('coordinator', held);
    wrap(<EvaluationPage id={3} />);
    const chart = await screen.findByRole('img', { name: 'Answers before and after: I understand the policy landscape.' });
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Before, 13 answers: 0 answered 1, 4 answered 2, 4 answered 3, 5 answered 4, 0 answered 5. ' +
        'After, 13 answers: 1 answered 1, 2 answered 2, 4 answered 3, 4 answered 4, 2 answered 5.',
    );
    const table = screen.getByRole('table', { name: 'Figures for “I understand the policy landscape.”' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Measure', 'Before', 'After', 'Change']);
    const row = (name: string | RegExp) => within(table).getByRole('row', { name });
    expect(cells(row(/^People who answered/))).toEqual(['13', '13', '11']);
    expect(cells(row(/^Mean/))).toEqual(['3.08', '3.31', '+0.55']);
    expect(cells(row(/^Median/))).toEqual(['3', '3.5', '+1']);
    expect(cells(row(/^Answered 4 /))).toEqual(['5', '4', '–']);
    expect(cells(row(/^Answered 5 \(agree completely\)/))).toEqual(['0', '2', '–']);
    expect(cells(row(/^Higher after/))).toEqual(['–', '–', '6']);
    expect(cells(row(/^p-value/))).toEqual(['–', '–', '0.107']);
    const contact = screen.getByRole('table', { name: 'Figures for “I know whom to contact.”' });
    expect(cells(within(contact).getByRole('row', { name: /^p-value/ }))[2]).toBe('not computed: fewer than 6 people with a change');

    const summary = screen.getByText('Invited').closest('div')!;
    expect(summary.textContent).toBe('Invited20');
    const texts = screen.getByRole('list', { name: 'Written answers to “Anything else?”' });
    expect(within(texts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['More time in groups, please.', 'I hope to meet the regions.']);
  });

  it('breaks the results down by country on a button, and says how many small groups are withheld', async () => {
    const fetchMock = withResults('coordinator', held, (_method, url) =>
      url === '/api/v1/events/3/evaluation/results?by=country'
        ? [200, evaluationResults({ by: 'country', groups: [{ group: 'SE', people: 15, items: [understandResult, contactResult] }], small_groups: 2 })]
        : undefined,
    );
    wrap(<EvaluationPage id={3} />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Break down by'), 'country');
    expect(calls(fetchMock, 'GET', '/api/v1/events/3/evaluation/results?by=country')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Show' }));

    const table = await screen.findByRole('table', { name: 'Sweden: 15 people' });
    expect(window.location.search).toBe('?by=country');
    expect(cells(within(table).getByRole('row', { name: /^I understand the policy landscape\./ }))).toEqual(['3.08 (13 answers)', '3.31 (13 answers)', '+0.55 (11 answers)', '0.107']);
    expect(screen.getByText('Groups shown: 1. Groups with fewer than 5 people, not shown: 2.').getAttribute('role')).toBe('status');
  });

  it('asks those who came for the after form and says how many messages were queued', async () => {
    const fetchMock = withResults('facilitator', held, (method, url) => (url === '/api/v1/events/3/evaluation/follow-ups' && method === 'POST' ? [200, { queued: 4 }] : undefined));
    wrap(<EvaluationPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send the after form' }));
    expect(await screen.findByText(/^Messages with the after form in the outbox: 4\./)).toBeTruthy();
    expect(calls(fetchMock, 'POST', '/api/v1/events/3/evaluation/follow-ups')).toHaveLength(1);
  });

  it('writes numbers the Swedish way in Swedish', async () => {
    withResults('coordinator', held);
    wrap(<EvaluationPage id={3} />, 'sv');
    const table = await screen.findByRole('table', { name: 'Siffror för ”Jag förstår temats politik.”' });
    expect(cells(within(table).getByRole('row', { name: /^Medelvärde/ }))).toEqual(['3,08', '3,31', '+0,55']);
    expect(cells(within(table).getByRole('row', { name: /^p-värde/ }))[2]).toBe('0,107');
  });

  it('tells an observer in a sentence that the evaluation comes once the event is held', async () => {
    evaluationApi('observer', evaluationForm(), (_method, url) => (url.startsWith('/api/v1/events/3/evaluation') ? [403, { status: 403, title: 'Forbidden' }] : undefined));
    wrap(<EvaluationPage id={3} />);
    expect(await screen.findByText('The evaluation can be read once the event has been held.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send the after form' })).toBeNull();
  });
});
