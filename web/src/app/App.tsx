// The route table: which screen answers which path, and who may see it.
import { useEffect, type ReactNode } from 'react';
import { LoginPage } from '../access/LoginPage';
import { loginPath, SessionProvider, useSession } from './session';
import type { Action } from './permissions';
import { UsersPage } from '../access/UsersPage';
import { AnalysisPage } from '../analysis/AnalysisPage';
import { CoveragePage } from '../analysis/CoveragePage';
import { KickoffDetailPage } from '../analysis/KickoffDetailPage';
import { KickoffListsPage } from '../analysis/KickoffListsPage';
import { AuditPage } from '../audit/AuditPage';
import { CheckInPage } from '../events/CheckInPage';
import { EventPlannerPage } from '../events/EventPlannerPage';
import { EventsListPage } from '../events/EventsListPage';
import { InvitationsPage } from '../events/InvitationsPage';
import { LessonsPage } from '../events/LessonsPage';
import { OutboxPage } from '../events/OutboxPage';
import { RsvpPage } from '../events/RsvpPage';
import { SelectionPage } from '../events/SelectionPage';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { NetworkPage } from '../network/NetworkPage';
import { CountryGroupsPage } from '../register/CountryGroupsPage';
import { ImportPage } from '../register/ImportPage';
import { OrganisationDetail } from '../register/OrganisationDetail';
import { OrganisationForm } from '../register/OrganisationForm';
import { OrganisationList } from '../register/OrganisationList';
import { PersonDetail } from '../register/PersonDetail';
import { PersonForm } from '../register/PersonForm';
import { PeopleList } from '../register/PeopleList';
import { ThemesPage } from '../register/ThemesPage';
import { matchPath, navigate, useLocation } from './router';
import { Shell } from './Shell';
import { Loading, PageTitle } from './ui';

interface Route {
  pattern: string;
  action: Action;
  render: (params: Record<string, string>) => ReactNode;
}

const routes: Route[] = [
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
  { pattern: '/analysis', action: 'read_register', render: () => <AnalysisPage /> },
  { pattern: '/analysis/coverage', action: 'read_register', render: () => <CoveragePage /> },
  { pattern: '/analysis/kickoff', action: 'read_register', render: () => <KickoffListsPage /> },
  { pattern: '/analysis/kickoff/:id', action: 'read_register', render: (p) => <KickoffDetailPage id={Number(p.id)} /> },
  { pattern: '/network', action: 'read_register', render: () => <NetworkPage /> },
  { pattern: '/events', action: 'read_register', render: () => <EventsListPage /> },
  { pattern: '/events/new', action: 'plan_events', render: () => <EventPlannerPage /> },
  { pattern: '/events/:id', action: 'read_register', render: (p) => <EventPlannerPage id={Number(p.id)} /> },
  { pattern: '/events/:id/selection', action: 'read_register', render: (p) => <SelectionPage id={Number(p.id)} /> },
  { pattern: '/events/:id/invitations', action: 'read_register', render: (p) => <InvitationsPage id={Number(p.id)} /> },
  { pattern: '/events/:id/check-in', action: 'plan_events', render: (p) => <CheckInPage id={Number(p.id)} /> },
  { pattern: '/lessons', action: 'read_register', render: () => <LessonsPage /> },
  { pattern: '/outbox', action: 'plan_events', render: () => <OutboxPage /> },
  { pattern: '/import', action: 'write_register', render: () => <ImportPage /> },
  { pattern: '/users', action: 'manage_users', render: () => <UsersPage /> },
  { pattern: '/audit', action: 'read_audit', render: () => <AuditPage /> },
];

function Message({ title, text }: { title: string; text: string }) {
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{text}</p>
    </>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading />;
}

function Screen() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.user === undefined) return <Loading />;
  if (location.path === '/login') return session.user ? <Redirect to="/" /> : <LoginPage />;
  if (!session.user) return <Redirect to={loginPath(location.href)} />;
  if (location.path === '/') return session.can('read_register') ? <Redirect to="/people" /> : <Message title={t('home.title')} text={t('home.noRegister')} />;
  for (const route of routes) {
    const params = matchPath(route.pattern, location.path);
    if (!params) continue;
    if (!session.can(route.action)) return <Message title={t('error.forbiddenTitle')} text={t('error.forbidden')} />;
    return <>{route.render(params)}</>;
  }
  return <Message title={t('error.notFoundTitle')} text={t('error.notFound')} />;
}

// The RSVP page is public: a participant answers through their personal link without an
// account, so it stands outside the session and the logged-in shell.
export const publicPaths = ['/rsvp'];

export function App() {
  const location = useLocation();
  return (
    <I18nProvider>
      {publicPaths.includes(location.path) ? (
        <RsvpPage />
      ) : (
        <SessionProvider>
          <Shell>
            <Screen />
          </Shell>
        </SessionProvider>
      )}
    </I18nProvider>
  );
}
