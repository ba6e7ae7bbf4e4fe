// The event's outcomes in their order, each under a numbered heading with its kind. Those who
// may write move an item with Move up / Move down (no dragging, so keyboards and screen readers
// can), mark a draft as agreed and delete one after asking. Focus stays with the item that
// changed (or goes to the next one when it is gone) and a status line says what happened.
// Coordinators and administrators make an action point an action of the event's plan (the
// action plans capability's; POST …/promote), and an action point already made one links to it.
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../app/api';
import { DeleteButton } from '../app/DeleteButton';
import { ProblemAlert } from '../app/ProblemAlert';
import { Link } from '../app/router';
import { path } from '../app/schema';
import { useSession } from '../app/session';
import { ErrorAlert } from '../app/ui';
import { useAsync } from '../app/useAsync';
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
  const promotes = useSession().can('manage_actions');
  // The actions made from this event's action points: outcome id → action id.
  const promoted = useAsync(
    () =>
      promotes
        ? api.get<{ items: { id: number; outcome_id: number | null }[] }>(path('/api/v1/actions'), { event_id: eventId }).then(
            (list) => new Map(list.items.filter((a) => a.outcome_id !== null).map((a) => [a.outcome_id as number, a.id])),
            () => new Map<number, number>(),
          )
        : Promise.resolve(new Map<number, number>()),
    [eventId, promotes],
  );
  const [focusId, setFocusId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  // Due dates are days, not moments: formatted in UTC so no time zone moves them.
  const day = useMemo(() => new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }), [lang]);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, items, promoted.data]);

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
              {promotes && o.kind === 'action_point' && (
                <Promotion
                  eventId={eventId}
                  outcome={o}
                  name={name(o, i)}
                  actionId={promoted.data?.get(o.id)}
                  onPromoted={(actionId) => {
                    promoted.setData(new Map(promoted.data ?? []).set(o.id, actionId));
                    setFocusId(`outcome-${o.id}-action`);
                    say(t('outcomes.promoted', { name: name(o, i) }));
                  }}
                  onAlready={promoted.reload}
                />
              )}
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

// "Make it an action" on an action point, or the link to the action made from it. A second
// promotion is refused (409): said in a sentence, and the list of made actions read again so
// the link to the one that exists appears.
function Promotion({ eventId, outcome, name, actionId, onPromoted, onAlready }: {
  eventId: number;
  outcome: Outcome;
  name: string;
  actionId: number | undefined;
  onPromoted: (actionId: number) => void;
  onAlready: () => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [already, setAlready] = useState(false);
  const [busy, setBusy] = useState(false);
  const promote = () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    api
      .post<{ id: number }>(path('/api/v1/events/{id}/outcomes/{outcome_id}/promote', { id: eventId, outcome_id: outcome.id }), {})
      .then(
        (action) => onPromoted(action.id),
        (e) => {
          if (e instanceof ApiError && e.status === 409) {
            setAlready(true);
            onAlready();
          } else setError(e);
        },
      )
      .finally(() => setBusy(false));
  };
  return (
    <div className="promotion">
      {already && (
        <ErrorAlert>
          <p>{t('outcomes.alreadyPromoted')}</p>
        </ErrorAlert>
      )}
      {error !== undefined && <ProblemAlert error={error} labels={{ outcome_id: t('outcomes.kind') }} />}
      {actionId !== undefined ? (
        <p>
          {t('outcomes.isAction')}{' '}
          <Link to={`/actions/${actionId}`} id={`outcome-${outcome.id}-action`} aria-label={t('outcomes.openActionNamed', { name })}>
            {t('outcomes.openAction')}
          </Link>
        </p>
      ) : (
        !already && (
          <div className="row-actions">
            <button type="button" className="button-secondary" aria-label={t('outcomes.promoteNamed', { name })} onClick={promote}>
              {t('outcomes.promote')}
            </button>
          </div>
        )
      )}
    </div>
  );
}
