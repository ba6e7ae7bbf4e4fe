import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiError } from '../app/api';
import { fieldError } from '../app/fixtures';
import { AssessmentsSection } from './AssessmentsSection';
import { assessmentInput, emptyScores, isDay } from './assessmentInput';
import { fakeApi, wrap } from '../app/fakeApi';
import { view } from './fixtures';
import { today } from '../app/format';
import type { Assessment } from './types';

afterEach(() => vi.restoreAllMocks());

const noAssessments = (method: string, url: string): [number, unknown] | undefined =>
  method === 'GET' && url.startsWith('/api/v1/assessments?person=5') ? [200, { items: [], view: null }] : undefined;

async function chooseScores(user: ReturnType<typeof userEvent.setup>) {
  for (const [legend, value] of [['Influence', '4'], ['Interest', '5'], ['Attitude', '+1'], ['Legitimacy', '3'], ['Urgency', '2']]) {
    const group = screen.getByRole('group', { name: new RegExp(`^${legend}`) });
    await user.click(within(group).getByRole('radio', { name: value }));
  }
}

describe('the assessment form', () => {
  it('shows the server’s 422 field errors beside their fields and in the summary', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (method === 'POST' && url === '/api/v1/assessments')
        return [422, { status: 422, errors: [fieldError('relevance.stigma_reduction', 'no_theme_with_this_slug'), fieldError('subject_id', 'no_person_with_this_id')] }];
      return noAssessments(method, url);
    });
    wrap(<AssessmentsSection subjectType="person" subjectId={5} />);
    const user = userEvent.setup();
    await screen.findByText('Not assessed yet.');
    await screen.findByLabelText('Stigma reduction');
    await chooseScores(user);
    await user.selectOptions(screen.getByLabelText('Stigma reduction'), '3');
    await user.type(screen.getByLabelText('Rationale'), 'Leads the national working group.');
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));

    const select = screen.getByLabelText('Stigma reduction');
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(select.getAttribute('aria-describedby')!)!.textContent).toContain('no theme has this slug');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: /Relevance: Stigma reduction: no theme has this slug/ }).getAttribute('href')).toBe('#field-relevance.stigma_reduction');
    expect(within(summary).getByRole('link', { name: /Stakeholder: no person has this id/ })).toBeTruthy();

    const body = JSON.parse(fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')![1]!.body as string);
    expect(body).toEqual({
      subject_type: 'person', subject_id: 5, assessed_on: today(), influence: 4, interest: 5, attitude: 1, legitimacy: 3, urgency: 2,
      relevance: { stigma_reduction: 3 }, rationale: 'Leads the national working group.', rationale_special: false,
    });
  });

  it('checks in the browser first: every scale must be chosen, and nothing is sent', async () => {
    const fetchMock = fakeApi('admin', noAssessments);
    wrap(<AssessmentsSection subjectType="person" subjectId={5} />, 'sv');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Spara bedömningen' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(5);
    expect(within(summary).getByRole('link', { name: 'Inflytande: Välj ett värde' }).getAttribute('href')).toBe('#field-influence');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('is not offered to facilitators, who still read the view and the history', async () => {
    const history: Assessment[] = [
      { id: 9, subject_type: 'person', subject_id: 5, assessor_id: 2, assessor_name: 'Kim', assessed_on: '2025-03-01', influence: 4, interest: 3, attitude: -1, legitimacy: 4, urgency: 2, relevance: { stigma_reduction: 2 }, rationale: 'Sets the budget.', created_at: '2025-03-01T10:00:00Z' },
    ];
    fakeApi('facilitator', (_method, url) =>
      url.startsWith('/api/v1/assessments?person=5') ? [200, { items: history, view: view(5, 'Åsa', 72.3, 4, 3, { assessors: 2, range: { influence: 2, interest: 0, attitude: 1, legitimacy: 0, urgency: 0 } }) }] : undefined,
    );
    wrap(<AssessmentsSection subjectType="person" subjectId={5} />);
    expect(await screen.findByText('72.3 – High priority')).toBeTruthy();
    expect(screen.getByText(/latest assessment of each of 2 assessors/)).toBeTruthy();
    const scores = screen.getByRole('region', { name: /Scores/ });
    const influence = within(scores).getByRole('rowheader', { name: 'Influence' }).closest('tr')!;
    expect(within(influence).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4.0', '2.0']);
    const row = within(screen.getByRole('region', { name: 'Assessment history' })).getByText('Sets the budget.').closest('tr')!;
    expect(within(row).getByText('−1')).toBeTruthy();
    expect(await within(row).findByText('Stigma reduction: 2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save assessment' })).toBeNull();
  });
});

describe('assessment values', () => {
  const messages = { choose: 'choose', date: 'date', future: 'future', tooLong: 'long', relevance: 'relevance' };
  const fields = { scores: { influence: 1, interest: 5, attitude: -2, legitimacy: 3, urgency: 3 }, relevance: { a: 0 }, assessed_on: '2025-01-31', rationale: ' why ' };
  const problems = (f: typeof fields) => {
    try {
      assessmentInput('organisation', 3, f, '2025-02-01', messages);
      return {};
    } catch (e) {
      // The browser's own refusals: a message for each field, and no server code.
      return Object.fromEntries(Object.entries((e as ApiError).fieldErrors()).map(([field, problem]) => [field, problem.code ?? problem.message]));
    }
  };
  it('accepts the edges of each scale', () => {
    expect(assessmentInput('organisation', 3, fields, '2025-02-01', messages).rationale).toBe('why');
  });
  it('refuses values outside the scales, unreal and future dates, and long rationales', () => {
    expect(problems({ ...fields, scores: { ...fields.scores, attitude: 3 } })).toEqual({ attitude: 'choose' });
    expect(problems({ ...fields, relevance: { a: 4 } })).toEqual({ 'relevance.a': 'relevance' });
    expect(problems({ ...fields, assessed_on: '2025-02-30' })).toEqual({ assessed_on: 'date' });
    expect(problems({ ...fields, assessed_on: '2025-02-02' })).toEqual({ assessed_on: 'future' });
    expect(problems({ ...fields, rationale: 'å'.repeat(2001) })).toEqual({ rationale: 'long' });
    expect(problems({ ...fields, scores: { ...emptyScores, interest: 5, attitude: 0, legitimacy: 3, urgency: 3 } as typeof fields.scores })).toEqual({ influence: 'choose' });
  });
  it('knows real days and never defaults to a day the server thinks is tomorrow', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-1-01')).toBe(false);
    expect(today(new Date('2025-06-01T12:00:00Z')) <= '2025-06-01').toBe(true);
  });
});
