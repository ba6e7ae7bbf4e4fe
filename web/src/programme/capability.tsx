// Programmes: the frame that holds a programme's events, kickoff lists, reports, action plans
// and groups. Its home shows the phase it is in and why that phase's gate has or has not
// passed, its phases as a timeline and a table, goals, workstreams and member organisations.
import type { Capability } from '../app/capability';
import './programme.css';
import { ProgrammePage } from './ProgrammePage';

export const capability: Capability = {
  name: 'programme',
  routes: [
    { pattern: '/programme', action: 'read_register', render: () => <ProgrammePage /> },
    { pattern: '/programmes/:id', action: 'read_register', render: (p) => <ProgrammePage id={Number(p.id)} /> },
  ],
  nav: [{ to: '/programme', label: 'nav.programme', action: 'read_register', group: 'programme', order: 1 }],
};
