// The sustainability dashboard: the programme quarter by quarter, for coordinators, funders and
// observers alike.
import type { Capability } from '../app/capability';
import { DashboardPage } from './DashboardPage';

export const capability: Capability = {
  name: 'dashboard',
  routes: [{ pattern: '/dashboard', action: 'read_register', render: () => <DashboardPage /> }],
  nav: [{ to: '/dashboard', label: 'nav.dashboard', action: 'read_register', group: 'programme', order: 4 }],
};
