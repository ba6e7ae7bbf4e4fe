// One capability of the web application, registered once: the screens it answers, its entries
// in the navigation and the sections it adds to the person and organisation pages. Each
// capability folder exports its own `capability` from <folder>/capability.tsx and
// app/capabilities.ts lists them; App, Shell and the register's detail pages read that list, so
// no capability imports another to place its screens or sections. This file imports no
// capability itself: the register's pages find the other capabilities' sections through the
// context below, which App fills from the list.
import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/i18n';
import type { Action } from './permissions';

// A screen at a path inside the logged-in shell, shown to whoever may do `action`.
export interface CapabilityRoute {
  pattern: string;
  action: Action;
  render: (params: Record<string, string>) => ReactNode;
}

// A screen inside the shell for someone not logged in (the login page); a logged-in user who
// opens it is sent home.
export interface SignedOutRoute {
  pattern: string;
  render: () => ReactNode;
}

// A public screen outside the session and the shell (the RSVP page, answered through a
// personal link without an account).
export interface PublicRoute {
  path: string;
  render: () => ReactNode;
}

// The groups of the main navigation, in the order they are shown: the programme first, then
// the register, the analysis, events (live sessions among them), what follows them, the network
// and administration.
export const navGroups = ['programme', 'register', 'analysis', 'events', 'followUp', 'network', 'admin'] as const;
export type NavGroup = (typeof navGroups)[number];

// A screen for whoever may do `action`, logged in but without the shell's header and navigation:
// the live session's presenter view on the big screen in a room.
export interface FullScreenRoute {
  pattern: string;
  action: Action;
  render: (params: Record<string, string>) => ReactNode;
}

// An entry in the main navigation; `order` places it among every capability's entries of its group.
export interface NavItem {
  to: string;
  label: MessageKey;
  action: Action;
  group: NavGroup;
  order: number;
}

// The person or organisation a record section is about.
export interface RecordSubject {
  kind: 'person' | 'organisation';
  id: number;
  name: string;
}

// A section another capability adds to the person or organisation page, after the register's own.
export interface RecordSection {
  key: string;
  render: (subject: RecordSubject) => ReactNode;
}

export interface Capability {
  name: string;
  routes: CapabilityRoute[];
  nav: NavItem[];
  signedOutRoutes?: SignedOutRoute[];
  publicRoutes?: PublicRoute[];
  fullScreenRoutes?: FullScreenRoute[];
  personSections?: RecordSection[];
  organisationSections?: RecordSection[];
}

export interface RecordSections {
  person: RecordSection[];
  organisation: RecordSection[];
}

// Every capability's routes, navigation (in its order) and record sections, in the order given.
export function combine(capabilities: Capability[]) {
  return {
    routes: capabilities.flatMap((c) => c.routes),
    signedOutRoutes: capabilities.flatMap((c) => c.signedOutRoutes ?? []),
    publicRoutes: capabilities.flatMap((c) => c.publicRoutes ?? []),
    fullScreenRoutes: capabilities.flatMap((c) => c.fullScreenRoutes ?? []),
    navItems: capabilities.flatMap((c) => c.nav).sort((a, b) => a.order - b.order),
    sections: {
      person: capabilities.flatMap((c) => c.personSections ?? []),
      organisation: capabilities.flatMap((c) => c.organisationSections ?? []),
    } satisfies RecordSections,
  };
}

const SectionsContext = createContext<RecordSections>({ person: [], organisation: [] });

export function RecordSectionsProvider({ sections, children }: { sections: RecordSections; children: ReactNode }) {
  return <SectionsContext.Provider value={sections}>{children}</SectionsContext.Provider>;
}

// The sections the registered capabilities add to this person's or organisation's page.
export function RecordSectionsOf({ subject }: { subject: RecordSubject }) {
  const sections = useContext(SectionsContext)[subject.kind];
  return (
    <>
      {sections.map((section) => (
        <Fragment key={section.key}>{section.render(subject)}</Fragment>
      ))}
    </>
  );
}
