// The resource library: documents and links for everyone on the programme, participants too.
import type { Capability } from '../app/capability';
import { ResourcesPage } from './ResourcesPage';

export const capability: Capability = {
  name: 'resources',
  routes: [{ pattern: '/resources', action: 'read_resources', render: () => <ResourcesPage /> }],
  nav: [{ to: '/resources', label: 'nav.resources', action: 'read_resources', group: 'programme', order: 6 }],
};
