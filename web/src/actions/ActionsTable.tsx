// The actions as a table: each title links to its page with its flags in words under it, then
// who answers for it, the due date, the status and the progress; where the viewer may move an
// action, the last column holds its "Move to" control. Used by the board, a plan's page and
// My work.
import { DataTable } from '../app/results';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { FlagBadges, PartyName, ProgressMeter, StatusName } from './ActionBits';
import { useActionFormat } from './format';
import { MoveControl } from './MoveControl';
import type { Action } from './types';

export const actionTitleId = (action: Pick<Action, 'id'>) => `action-${action.id}-title`;

export function ActionsTable({ label, items, movable = () => false, onMoved = () => undefined, onReload = () => undefined }: {
  label: string;
  items: Action[];
  movable?: (action: Action) => boolean;
  onMoved?: (before: Action, next: Action) => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const f = useActionFormat();
  const moves = items.some(movable);
  return (
    <DataTable label={label} headers={[t('actions.action'), t('actions.accountable'), t('actions.dueDate'), t('actions.status'), t('actions.progress'), moves && t('actions.moveHeader')]}>
      {items.map((a) => (
        <tr key={a.id}>
          <td>
            <Link to={`/actions/${a.id}`} id={actionTitleId(a)}>
              {a.title}
            </Link>
            <FlagBadges action={a} />
          </td>
          <td>
            <PartyName party={a.accountable} />
          </td>
          <td className="nowrap">{a.due_date ? f.day(a.due_date) : '–'}</td>
          <td>
            <StatusName status={a.status} />
          </td>
          <td>
            <ProgressMeter value={a.progress} />
          </td>
          {moves && <td>{movable(a) && <MoveControl action={a} onMoved={(next) => onMoved(a, next)} onReload={onReload} />}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
