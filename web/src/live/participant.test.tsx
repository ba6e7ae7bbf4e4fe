import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../app/fakeApi';
import { I18nProvider, type Lang } from '../i18n/i18n';
import { ParticipantPage } from './ParticipantPage';
import type { ActivityState, LiveState } from './types';

// A socket that never opens: the page keeps up over HTTP, which the fake fetch answers.
class ClosedSocket {
  onopen = null;
  onmessage = null;
  onerror = null;
  onclose: ((e: unknown) => void) | null = null;
  constructor() {
    setTimeout(() => this.onclose?.({}), 0);
  }
  send() {}
  close() {}
}

beforeEach(() => vi.stubGlobal('WebSocket', ClosedSocket));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

const session = { id: 3, title: 'Workshop on first contact', event_id: 5, event_title: 'Workshop', code: 'ABC234', status: 'open' as const, seq: 4, created_by: '', created_at: '', closed_at: null, version: 1 };

const poll: ActivityState = {
  id: 11,
  kind: 'poll',
  title: 'Where should we start?',
  poll_type: 'single',
  options: ['Schools', 'Primary care'],
  budget: null,
  seconds: null,
  about_lived_experience: false,
  hold_results: false,
  status: 'open',
  position: 1,
  opened_at: '2025-01-01T10:00:00Z',
  closed_at: null,
  version: 1,
  inputs: [],
  results: { respondents: 2, withheld: 'fewer_than_3' },
  my_answer: {},
};

const state = (activities: ActivityState[]): LiveState => ({ session, participants: 4, activities });

function open(search: string, lang: Lang = 'en') {
  window.history.replaceState(null, '', `/live${search}`);
  return render(
    <I18nProvider lang={lang}>
      <ParticipantPage />
    </I18nProvider>,
  );
}

const headers = (init: RequestInit | undefined) => (init?.headers ?? {}) as Record<string, string>;

describe('the participant page', () => {
  it('says beside the code that a wrong code opens nothing, in the reader’s language', async () => {
    const fetchMock = fakeApi('participant', (method, url) =>
      method === 'POST' && url === '/api/v1/live/join' ? [404, { status: 404, code: 'live_code_not_valid', detail: 'This code does not open a session.' }] : undefined,
    );
    open('?code=zzz999', 'sv');
    const code = screen.getByLabelText(/^Kod/);
    expect((code as HTMLInputElement).value).toBe('zzz999');
    await userEvent.click(screen.getByRole('button', { name: 'Gå med' }));
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('field-code-error')?.textContent).toContain('Koden öppnar ingen session.');
    const [, init] = fetchMock.mock.calls.find(([u]) => u === '/api/v1/live/join')!;
    expect(headers(init)['Accept-Language']).toBe('sv');
    // Anonymous by default: no name is sent when none is given.
    expect(JSON.parse(String(init?.body))).toEqual({ code: 'zzz999' });
  });

  it('joins, shows the open poll, sends the answer with the token, and rejoins after a reload', async () => {
    let answered = false;
    const fetchMock = fakeApi('participant', (method, url) => {
      if (method === 'POST' && url === '/api/v1/live/join') return [200, { participant_token: 'tok', participant_id: 1, attendance_recorded: false, state: state([poll]) }];
      if (url === '/api/v1/live/me') return [200, state([answered ? { ...poll, my_answer: { choices: [1] } } : poll])];
      if (url.startsWith('/api/v1/live/me/changes')) return [200, { seq: 4, complete: true, changes: [] }];
      if (method === 'POST' && url === '/api/v1/live/me/answers') {
        answered = true;
        return [200, { ...poll, my_answer: { choices: [1] }, results: { respondents: 3, counts: [1, 2] } }];
      }
      return undefined;
    });
    const { unmount } = open('?code=ABC234');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Where should we start?' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Workshop on first contact' })).toBeTruthy();
    expect(screen.getByText('Results are shown when at least three people have answered.')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Primary care'));
    await userEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText('Your answer is recorded. You can change it while the question is open.')).toBeTruthy();
    const [, init] = fetchMock.mock.calls.find(([u]) => u === '/api/v1/live/me/answers')!;
    expect(headers(init)['X-Live-Token']).toBe('tok');
    expect(JSON.parse(String(init?.body))).toEqual({ activity_id: 11, choices: [1] });
    // The results came with the answer: a table with the numbers written out.
    const table = screen.getByRole('table', { name: /Answers: Where should we start\?/ });
    expect(within(table).getByRole('row', { name: /Primary care 2 \(67 %\)/ })).toBeTruthy();
    unmount();

    const joins = fetchMock.mock.calls.filter(([u]) => u === '/api/v1/live/join').length;
    open('?code=abc234');
    expect(await screen.findByRole('heading', { level: 2, name: 'Where should we start?' })).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([u]) => u === '/api/v1/live/join').length).toBe(joins);
    expect(screen.getByRole('button', { name: 'Change my answer' })).toBeTruthy();
  });

  it('joins with the personal link and says whether attendance was recorded', async () => {
    const fetchMock = fakeApi('participant', (method, url) => {
      if (method === 'POST' && url === '/api/v1/live/join') return [200, { participant_token: 'tok', participant_id: 1, attendance_recorded: true, state: state([]) }];
      if (url === '/api/v1/live/me') return [200, state([])];
      if (url.startsWith('/api/v1/live/me/changes')) return [200, { seq: 4, complete: true, changes: [] }];
      return undefined;
    });
    // The RSVP page sends the link's token in the fragment; the page takes it out of the address.
    open('?code=ABC234#rsvp-secret');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?code=ABC234');
    expect(screen.getByText(/You join with your personal invitation link/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('You joined with your invitation: your attendance at the event is recorded.')).toBeTruthy();
    expect(screen.getByText('Waiting for the facilitator to open the first activity …')).toBeTruthy();
    const [, init] = fetchMock.mock.calls.find(([u]) => u === '/api/v1/live/join')!;
    expect(JSON.parse(String(init?.body))).toEqual({ code: 'ABC234', rsvp_token: 'rsvp-secret' });
    // The link's token is used once and forgotten.
    expect(sessionStorage.getItem('samla.live.rsvp')).toBeNull();
  });

  it('forgets a personal link the server refuses, says so, and joins without it on the next try', async () => {
    const fetchMock = fakeApi('participant', (method, url, init) => {
      if (method === 'POST' && url === '/api/v1/live/join') {
        const body = JSON.parse(String(init?.body));
        if (body.rsvp_token) return [422, { status: 422, errors: [{ field: 'rsvp_token', message: 'is for another event.' }] }];
        return [200, { participant_token: 'tok', participant_id: 1, attendance_recorded: false, state: state([]) }];
      }
      if (url === '/api/v1/live/me') return [200, state([])];
      if (url.startsWith('/api/v1/live/me/changes')) return [200, { seq: 4, complete: true, changes: [] }];
      return undefined;
    });
    open('?code=ABC234#rsvp-secret', 'sv');
    await userEvent.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(await screen.findByText(/Du kan ändå gå med utan den: tryck på Gå med igen/)).toBeTruthy();
    expect(sessionStorage.getItem('samla.live.rsvp')).toBeNull();
    expect(screen.queryByText(/Du går med via din personliga inbjudningslänk/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(await screen.findByText('Väntar på att samtalsledaren öppnar den första aktiviteten …')).toBeTruthy();
    const bodies = fetchMock.mock.calls.filter(([u]) => u === '/api/v1/live/join').map(([, i]) => JSON.parse(String(i?.body)));
    expect(bodies).toEqual([{ code: 'ABC234', rsvp_token: 'rsvp-secret' }, { code: 'ABC234' }]);
  });

  it('shows an idea’s error beside the field', async () => {
    const ideas: ActivityState = { ...poll, id: 12, kind: 'ideas', poll_type: null, options: [], title: 'Ideas?', results: { respondents: 0, per_input: [] } };
    fakeApi('participant', (method, url) => {
      if (url === '/api/v1/live/me') return [200, state([ideas])];
      if (url.startsWith('/api/v1/live/me/changes')) return [200, { seq: 4, complete: true, changes: [] }];
      if (method === 'POST' && url === '/api/v1/live/me/inputs')
        return [422, { status: 422, errors: [{ field: 'text', code: 'max_characters', params: { max: '500' }, message: 'must be at most 500 characters' }] }];
      return undefined;
    });
    sessionStorage.setItem('samla.live.participant', JSON.stringify({ code: 'ABC234', token: 'tok', attendance: null }));
    open('');
    const field = await screen.findByLabelText('Your idea or question');
    await userEvent.type(field, 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(document.getElementById('field-text-error')?.textContent).toContain('must be at most 500 characters'));
  });
});
