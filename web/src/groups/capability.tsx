// Follow-up groups: working groups, task forces, research projects, advocacy campaigns and
// policy initiatives that carry the work on between events. The list, a group's page with its
// members, deliverables, meetings (events of type group meeting, planned from the page), its
// action plans and actions, and the form that writes a group whole. Coordinators make and
// delete groups; coordinators and a group's lead change it and plan its meetings (the server
// decides, so the edit page is open to every reader of the register).
import type { Capability } from '../app/capability';
import { GroupFormPage } from './GroupFormPage';
import { GroupPage } from './GroupPage';
import './groups.css';
import { GroupsPage } from './GroupsPage';

export const capability: Capability = {
  name: 'groups',
  routes: [
    { pattern: '/groups', action: 'read_register', render: () => <GroupsPage /> },
    { pattern: '/groups/new', action: 'manage_actions', render: () => <GroupFormPage /> },
    { pattern: '/groups/:id', action: 'read_register', render: (p) => <GroupPage id={Number(p.id)} /> },
    { pattern: '/groups/:id/edit', action: 'read_register', render: (p) => <GroupFormPage id={Number(p.id)} /> },
  ],
  nav: [{ to: '/groups', label: 'nav.groups', action: 'read_register', group: 'followUp', order: 108 }],
};
