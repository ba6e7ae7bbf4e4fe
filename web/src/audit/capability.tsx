// The audit log.
import type { Capability } from '../app/capability';
import { AuditPage } from './AuditPage';

export const capability: Capability = {
  name: 'audit',
  routes: [{ pattern: '/audit', action: 'read_audit', render: () => <AuditPage /> }],
  nav: [{ to: '/audit', label: 'nav.audit', action: 'read_audit', group: 'admin', order: 220 }],
};
