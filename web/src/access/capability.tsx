// Access: the login page and the administration of users.
import type { Capability } from '../app/capability';
import { LoginPage } from './LoginPage';
import { UsersPage } from './UsersPage';

export const capability: Capability = {
  name: 'access',
  routes: [{ pattern: '/users', action: 'manage_users', render: () => <UsersPage /> }],
  nav: [{ to: '/users', label: 'nav.users', action: 'manage_users', order: 210 }],
  signedOutRoutes: [{ pattern: '/login', render: () => <LoginPage /> }],
};
