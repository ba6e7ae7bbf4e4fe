// The initiative list: initiatives proposed in formation workshops, rated by several raters on
// the programme's weighted criteria, accepted into action plans or declined with a reason.
import type { Capability } from '../app/capability';
import { InitiativesPage } from './InitiativesPage';

export const capability: Capability = {
  name: 'initiatives',
  routes: [{ pattern: '/initiatives', action: 'read_register', render: () => <InitiativesPage /> }],
  nav: [{ to: '/initiatives', label: 'nav.initiatives', action: 'read_register', group: 'programme', order: 3 }],
};
