import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { LoginPage } from './LoginPage';
import { secretFromHash } from '../app/linkSecret';
import { SetupPage } from './SetupPage';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const at = (url: string) => window.history.replaceState(null, '', url);
const posts = (fetchMock: ReturnType<typeof fakeApi>) =>
  fetchMock.mock.calls.filter(([u, init]) => String(u) === '/api/v1/setup' && init?.method === 'POST').map(([, init]) => JSON.parse(String(init?.body)));
const made = { user: { id: 1, name: 'maria', role: 'admin' }, csrf_token: 'c', expires_at: '2026-12-07T10:00:00Z', demo: { people: 40 } };

describe('the set-up page', () => {
  it('checks the repeated password here, sends the secret from the link in the body, and logs in', async () => {
    at('/setup#Abc-123_x');
    const fetchMock = fakeApi('admin', (method, url) => {
      if (url === '/api/v1/setup' && method === 'GET') return [200, { needed: true }];
      if (url === '/api/v1/setup' && method === 'POST') return [201, made];
      return undefined;
    });
    wrap(<SetupPage />);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up samla' })).toBeTruthy();
    await user.type(screen.getByLabelText(/^Name/), 'maria');
    await user.type(screen.getByLabelText(/^Password \(required\)|^Password$/), 'a long password');
    await user.type(screen.getByLabelText(/^Password again/), 'another password');
    await user.click(screen.getByRole('button', { name: 'Create the administrator' }));
    // Not sent: the two passwords differ, said beside the field and in the summary.
    expect(await screen.findByRole('link', { name: /Password again/ })).toBeTruthy();
    expect(posts(fetchMock)).toEqual([]);

    await user.clear(screen.getByLabelText(/^Password again/));
    await user.type(screen.getByLabelText(/^Password again/), 'a long password');
    await user.click(screen.getByRole('checkbox', { name: 'Load the demo programme' }));
    await user.click(screen.getByRole('button', { name: 'Create the administrator' }));
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(posts(fetchMock)).toEqual([{ secret: 'Abc-123_x', name: 'maria', password: 'a long password', demo: true }]);
  });

  it('shows the server’s field errors in Swedish beside their fields', async () => {
    at('/setup#hemlig');
    fakeApi('admin', (method, url) => {
      if (url === '/api/v1/setup' && method === 'GET') return [200, { needed: true }];
      if (url === '/api/v1/setup' && method === 'POST')
        return [422, { status: 422, title: 'Unprocessable Content', errors: [fieldError('password', 'common_password')] }];
      return undefined;
    });
    wrap(<SetupPage />, 'sv');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kom igång med samla' })).toBeTruthy();
    await user.type(screen.getByLabelText(/^Namn/), 'maria');
    await user.type(screen.getByLabelText(/^Lösenord \(/), 'password1234');
    await user.type(screen.getByLabelText(/^Lösenordet igen/), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Skapa administratören' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toMatch(/Lösenord/);
    expect(window.location.pathname).toBe('/setup');
  });

  it('says plainly when the link was used or is missing, and when samla has an account', async () => {
    at('/setup');
    fakeApi('admin', (_method, url) => (url === '/api/v1/setup' ? [200, { needed: true }] : undefined));
    const first = wrap(<SetupPage />);
    expect(await screen.findByText('This address lacks the secret part of the set-up link.')).toBeTruthy();
    first.unmount();
    vi.restoreAllMocks();

    at('/setup#old');
    fakeApi('admin', (method, url) => {
      if (url === '/api/v1/setup' && method === 'GET') return [200, { needed: true }];
      if (url === '/api/v1/setup' && method === 'POST') return [404, { status: 404, title: 'Not Found' }];
      return undefined;
    });
    const second = wrap(<SetupPage />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'maria');
    await user.type(screen.getByLabelText(/^Password \(required\)|^Password$/), 'a long password');
    await user.type(screen.getByLabelText(/^Password again/), 'a long password');
    await user.click(screen.getByRole('button', { name: 'Create the administrator' }));
    expect(await screen.findByText(/This set-up link does not work/)).toBeTruthy();
    second.unmount();
    vi.restoreAllMocks();

    at('/setup#any');
    fakeApi('admin', (_method, url) => (url === '/api/v1/setup' ? [200, { needed: false }] : undefined));
    wrap(<SetupPage />);
    expect(await screen.findByText('samla is set up already: it has an account.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/login');
  });

  it('reads the secret from the fragment', () => {
    expect(secretFromHash('#Abc-123_x')).toBe('Abc-123_x');
    expect(secretFromHash('')).toBe('');
    expect(secretFromHash('#ab%')).toBe('ab%'); // a malformed escape does not break the page
  });
});

describe('the login page of an installation without accounts', () => {
  it('says where the set-up link is', async () => {
    at('/login');
    fakeApi('admin', (_method, url) => {
      if (url === '/api/v1/setup') return [200, { needed: true }];
      if (url === '/api/v1/session') return [401, { status: 401, title: 'Unauthorized' }];
      return undefined;
    });
    wrap(<LoginPage />);
    expect(await screen.findByText(/printed a set-up link in the window where it runs/)).toBeTruthy();
  });
});
