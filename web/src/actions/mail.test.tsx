import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/App';
import { fakeApi, wrap } from '../app/fakeApi';
import { secretFromHash } from '../app/linkSecret';
import { I18nProvider, type Lang } from '../i18n/i18n';
import { ActionMailSetting } from './ActionMailSetting';
import { bodyOf, calls, listOf } from './fixtures';
import { MyWorkPage } from './MyWorkPage';
import { UnsubscribePage } from './UnsubscribePage';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

function open(hash: string, lang: Lang = 'en') {
  window.history.replaceState(null, '', `/unsubscribe${hash}`);
  return render(
    <I18nProvider lang={lang}>
      <UnsubscribePage />
    </I18nProvider>,
  );
}

const apiCalls = (fetchMock: ReturnType<typeof fakeApi>) => fetchMock.mock.calls.map(([u, init]) => `${init?.method ?? 'GET'} ${String(u)}`);

describe('the unsubscribe page', () => {
  it('says what stops and sends nothing until the button is pressed; then confirms, with focus there', async () => {
    const fetchMock = fakeApi('participant', (method, url) => (method === 'POST' && url === '/api/v1/unsubscribe' ? [200, { subscribed: false }] : undefined));
    open('#s3cr-et_X');
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Stop e-mail about your actions' })).toBeTruthy();
    expect(screen.getByText(/an e-mail each week with the actions you answer for or carry out, and a reminder/)).toBeTruthy();
    expect(screen.getByText('You will still get invitations to events.')).toBeTruthy();
    // Mail scanners open links: opening the page sends nothing, not even the session.
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Stop these e-mails' }));
    const done = await screen.findByRole('heading', { level: 2, name: 'Done: no more e-mails about your actions' });
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.getByText('You will no longer get the weekly summary or the reminders about your actions.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop these e-mails' })).toBeNull();
    expect(apiCalls(fetchMock)).toEqual(['POST /api/v1/unsubscribe']);
    // The secret in the body, never in the address: paths reach access logs.
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ secret: 's3cr-et_X' });
    expect(secretFromHash('#a%2Bb')).toBe('a+b');
  });

  it('says plainly when the link is unknown or too old, and when there is none', async () => {
    fakeApi('participant', (method, url) => (method === 'POST' && url === '/api/v1/unsubscribe' ? [404, { status: 404, detail: 'This unsubscribe link is not known' }] : undefined));
    const { unmount } = open('#old');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Stop these e-mails' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This link does not work. It may be incomplete, or too old');
    expect(alert.textContent).toContain('Use the link in a newer e-mail.');
    expect(screen.queryByRole('button', { name: 'Stop these e-mails' })).toBeNull();
    unmount();
    vi.restoreAllMocks();

    const fetchMock = fakeApi('participant');
    open('');
    expect(screen.getByRole('alert').textContent).toContain('This page needs the link from your e-mail.');
    expect(screen.queryByRole('button', { name: 'Stop these e-mails' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the button for another failure, with the error', async () => {
    fakeApi('participant', (method) => (method === 'POST' ? [500, { status: 500 }] : undefined));
    open('#tok');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Stop these e-mails' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/server/i);
    expect(screen.getByRole('button', { name: 'Stop these e-mails' })).toBeTruthy();
  });

  it('speaks Swedish, with the language switch', async () => {
    fakeApi('participant', (method) => (method === 'POST' ? [200, { subscribed: false }] : undefined));
    window.history.replaceState(null, '', '/unsubscribe#tok');
    render(
      <I18nProvider lang="sv">
        <UnsubscribePage />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Sluta få e-post om dina åtgärder' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stoppa de här e-postmeddelandena' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Klart: inga fler e-postmeddelanden om dina åtgärder' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'English – switch the language to English' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Done: no more e-mails about your actions' })).toBeTruthy();
  });

  it('is a public route of the app: no session, no logged-in shell', async () => {
    const fetchMock = fakeApi('admin');
    window.history.replaceState(null, '', '/unsubscribe#tok');
    render(<App />);
    expect(await screen.findByRole('button', { name: /Stop these e-mails|Stoppa de här e-postmeddelandena/ })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('e-mail about my actions, on My work', () => {
  it('shows the choice, saves it with PUT and says what was saved', async () => {
    let subscribed = true;
    const fetchMock = fakeApi('participant', (method, url, init) => {
      if (url === '/api/v1/my/actions') return [200, listOf([])];
      if (url !== '/api/v1/my/action-mail') return undefined;
      if (method === 'PUT') subscribed = JSON.parse(init!.body as string).subscribed;
      return [200, { person_id: 1, subscribed }];
    });
    wrap(<MyWorkPage />);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'E-mail about my actions' });
    const box = (await within(section).findByRole('checkbox', { name: 'Send me the weekly summary and the reminders by e-mail' })) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    expect(within(section).getByText(/a summary of your open actions each Monday/)).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toContain('Each e-mail also has a link that stops them.');

    await user.click(box);
    expect(calls(fetchMock, 'PUT', '/api/v1/my/action-mail')).toHaveLength(0);
    await user.click(within(section).getByRole('button', { name: 'Save the choice' }));
    expect(await within(section).findByText('Saved. You will not get the weekly summary or the reminders.')).toBeTruthy();
    const [put] = calls(fetchMock, 'PUT', '/api/v1/my/action-mail');
    expect(bodyOf(put)).toEqual({ subscribed: false });
    expect(within(section).getByRole('status').textContent).toBe('Saved. You will not get the weekly summary or the reminders.');
    expect(box.checked).toBe(false);

    await user.click(box);
    await user.click(within(section).getByRole('button', { name: 'Save the choice' }));
    expect(await within(section).findByText('Saved. You will get the weekly summary and the reminders.')).toBeTruthy();
    expect(bodyOf(calls(fetchMock, 'PUT', '/api/v1/my/action-mail')[1])).toEqual({ subscribed: true });
  });

  it('says that an account standing for no person gets no such e-mail, without the control, in Swedish too', async () => {
    fakeApi('observer', (_method, url) => (url === '/api/v1/my/action-mail' ? [200, { person_id: null, subscribed: false }] : undefined));
    const { unmount } = wrap(<ActionMailSetting />);
    const section = await screen.findByRole('region', { name: 'E-mail about my actions' });
    expect(await within(section).findByText('Your account stands for no person in the register, so samla sends you no e-mail about actions.')).toBeTruthy();
    expect(within(section).queryByRole('checkbox')).toBeNull();
    expect(within(section).queryByRole('button')).toBeNull();
    unmount();

    wrap(<ActionMailSetting />, 'sv');
    const sv = await screen.findByRole('region', { name: 'E-post om mina åtgärder' });
    expect(await within(sv).findByText(/^Ditt konto står inte för någon person i registret/)).toBeTruthy();
  });

  it('shows a failed save as an error and keeps the choice', async () => {
    fakeApi('participant', (method, url) => {
      if (url !== '/api/v1/my/action-mail') return undefined;
      return method === 'PUT' ? [500, { status: 500 }] : [200, { person_id: 1, subscribed: false }];
    });
    wrap(<ActionMailSetting />);
    const user = userEvent.setup();
    const box = (await screen.findByRole('checkbox')) as HTMLInputElement;
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save the choice' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(box.checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
