// Reports: of one event (its Report tab) or over a theme and dates, written, reviewed,
// approved and published, read in the app and downloaded in every format, and shared through a
// public link.
import type { Capability } from '../app/capability';
import { EventReportPage } from './EventReportPage';
import { ReportPage } from './ReportPage';
import { ReportsListPage } from './ReportsListPage';

export const capability: Capability = {
  name: 'reports',
  routes: [
    { pattern: '/reports', action: 'read_register', render: () => <ReportsListPage /> },
    { pattern: '/reports/:id', action: 'read_register', render: (p) => <ReportPage id={Number(p.id)} /> },
    { pattern: '/events/:id/report', action: 'read_register', render: (p) => <EventReportPage id={Number(p.id)} /> },
  ],
  nav: [{ to: '/reports', label: 'nav.reports', action: 'read_register', group: 'events', order: 105 }],
};
