import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../app/fakeApi';
import { App } from '../app/App';
import { fieldError } from '../app/fixtures';
import { I18nProvider } from '../i18n/i18n';
import { rsvp } from './fixtures';
import { RsvpPage } from './RsvpPage';
import { secretFromHash as tokenFromHash } from '../app/linkSecret';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

function open(hash: string) {
  window.history.replaceState(null, '', `/rsvp${hash}`);
  return render(
    <I18nProvider lang="en">
      <RsvpPage />
    </I18nProvider>,
  );
}

const header = (init: RequestInit | undefined) => (init?.headers as Record<string, string>)['X-RSVP-Token'];

describe('the RSVP page', () => {
  it('reads the token from the fragment, sends it as a header and speaks the invitation’s language', async () => {
    const fetchMock = fakeApi('participant', (_m, url) => (url === '/api/v1/rsvp' ? [200, rsvp] : undefined));
    open('#abc-123_XYZ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inbjudan: Workshop: co-produced stigma reduction' })).toBeTruthy();
    const [url, init] = fetchMock.mock.calls.find(([u]) => u === '/api/v1/rsvp')!;
    expect(url).toBe('/api/v1/rsvp');
    expect(header(init)).toBe('abc-123_XYZ');
    // Never the session: the page is public.
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/session'))).toBe(false);
    expect(screen.getByText(/tisdag 16 februari 2027, 10:00–16:00 \(Europe\/Stockholm\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /byt språk till svenska|English/ })).toBeTruthy();
    expect(tokenFromHash('#a%2Bb')).toBe('a+b');
  });

  it('is a public route of the app: no session, no logged-in shell', async () => {
    const fetchMock = fakeApi('admin', (_m, url) => (url === '/api/v1/rsvp' ? [200, { ...rsvp, language: 'en' }] : undefined));
    window.history.replaceState(null, '', '/rsvp#tok');
    render(<App />);
    expect(await screen.findByText('Hello Aino Mäkelä, you are invited. Please let us know whether you can take part.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Log out' })).toBeNull();
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/session'))).toBe(false);
  });

  it('says plainly when the link is wrong or missing', async () => {
    fakeApi('participant', (_m, url) => (url === '/api/v1/rsvp' ? [404, { status: 404, detail: 'This RSVP link is not valid (any more).' }] : undefined));
    const { unmount } = open('#replaced');
    expect((await screen.findByRole('alert')).textContent).toContain('This link does not work.');
    unmount();
    const fetchMock = fakeApi('participant');
    open('');
    expect((await screen.findByRole('alert')).textContent).toContain('needs the personal link');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps access needs only with consent, then confirms the answer', async () => {
    const fetchMock = fakeApi('participant', (method, url, init) => {
      if (url !== '/api/v1/rsvp') return undefined;
      if (method === 'GET') return [200, { ...rsvp, language: 'en' }];
      const body = JSON.parse(init!.body as string);
      return [200, { ...rsvp, language: 'en', status: body.response, attendance_mode: body.attendance_mode ?? null, interpretation_language: body.interpretation_language, access_needs: body.access_needs, comment: body.comment }];
    });
    open('#tok');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Yes, I will take part' }));
    await user.selectOptions(screen.getByLabelText(/^Interpretation/), 'sv');
    await user.type(screen.getByLabelText(/^Access needs/), 'Wheelchair space');
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    const consentGroup = await screen.findByRole('group', { name: 'Consent to keep your access needs' });
    await waitFor(() => expect(consentGroup.textContent).toContain('Tick the box'));
    // The workshop is hybrid: whoever comes says how, and is told so beside the question.
    const modeGroup = screen.getByRole('group', { name: /How will you take part/ });
    expect(modeGroup.textContent).toContain('Say whether you will come in person or take part online.');
    // Nothing sent but the question whether the event has a live session open.
    expect(fetchMock.mock.calls.some(([url, init]) => init?.method === 'POST' && url !== '/api/v1/live/find')).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'In person' }));
    await user.click(screen.getByRole('checkbox', { name: /I agree that my access needs are kept/ }));
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    const thanks = await screen.findByRole('heading', { name: 'Thank you – your answer is saved' });
    await waitFor(() => expect(document.activeElement).toBe(thanks));
    expect(screen.getByText('You answered: Yes, I will take part.')).toBeTruthy();
    expect(screen.getByText('Interpretation into Swedish.')).toBeTruthy();
    expect(screen.getByText('You will take part in person.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url, init]) => init?.method === 'POST' && url === '/api/v1/rsvp')!;
    expect(header(post[1])).toBe('tok');
    expect(JSON.parse(post[1]!.body as string)).toEqual({ response: 'accepted', attendance_mode: 'in_person', interpretation_language: 'sv', comment: '', access_needs: 'Wheelchair space', access_needs_consent: true });

    // Changing the answer while the event is open: the form again, with the answer filled in.
    await user.click(screen.getByRole('button', { name: 'Change my answer' }));
    expect((screen.getByRole('radio', { name: 'Yes, I will take part' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows the server’s refusal of access needs beside the consent box', async () => {
    fakeApi('participant', (method, url) => {
      if (url !== '/api/v1/rsvp') return undefined;
      if (method === 'GET') return [200, { ...rsvp, language: 'en' }];
      return [422, { status: 422, errors: [fieldError('access_needs_consent', 'access_needs_consent')] }];
    });
    open('#tok');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Maybe' }));
    await user.click(screen.getByRole('radio', { name: 'Online, through the link' }));
    await user.type(screen.getByLabelText(/^Access needs/), 'Quiet room');
    await user.click(screen.getByRole('checkbox', { name: /I agree/ }));
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByRole('link', { name: /Consent to keep your access needs: must be given/ })).toBeTruthy();
  });
});

describe('the live session of the invitation’s event', () => {
  it('is offered when one is open, and joined with the link’s token in the fragment', async () => {
    const fetchMock = fakeApi('participant', (method, url) => {
      if (url === '/api/v1/rsvp') return [200, { ...rsvp, language: 'en' }];
      if (method === 'POST' && url === '/api/v1/live/find') return [200, { sessions: [{ id: 3, title: 'Morning session', code: 'ABC234' }] }];
      return undefined;
    });
    open('#tok');
    await userEvent.click(await screen.findByRole('button', { name: 'Join the live session' }));
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/live?code=ABC234#tok');
    const [, init] = fetchMock.mock.calls.find(([u]) => u === '/api/v1/live/find')!;
    expect(JSON.parse(String(init?.body))).toEqual({ rsvp_token: 'tok' });
  });

  it('is not offered when none is open', async () => {
    fakeApi('participant', (method, url) => {
      if (url === '/api/v1/rsvp') return [200, { ...rsvp, language: 'en' }];
      if (method === 'POST' && url === '/api/v1/live/find') return [200, { sessions: [] }];
      return undefined;
    });
    open('#tok');
    await screen.findByText(/^Hello /);
    expect(screen.queryByRole('heading', { name: 'Live session now' })).toBeNull();
  });
});

describe('server messages of the events API in Swedish', () => {
  it('are worded from their codes and parameters', async () => {
    const { serverMessage } = await import('../i18n/i18n');
    expect(serverMessage('sv', fieldError('agenda[0].time', 'time_format'))).toBe('måste skrivas TT:MM');
    expect(serverMessage('sv', fieldError('invitation_ids', 'has_no_email', { name: 'Ragnhild Solberg' }))).toBe('Ragnhild Solberg saknar e-postadress');
    expect(serverMessage('sv', fieldError('themes', 'no_validated_lesson', { themes: 'stigma_reduction' }))).toBe('ingen validerad lärdom ännu för: stigma_reduction');
    expect(serverMessage('sv', fieldError('access_needs_consent', 'access_needs_consent'))).toMatch(/^måste ges/);
  });

  it('shows the organisers’ words and the reply-by day, and asks no way of taking part of one who declines', async () => {
    const fetchMock = fakeApi('participant', (method, url) => {
      if (url !== '/api/v1/rsvp') return undefined;
      if (method === 'GET') return [200, { ...rsvp, language: 'sv', event: { ...rsvp.event, invitation_text: 'Vi vill höra från dig.', reply_by: '2027-02-05' } }];
      return [200, { ...rsvp, language: 'sv', status: 'declined' }];
    });
    open('#tok');
    const user = userEvent.setup();
    expect(await screen.findByText('Vi vill höra från dig.')).toBeTruthy();
    expect(screen.getByText('Svara senast fredag 5 februari 2027.')).toBeTruthy();
    expect(screen.getByRole('group', { name: /Hur deltar du/ })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Nej, jag kan inte delta' }));
    expect(screen.queryByRole('group', { name: /Hur deltar du/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skicka mitt svar' }));
    await screen.findByRole('heading', { name: /Tack/ });
    const post = fetchMock.mock.calls.find(([url, init]) => init?.method === 'POST' && url === '/api/v1/rsvp')!;
    expect(JSON.parse(post[1]!.body as string).attendance_mode).toBeUndefined();
  });
});
