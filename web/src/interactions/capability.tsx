// The arena's contact history: on every person's and organisation's page, and all of it on the
// contacts page.
import type { Capability } from '../app/capability';
import { ContactHistory } from './ContactHistory';
import { ContactsPage } from './ContactsPage';

export const capability: Capability = {
  name: 'interactions',
  routes: [{ pattern: '/contacts', action: 'read_register', render: () => <ContactsPage /> }],
  nav: [{ to: '/contacts', label: 'nav.contacts', action: 'read_register', group: 'register', order: 25 }],
  personSections: [{ key: 'interactions', render: (s) => <ContactHistory subject={s} /> }],
  organisationSections: [{ key: 'interactions', render: (s) => <ContactHistory subject={s} /> }],
};
