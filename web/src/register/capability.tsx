// The register in the browser: people, organisations, themes, country groups and import.
import type { Capability } from '../app/capability';
import { CountryGroupsPage } from './CountryGroupsPage';
import { ImportPage } from './ImportPage';
import { OrganisationDetail } from './OrganisationDetail';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationList } from './OrganisationList';
import { PeopleList } from './PeopleList';
import { PersonDetail } from './PersonDetail';
import { PersonForm } from './PersonForm';
import { ThemesPage } from './ThemesPage';

export const capability: Capability = {
  name: 'register',
  routes: [
    { pattern: '/people', action: 'read_register', render: () => <PeopleList /> },
    { pattern: '/people/new', action: 'write_register', render: () => <PersonForm /> },
    { pattern: '/people/:id', action: 'read_register', render: (p) => <PersonDetail id={Number(p.id)} /> },
    { pattern: '/people/:id/edit', action: 'write_register', render: (p) => <PersonForm id={Number(p.id)} /> },
    { pattern: '/organisations', action: 'read_register', render: () => <OrganisationList /> },
    { pattern: '/organisations/new', action: 'write_register', render: () => <OrganisationForm /> },
    { pattern: '/organisations/:id', action: 'read_register', render: (p) => <OrganisationDetail id={Number(p.id)} /> },
    { pattern: '/organisations/:id/edit', action: 'write_register', render: (p) => <OrganisationForm id={Number(p.id)} /> },
    { pattern: '/themes', action: 'read_register', render: () => <ThemesPage /> },
    { pattern: '/country-groups', action: 'read_register', render: () => <CountryGroupsPage /> },
    { pattern: '/import', action: 'write_register', render: () => <ImportPage /> },
  ],
  nav: [
    { to: '/people', label: 'nav.people', action: 'read_register', group: 'register', order: 10 },
    { to: '/organisations', label: 'nav.organisations', action: 'read_register', group: 'register', order: 20 },
    { to: '/themes', label: 'nav.themes', action: 'read_register', group: 'register', order: 30 },
    { to: '/country-groups', label: 'nav.countryGroups', action: 'read_register', group: 'register', order: 40 },
    { to: '/import', label: 'nav.import', action: 'write_register', group: 'register', order: 200 },
  ],
};
