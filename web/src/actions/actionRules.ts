// The action lifecycle as the server keeps it (src/actions/rules.cc): proposed → agreed →
// in progress ⇄ blocked, in progress → done, and dropped from any status (with a reason). The
// browser uses it only to offer the steps that can succeed; the server decides regardless.
import type { MessageKey } from '../i18n/i18n';
import type { Action, ActionStatus, Direction } from './types';

export const statuses: ActionStatus[] = ['proposed', 'agreed', 'in_progress', 'blocked', 'done', 'dropped'];

// The statuses an action may go to next from `status`.
export function nextSteps(status: ActionStatus): ActionStatus[] {
  switch (status) {
    case 'proposed':
      return ['agreed', 'dropped'];
    case 'agreed':
      return ['in_progress', 'dropped'];
    case 'in_progress':
      return ['blocked', 'done', 'dropped'];
    case 'blocked':
      return ['in_progress', 'dropped'];
    case 'done':
      return ['dropped'];
    case 'dropped':
      return [];
  }
}

export const isOpen = (a: Pick<Action, 'status'>) => a.status !== 'done' && a.status !== 'dropped';

export const statusKeys: Record<ActionStatus, MessageKey> = {
  proposed: 'actions.statusProposed',
  agreed: 'actions.statusAgreed',
  in_progress: 'actions.statusInProgress',
  blocked: 'actions.statusBlocked',
  done: 'actions.statusDone',
  dropped: 'actions.statusDropped',
};

export const isStatus = (s: string | null | undefined): s is ActionStatus => statuses.includes(s as ActionStatus);

// The flags that surface work, in the order they are shown.
export type Flag = 'overdue' | 'stalled' | 'at_risk';
export const flags: Flag[] = ['overdue', 'stalled', 'at_risk'];
export const flagKeys: Record<Flag, MessageKey> = {
  overdue: 'actions.flagOverdue',
  stalled: 'actions.flagStalled',
  at_risk: 'actions.flagAtRisk',
};

export const directions: Direction[] = ['increase', 'decrease', 'keep'];
export const directionKeys: Record<Direction, MessageKey> = {
  increase: 'actions.directionIncrease',
  decrease: 'actions.directionDecrease',
  keep: 'actions.directionKeep',
};
