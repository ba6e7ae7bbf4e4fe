// The browser's copy of the permission table in src/access/permissions.cc. It only decides
// what to show; the server decides what is allowed, so a mismatch hides a button at worst.
export type Role = 'admin' | 'coordinator' | 'facilitator' | 'participant' | 'observer';
export const roles: Role[] = ['admin', 'coordinator', 'facilitator', 'participant', 'observer'];

export type Action =
  | 'read_register'
  | 'write_register'
  | 'read_special_category'
  | 'write_taxonomy'
  | 'export_register'
  | 'manage_users'
  | 'read_audit'
  | 'assess_stakeholders'
  | 'plan_events'
  | 'override_readiness'
  | 'use_own_account'
  | 'manage_actions'
  | 'manage_programme'
  | 'rate_initiatives'
  | 'read_resources'
  | 'manage_resources'
  | 'manage_privacy'
  | 'run_live_sessions';

// May `role` perform `action`? Mirrors can() on the server.
export function can(role: Role | undefined, action: Action): boolean {
  if (!role) return false;
  switch (action) {
    case 'use_own_account':
    case 'read_resources':
      return true;
    case 'read_register':
      return role !== 'participant';
    case 'write_register':
    case 'read_special_category':
    case 'write_taxonomy':
    case 'export_register':
    case 'assess_stakeholders':
    case 'manage_actions':
    case 'manage_programme':
      return role === 'admin' || role === 'coordinator';
    case 'plan_events':
    case 'rate_initiatives':
    case 'manage_resources':
    case 'run_live_sessions':
      return role === 'admin' || role === 'coordinator' || role === 'facilitator';
    case 'manage_users':
    case 'read_audit':
    case 'override_readiness':
    case 'manage_privacy':
      return role === 'admin';
  }
}
