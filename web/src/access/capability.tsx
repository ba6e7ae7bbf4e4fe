// Access: the login page, the set-up page of a new installation, and the administration of
// users.
import type { Capability } from '../app/capability';
import { LoginPage } from './LoginPage';
import { SetupPage } from './SetupPage';
import { UsersPage } from './UsersPage';

export const capability: Capability = {
  name: 'access',
  routes: [{ pattern: '/users', action: 'manage_users', render: () => <UsersPage /> }],
  nav: [{ to: '/users', label: 'nav.users', action: 'manage_users', group: 'admin', order: 210 }],
  signedOutRoutes: [
    { pattern: '/login', render: () => <LoginPage /> },
    { pattern: '/setup', render: () => <SetupPage /> },
  ],
};
