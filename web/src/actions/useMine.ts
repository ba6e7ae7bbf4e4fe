// Which actions the viewer may move without coordinating: those of their own open work (GET
// /my/actions, the actions that name the person their account stands for). Coordinators and
// administrators move every action, and ask for nothing; the server decides regardless, and
// refuses someone who is only consulted or informed.
import { useSession } from '../app/session';
import { useAsync } from '../app/useAsync';
import { getMyActions } from './actionsApi';
import type { Action } from './types';

export function useMayUpdate(): { ready: boolean; may: (action: Pick<Action, 'id'>) => boolean } {
  const session = useSession();
  const manages = session.can('manage_actions');
  const mine = useAsync(() => (manages || !session.user ? Promise.resolve(null) : getMyActions()), [manages, session.user?.id]);
  if (manages) return { ready: true, may: () => true };
  const ids = new Set((mine.data?.items ?? []).map((a) => a.id));
  return { ready: !mine.loading, may: (a) => ids.has(a.id) };
}
