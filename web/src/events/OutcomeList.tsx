// The event's outcomes in their order, each under a numbered heading with its kind. Those who
// may write move an item with Move up / Move down (no dragging, so keyboards and screen readers
// can), mark a draft as agreed and delete one after asking. Focus stays with the item that
// changed (or goes to the next one when it is gone) and a status line says what happened.
import { useEffect, useMemo, useState } from 'react';
import { DeleteButton } from '../app/DeleteButton';
import { ProblemAlert } from '../app/ProblemAlert';
import { useI18n } from '../i18n/i18n';
import { agreeOutcome, deleteOutcome, orderOutcomes } from './eventsApi';
import type { Outcome } from './types';

export function OutcomeList({ eventId, items, canWrite, onChange, onStale, say }: {
  eventId: number;
  items: Outcome[];
  canWrite: boolean;
  onChange: (items: Outcome[]) => void;
  // A write was refused, perhaps because the list changed meanwhile (an order that no longer
  // names every outcome, a version someone else replaced): load it again.
  onStale: () => void;
  say: (text: string) => void;
}) {
  const { t, lang, label } = useI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  // Due dates are days, not moments: formatted in UTC so no time zone moves them.
  const day = useMemo(() => new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }), [lang]);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, items]);

  const short = (o: Outcome) => (o.text.length > 60 ? `${o.text.slice(0, 57)}…` : o.text);
  const name = (o: Outcome, index: number) => `${index + 1}, ${label('outcomeKind', o.kind)}: ${short(o)}`;

  // One write at a time; the buttons stay enabled (a disabled button would drop focus), and a
  // press while one is under way is ignored.
  const run = <T,>(write: () => Promise<T>, done: (result: T) => void, failed?: (e: unknown) => void) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    write()
      .then(done, (e) => {
        setError(e);
        failed?.(e);
      })
      .finally(() => setBusy(false));
  };

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const ids = items.map((o) => o.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    const moved = items[index];
    run(
      () => orderOutcomes(eventId, ids),
      (list) => {
        onChange(list.items);
        // Keep focus on the same button unless the item reached the end it was moving to.
        const direction = by < 0 ? 'up' : 'down';
        const atEdge = target === 0 || target === items.length - 1;
        setFocusId(`outcome-${moved.id}-${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`);
        say(t('outcomes.moved', { n: target + 1 }));
      },
      onStale,
    );
  };
  const agree = (o: Outcome, index: number) =>
    run(
      () => agreeOutcome(o),
      (saved) => {
        onChange(items.map((i) => (i.id === saved.id ? saved : i)));
        // The button is gone with the draft: focus goes to the item's heading.
        setFocusId(`outcome-${o.id}`);
        say(t('outcomes.agreed', { name: name(saved, index) }));
      },
      onStale,
    );
  const remove = async (o: Outcome, index: number) => {
    await deleteOutcome(o);
    const next = items[index + 1] ?? items[index - 1];
    onChange(items.filter((i) => i.id !== o.id));
    setFocusId(next ? `outcome-${next.id}` : 'outcomes-heading');
    say(t('outcomes.deleted', { name: short(o) }));
  };

  return (
    <>
      {error !== undefined && <ProblemAlert error={error} labels={{ event: t('events.event') }} />}
      {items.length === 0 ? (
        <p>{t('outcomes.empty')}</p>
      ) : (
        <ol className="agenda-list">
          {items.map((o, i) => (
            <li key={o.id} className="agenda-item">
              <h3 id={`outcome-${o.id}`} tabIndex={-1}>
                {i + 1}. {label('outcomeKind', o.kind)}
              </h3>
              <p className="prewrap">{o.text}</p>
              <dl className="details">
                <div>
                  <dt>{t('outcomes.status')}</dt>
                  <dd>{label('outcomeStatus', o.status)}</dd>
                </div>
                {o.kind === 'action_point' && (
                  <>
                    <div>
                      <dt>{t('outcomes.owner')}</dt>
                      <dd>{o.owner_name ?? '–'}</dd>
                    </div>
                    <div>
                      <dt>{t('outcomes.dueDate')}</dt>
                      <dd>{o.due_date ? day.format(new Date(`${o.due_date}T00:00:00Z`)) : '–'}</dd>
                    </div>
                    <div>
                      <dt>{t('outcomes.priority')}</dt>
                      <dd>{o.priority ? label('priority', o.priority) : '–'}</dd>
                    </div>
                  </>
                )}
                {o.kind === 'quote' && o.speaker_name && (
                  <div>
                    <dt>{t('outcomes.speaker')}</dt>
                    <dd>{o.speaker_name}</dd>
                  </div>
                )}
              </dl>
              {canWrite && (
                <div className="row-actions">
                  <button type="button" className="button-secondary" id={`outcome-${o.id}-up`} disabled={i === 0} aria-label={t('outcomes.moveUpNamed', { name: name(o, i) })} onClick={() => move(i, -1)}>
                    {t('outcomes.moveUp')}
                  </button>
                  <button type="button" className="button-secondary" id={`outcome-${o.id}-down`} disabled={i === items.length - 1} aria-label={t('outcomes.moveDownNamed', { name: name(o, i) })} onClick={() => move(i, 1)}>
                    {t('outcomes.moveDown')}
                  </button>
                  {o.status === 'draft' && (
                    <button type="button" className="button-secondary" aria-label={t('outcomes.agreeNamed', { name: name(o, i) })} onClick={() => agree(o, i)}>
                      {t('outcomes.agree')}
                    </button>
                  )}
                  <DeleteButton what={short(o)} onDelete={() => remove(o, i)} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
