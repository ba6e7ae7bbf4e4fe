// Action plans: plans of a theme or an event and their actions, with who answers for each, who
// carries it out, is consulted and informed (RACI), dates, dependencies, indicators and the
// timeline of status and progress; the board with its filters and flags (overdue, stalled, at
// risk), My work for every signed-in role (with whether e-mail about one's actions comes), when
// an action counts as stalled, and the public page of the unsubscribe link in those e-mails.
// An event's action point becomes an action from the event's outcomes page (the events
// capability's).
import type { Capability } from '../app/capability';
import { ActionBoardPage } from './ActionBoardPage';
import { ActionFormPage } from './ActionFormPage';
import { ActionPage } from './ActionPage';
import './actions.css';
import { MyWorkPage } from './MyWorkPage';
import { PlanPage } from './PlanPage';
import { PlansPage } from './PlansPage';
import { UnsubscribePage } from './UnsubscribePage';

export const capability: Capability = {
  name: 'actions',
  routes: [
    { pattern: '/actions', action: 'read_register', render: () => <ActionBoardPage /> },
    { pattern: '/actions/new', action: 'manage_actions', render: () => <ActionFormPage /> },
    // Open to every account: the server lets a participant read the actions that involve them.
    { pattern: '/actions/:id', action: 'use_own_account', render: (p) => <ActionPage id={Number(p.id)} /> },
    { pattern: '/actions/:id/edit', action: 'manage_actions', render: (p) => <ActionFormPage id={Number(p.id)} /> },
    { pattern: '/action-plans', action: 'read_register', render: () => <PlansPage /> },
    { pattern: '/action-plans/:id', action: 'read_register', render: (p) => <PlanPage id={Number(p.id)} /> },
    { pattern: '/my-work', action: 'use_own_account', render: () => <MyWorkPage /> },
  ],
  nav: [
    { to: '/my-work', label: 'nav.myWork', action: 'use_own_account', group: 'programme', order: 5 },
    { to: '/actions', label: 'nav.actions', action: 'read_register', group: 'followUp', order: 106 },
    { to: '/action-plans', label: 'nav.actionPlans', action: 'read_register', group: 'followUp', order: 107 },
  ],
  // The link in the weekly summary and the reminders works without an account, like the RSVP
  // page: outside the session and the logged-in shell.
  publicRoutes: [{ path: '/unsubscribe', render: () => <UnsubscribePage /> }],
};
