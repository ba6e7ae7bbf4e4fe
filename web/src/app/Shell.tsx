// The frame around every page: skip link, header with the role-aware navigation, language
// switch and logout, then the page in <main>. Focus moves to the new page's heading after
// each navigation so screen-reader and keyboard users start at the top of the new content.
import { useEffect, useRef, type ReactNode } from 'react';
import { useSession } from './session';
import { useI18n } from '../i18n/i18n';
import { navGroups, type NavItem } from './capability';
import { Link, useLocation } from './router';

// The entry for the current page: the longest one whose path starts the location's, so
// /analysis/kickoff/3 marks "Kickoff lists" and not also "Analysis".
export function activeNavItem(items: NavItem[], path: string): NavItem | undefined {
  return items
    .filter((item) => path === item.to || path.startsWith(item.to + '/'))
    .sort((a, b) => b.to.length - a.to.length)[0];
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="button-secondary lang-switch" lang={other} onClick={() => setLang(other)} aria-label={t('lang.switchTo')}>
      {other === 'sv' ? 'Svenska' : 'English'}
    </button>
  );
}

// `nav` is every capability's navigation entries in order (app/capabilities.ts).
export function Shell({ nav, children }: { nav: NavItem[]; children: ReactNode }) {
  const { t, label } = useI18n();
  const session = useSession();
  const location = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => document.getElementById('page-title')?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [location.path]);

  const user = session.user;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            samla
          </Link>
          <div className="header-tools">
            {user && (
              <span className="whoami">
                {t('shell.loggedInAs', { name: user.name, role: label('role', user.role) })}
              </span>
            )}
            <LanguageSwitch />
            {user && (
              <button type="button" className="button-secondary" onClick={() => void session.logout()}>
                {t('shell.logout')}
              </button>
            )}
          </div>
        </div>
        {user && (
          <nav aria-label={t('shell.navLabel')}>
            {/* Grouped, every link in view: a group is a labelled list, not a menu to open. */}
            <ul className="nav-groups">
              {navGroups.map((group) => {
                const items = nav.filter((item) => item.group === group && session.can(item.action));
                if (items.length === 0) return null;
                const labelId = `nav-group-${group}`;
                return (
                  <li key={group} className="nav-group">
                    <span className="nav-group-label" id={labelId}>
                      {t(`navGroup.${group}`)}
                    </span>
                    <ul className="nav-list" aria-labelledby={labelId}>
                      {items.map((item) => {
                        const active = item === activeNavItem(nav, location.path);
                        return (
                          <li key={item.to}>
                            <Link to={item.to} aria-current={active ? 'page' : undefined}>
                              {t(item.label)}
                            </Link>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
