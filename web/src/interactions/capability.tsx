// The arena's contact history: on every person's and organisation's page.
import type { Capability } from '../app/capability';
import { ContactHistory } from './ContactHistory';

export const capability: Capability = {
  name: 'interactions',
  routes: [],
  nav: [],
  personSections: [{ key: 'interactions', render: (s) => <ContactHistory subject={s} /> }],
  organisationSections: [{ key: 'interactions', render: (s) => <ContactHistory subject={s} /> }],
};
