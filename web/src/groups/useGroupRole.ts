// Who the viewer is to a group, for what the page offers (the server decides regardless):
// coordinators and administrators manage every group; the group's lead (an account linked to
// the lead's entry in the register) changes it, but not its lead, and plans its meetings. Those
// who plan events may read the accounts' directory and so be told whether they lead it; for
// other roles the page cannot know, and offers the lead's tools as "if you lead this group".
import { api } from '../app/api';
import { path, type UserDirectory } from '../app/schema';
import { useSession } from '../app/session';
import { useAsync } from '../app/useAsync';
import type { Group } from './types';

export type GroupRole = 'coordinator' | 'lead' | 'maybe' | 'no' | 'loading';

export function useGroupRole(group: Pick<Group, 'lead_person_id'> | undefined): GroupRole {
  const session = useSession();
  const manages = session.can('manage_actions');
  const reads = !manages && session.can('plan_events');
  const directory = useAsync(() => (reads ? api.get<UserDirectory>(path('/api/v1/users/directory')) : Promise.resolve(null)), [reads]);
  if (manages) return 'coordinator';
  if (!group || !session.user) return 'loading';
  if (!group.lead_person_id) return 'no';
  if (!reads || directory.error !== undefined) return 'maybe';
  if (!directory.data) return 'loading';
  const me = directory.data.items.find((u) => u.id === session.user!.id);
  if (!me) return 'maybe';
  return me.person_id === group.lead_person_id ? 'lead' : 'no';
}
