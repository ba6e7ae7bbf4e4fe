// Live sessions during a workshop (issue 21): the participant's page, public and made for a
// phone (/live?code=…); the facilitator's list of sessions and console; and the presenter view
// for the big screen, logged in but without the navigation.
import type { Capability } from '../app/capability';
import { ConsolePage } from './ConsolePage';
import { ParticipantPage } from './ParticipantPage';
import { PresenterPage } from './PresenterPage';
import { SessionsPage } from './SessionsPage';

export const capability: Capability = {
  name: 'live',
  routes: [
    { pattern: '/live/sessions', action: 'run_live_sessions', render: () => <SessionsPage /> },
    { pattern: '/live/sessions/:id', action: 'run_live_sessions', render: (p) => <ConsolePage key={p.id} id={Number(p.id)} /> },
  ],
  fullScreenRoutes: [{ pattern: '/live/sessions/:id/present', action: 'run_live_sessions', render: (p) => <PresenterPage key={p.id} id={Number(p.id)} /> }],
  publicRoutes: [{ path: '/live', render: () => <ParticipantPage /> }],
  nav: [{ to: '/live/sessions', label: 'nav.liveSessions', action: 'run_live_sessions', group: 'events', order: 95 }],
};
