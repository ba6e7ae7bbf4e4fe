// Events: planning, selection, invitations, check-in, outcomes, the before/after evaluation,
// lessons learned, the outbox, and the public RSVP page (with the evaluation's form).
import type { Capability } from '../app/capability';
import { CheckInPage } from './CheckInPage';
import { EvaluationPage } from './EvaluationPage';
import { EventPage } from './EventPage';
import { EventPlannerPage } from './EventPlannerPage';
import { EventsListPage } from './EventsListPage';
import { InvitationsPage } from './InvitationsPage';
import { LessonsPage } from './LessonsPage';
import { OutboxPage } from './OutboxPage';
import { OutcomesPage } from './OutcomesPage';
import { PersonEventsSection } from './PersonEventsSection';
import { RsvpPage } from './RsvpPage';
import { SelectionPage } from './SelectionPage';

export const capability: Capability = {
  name: 'events',
  routes: [
    { pattern: '/events', action: 'read_register', render: () => <EventsListPage /> },
    { pattern: '/events/new', action: 'plan_events', render: () => <EventPlannerPage /> },
    { pattern: '/events/:id', action: 'read_register', render: (p) => <EventPage key={p.id} id={Number(p.id)} /> },
    { pattern: '/events/:id/edit', action: 'plan_events', render: (p) => <EventPlannerPage id={Number(p.id)} /> },
    { pattern: '/events/:id/selection', action: 'read_register', render: (p) => <SelectionPage id={Number(p.id)} /> },
    { pattern: '/events/:id/invitations', action: 'read_register', render: (p) => <InvitationsPage id={Number(p.id)} /> },
    { pattern: '/events/:id/check-in', action: 'plan_events', render: (p) => <CheckInPage id={Number(p.id)} /> },
    { pattern: '/events/:id/outcomes', action: 'read_register', render: (p) => <OutcomesPage id={Number(p.id)} /> },
    { pattern: '/events/:id/evaluation', action: 'read_register', render: (p) => <EvaluationPage id={Number(p.id)} /> },
    { pattern: '/lessons', action: 'read_register', render: () => <LessonsPage /> },
    { pattern: '/outbox', action: 'plan_events', render: () => <OutboxPage /> },
  ],
  nav: [
    { to: '/events', label: 'nav.events', action: 'read_register', group: 'events', order: 90 },
    { to: '/lessons', label: 'nav.lessons', action: 'read_register', group: 'events', order: 100 },
    { to: '/outbox', label: 'nav.outbox', action: 'plan_events', group: 'events', order: 110 },
  ],
  // The RSVP page is public: a participant answers through their personal link without an
  // account, so it stands outside the session and the logged-in shell.
  publicRoutes: [{ path: '/rsvp', render: () => <RsvpPage /> }],
  personSections: [{ key: 'events', render: (p) => <PersonEventsSection personId={p.id} /> }],
};
