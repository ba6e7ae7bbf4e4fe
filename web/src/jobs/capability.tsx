// Scheduled jobs: the work samla does by itself at set times (the weekly summary and the
// reminders about actions, clearing out old sessions, links and runs), what each last did, and
// "Run now" for administrators. Beside the audit log in the menu, for the same readers.
import type { Capability } from '../app/capability';
import './jobs.css';
import { JobsPage } from './JobsPage';

export const capability: Capability = {
  name: 'jobs',
  routes: [{ pattern: '/jobs', action: 'read_audit', render: () => <JobsPage /> }],
  nav: [{ to: '/jobs', label: 'nav.jobs', action: 'read_audit', group: 'admin', order: 230 }],
};
