// The board in columns, one per status in the lifecycle's order, each a headed list of cards.
// A card moves to another column through its "Move to" control (no dragging), so keyboards and
// screen readers can; on a phone the columns stack.
import { useI18n } from '../i18n/i18n';
import { ActionCard } from './ActionCard';
import { statusKeys, statuses } from './actionRules';
import type { Action } from './types';

export function ActionColumns({ items, movable, onMoved, onReload }: {
  items: Action[];
  movable: (action: Action) => boolean;
  onMoved: (before: Action, next: Action) => void;
  onReload: () => void;
}) {
  const { t, number } = useI18n();
  return (
    <div className="action-columns">
      {statuses.map((status) => {
        const here = items.filter((a) => a.status === status);
        return (
          <section key={status} className="action-column" aria-labelledby={`column-${status}`}>
            <h2 id={`column-${status}`}>
              {t(statusKeys[status])} <span className="column-count">({number(here.length)})</span>
            </h2>
            {here.length === 0 ? (
              <p className="muted">{t('actions.columnEmpty')}</p>
            ) : (
              <ul className="action-cards">
                {here.map((a) => (
                  <ActionCard key={a.id} action={a} movable={movable(a)} onMoved={(next) => onMoved(a, next)} onReload={onReload} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
