import { can, roles, type Action } from '../app/permissions';
import { safeNext, loginPath } from '../app/session';

describe('the browser copy of the permission table', () => {
  const table: Record<Action, string[]> = {
    use_own_account: ['admin', 'coordinator', 'facilitator', 'participant', 'observer'],
    read_register: ['admin', 'coordinator', 'facilitator', 'observer'],
    write_register: ['admin', 'coordinator'],
    read_special_category: ['admin', 'coordinator'],
    write_taxonomy: ['admin', 'coordinator'],
    export_register: ['admin', 'coordinator'],
    manage_users: ['admin'],
    read_audit: ['admin'],
    assess_stakeholders: ['admin', 'coordinator'],
    plan_events: ['admin', 'coordinator', 'facilitator'],
    override_readiness: ['admin'],
    manage_actions: ['admin', 'coordinator'],
    manage_programme: ['admin', 'coordinator'],
    rate_initiatives: ['admin', 'coordinator', 'facilitator'],
    read_resources: ['admin', 'coordinator', 'facilitator', 'participant', 'observer'],
    manage_resources: ['admin', 'coordinator', 'facilitator'],
    manage_privacy: ['admin'],
    run_live_sessions: ['admin', 'coordinator', 'facilitator'],
  };
  for (const [action, allowed] of Object.entries(table))
    for (const role of roles)
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action as Action)).toBe(allowed.includes(role));
      });
  it('nobody may do anything without a role', () => {
    expect(can(undefined, 'read_register')).toBe(false);
  });
});

describe('returning after login', () => {
  it('follows only paths inside the app', () => {
    expect(safeNext('/people?q=a')).toBe('/people?q=a');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
  it('remembers where the user was', () => {
    expect(loginPath('/people/3')).toBe('/login?next=%2Fpeople%2F3');
    expect(loginPath('/login?next=x')).toBe('/login');
  });
});
