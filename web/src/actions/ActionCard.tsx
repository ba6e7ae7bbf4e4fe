// One action as a card: its title (a link, as a heading), its flags in words, who answers for
// it, the due date, the progress and, where it helps, the status; and its "Move to" control
// for those who may move it. The board's columns and My work are lists of these.
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { FlagBadges, PartyName, ProgressMeter, StatusName } from './ActionBits';
import { actionTitleId } from './ActionsTable';
import { useActionFormat } from './format';
import { MoveControl } from './MoveControl';
import type { Action } from './types';

export function ActionCard({ action: a, heading: Heading = 'h3', showStatus = false, movable = false, onMoved = () => undefined, onReload = () => undefined }: {
  action: Action;
  heading?: 'h2' | 'h3';
  showStatus?: boolean;
  movable?: boolean;
  onMoved?: (next: Action) => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const f = useActionFormat();
  return (
    <li className="action-card">
      <Heading className="action-card-title">
        <Link to={`/actions/${a.id}`} id={actionTitleId(a)}>
          {a.title}
        </Link>
      </Heading>
      <FlagBadges action={a} />
      <dl className="card-facts">
        {showStatus && (
          <div>
            <dt>{t('actions.status')}</dt>
            <dd>
              <StatusName status={a.status} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('actions.accountable')}</dt>
          <dd>
            <PartyName party={a.accountable} />
          </dd>
        </div>
        <div>
          <dt>{t('actions.dueDate')}</dt>
          <dd>{a.due_date ? f.day(a.due_date) : '–'}</dd>
        </div>
        <div>
          <dt>{t('actions.progress')}</dt>
          <dd>
            <ProgressMeter value={a.progress} />
          </dd>
        </div>
      </dl>
      {movable && <MoveControl action={a} onMoved={onMoved} onReload={onReload} />}
    </li>
  );
}
