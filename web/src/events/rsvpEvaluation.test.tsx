import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, type Handler } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import type { ParticipantEvaluation } from '../app/schema';
import { I18nProvider } from '../i18n/i18n';
import { participantEvaluation } from './evaluationFixtures';
import { rsvp } from './fixtures';
import { RsvpPage } from './RsvpPage';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

// The RSVP page with its invitation (in `language`), the evaluation as given, and what the test adds.
function open(evaluation: ParticipantEvaluation, more: Handler = () => undefined, language: 'sv' | 'en' = 'en') {
  const fetchMock = fakeApi('participant', (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (url === '/api/v1/rsvp' && method === 'GET') return [200, { ...rsvp, language }];
    if (url === '/api/v1/rsvp/evaluation' && method === 'GET') return [200, evaluation];
    return undefined;
  });
  window.history.replaceState(null, '', '/rsvp#tok');
  render(
    <I18nProvider lang="en">
      <RsvpPage />
    </I18nProvider>,
  );
  return fetchMock;
}

const posts = (fetchMock: ReturnType<typeof fakeApi>) => fetchMock.mock.calls.filter(([u, init]) => u === '/api/v1/rsvp/evaluation' && init?.method === 'POST');

describe('the evaluation on the RSVP page', () => {
  it('rates statements 1–5 and answers a question, sends them with the token and thanks', async () => {
    const fetchMock = open(participantEvaluation(), (method, url) => (url === '/api/v1/rsvp/evaluation' && method === 'POST' ? [201, participantEvaluation({ answered_before: true })] : undefined));
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 2, name: 'Before the event: a few questions' });
    expect(screen.getByText(/^Your answers are never shown with your name\./)).toBeTruthy();
    const understand = screen.getByRole('group', { name: 'I understand the policy landscape.' });
    // The ends of the scale are named in words.
    expect(within(understand).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['1 Do not agree at all', '2', '3', '4', '5 Agree completely']);
    await user.click(within(understand).getByRole('radio', { name: '4' }));
    await user.click(within(screen.getByRole('group', { name: 'I know whom to contact.' })).getByRole('radio', { name: '5 Agree completely' }));
    await user.type(screen.getByLabelText('Anything else?'), 'Looking forward to it.');
    await user.click(screen.getByRole('button', { name: 'Send these answers' }));

    const thanks = await screen.findByRole('heading', { name: 'Thank you – your answers are saved' });
    await waitFor(() => expect(document.activeElement).toBe(thanks));
    expect(screen.getByText('You have answered the questions before the event.')).toBeTruthy();
    expect(screen.getByText('After the event you will get a link to answer the same questions again.')).toBeTruthy();
    const [[, init]] = posts(fetchMock);
    expect((init!.headers as Record<string, string>)['X-RSVP-Token']).toBe('tok');
    expect(JSON.parse(init!.body as string)).toEqual({
      phase: 'before',
      answers: [
        { item_id: 1, rating: 4 },
        { item_id: 2, rating: 5 },
        { item_id: 3, text: 'Looking forward to it.' },
      ],
    });
    // The invitation's own answer is still there above.
    expect(screen.getByRole('button', { name: 'Send my answer' })).toBeTruthy();
  });

  it('shows the server’s refusal of a rating beside that statement', async () => {
    const fetchMock = open(participantEvaluation({ open_phase: 'after', answered_before: true }), (method, url) =>
      url === '/api/v1/rsvp/evaluation' && method === 'POST' ? [422, { status: 422, errors: [fieldError('answers[0].rating', 'whole_number_range', { min: '1', max: '5' })] }] : undefined,
    );
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 2, name: 'After the event: a few questions' });
    const contact = screen.getByRole('group', { name: 'I know whom to contact.' });
    await user.click(within(contact).getByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Send these answers' }));

    // answers[0] is the first item sent: the second statement, as the first was left out.
    const message = 'must be a whole number from 1 to 5';
    const link = await screen.findByRole('link', { name: `I know whom to contact.: ${message}` });
    expect(link.getAttribute('href')).toBe('#field-item-2');
    expect(contact.id).toBe('field-item-2');
    expect(document.getElementById(contact.getAttribute('aria-describedby')!)!.textContent).toContain(message);
    expect(JSON.parse(posts(fetchMock)[0][1]!.body as string)).toEqual({ phase: 'after', answers: [{ item_id: 2, rating: 3 }] });
  });

  it('asks for at least one answer without sending an empty form', async () => {
    const fetchMock = open(participantEvaluation());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send these answers' }));
    expect(await screen.findByRole('link', { name: 'Your answers: Answer at least one question.' })).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);
  });

  it('speaks the invitation’s language', async () => {
    open(participantEvaluation({ language: 'sv', open_phase: 'after' }), () => undefined, 'sv');
    const group = await screen.findByRole('group', { name: 'Jag förstår temats politik.' });
    expect(within(group).getByRole('radio', { name: '1 Stämmer inte alls' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skicka de här svaren' })).toBeTruthy();
  });

  it('says the phase was answered instead of showing the form again', async () => {
    open(participantEvaluation({ answered_before: true }));
    expect(await screen.findByText('You have answered the questions before the event.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send these answers' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'I understand the policy landscape.' })).toBeNull();
  });

  it('shows nothing when no phase is open and nothing was answered', async () => {
    open(participantEvaluation({ open_phase: null }));
    await screen.findByRole('button', { name: 'Send my answer' });
    await waitFor(() => expect(screen.queryByText(/Loading/)).toBeNull());
    expect(screen.queryByRole('heading', { name: /a few questions|Questions about the event/ })).toBeNull();
  });
});
