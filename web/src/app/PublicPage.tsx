// The frame of a public page opened through a personal link (RSVP, unsubscribe, one's own page):
// no account and no navigation, the skip link, the brand and the language switch, and the page's
// title as its one h1.
import type { ReactNode } from 'react';
import { LanguageSwitch } from './Shell';
import { PageTitle } from './ui';
import { useI18n } from '../i18n/i18n';

export function PublicPage({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <span className="brand">samla</span>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={className}>
        <PageTitle title={title}>{title}</PageTitle>
        {children}
      </main>
    </>
  );
}
