// The route table: which screen answers which path, and who may see it.
import { useEffect } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { RecordSectionsProvider } from './capability';
import { fullScreenRoutes, navItems, publicRoutes, routes, sections, signedOutRoutes } from './capabilities';
import { matchPath, navigate, useLocation } from './router';
import { loginPath, SessionProvider, useSession } from './session';
import { Shell } from './Shell';
import { Loading, PageTitle } from './ui';

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
  for (const route of signedOutRoutes) {
    if (route.pattern === location.path) return session.user ? <Redirect to="/" /> : <>{route.render()}</>;
  }
  if (!session.user) return <Redirect to={loginPath(location.href)} />;
  // Home is the programme: where it stands, its current phase and gate.
  if (location.path === '/') return session.can('read_register') ? <Redirect to="/programme" /> : <Message title={t('home.title')} text={t('home.noRegister')} />;
  for (const route of routes) {
    const params = matchPath(route.pattern, location.path);
    if (!params) continue;
    if (!session.can(route.action)) return <Message title={t('error.forbiddenTitle')} text={t('error.forbidden')} />;
    return <>{route.render(params)}</>;
  }
  return <Message title={t('error.notFoundTitle')} text={t('error.notFound')} />;
}

// A logged-in screen without the shell (the presenter view): login first, then the permission.
function FullScreen({ route, params }: { route: (typeof fullScreenRoutes)[number]; params: Record<string, string> }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.user === undefined) return <Loading />;
  if (!session.user) return <Redirect to={loginPath(location.href)} />;
  if (!session.can(route.action))
    return (
      <main id="main" tabIndex={-1}>
        <Message title={t('error.forbiddenTitle')} text={t('error.forbidden')} />
      </main>
    );
  return <>{route.render(params)}</>;
}

// Public pages (the RSVP page) stand outside the session and the logged-in shell.
export const publicPaths = publicRoutes.map((route) => route.path);

export function App() {
  const location = useLocation();
  const publicRoute = publicRoutes.find((route) => route.path === location.path);
  const fullScreen = fullScreenRoutes.map((route) => ({ route, params: matchPath(route.pattern, location.path) })).find((m) => m.params !== null);
  return (
    <I18nProvider>
      {publicRoute ? (
        publicRoute.render()
      ) : fullScreen?.params ? (
        <SessionProvider>
          <FullScreen route={fullScreen.route} params={fullScreen.params} />
        </SessionProvider>
      ) : (
        <SessionProvider>
          <RecordSectionsProvider sections={sections}>
            <Shell nav={navItems}>
              <Screen />
            </Shell>
          </RecordSectionsProvider>
        </SessionProvider>
      )}
    </I18nProvider>
  );
}
