// What an event produced (/events/:id/outcomes): key insights, outcomes, decisions, action
// points and quotes, in the event's order. Those who may plan events get the capture form at
// the top and the buttons on each item; the server still decides, and refuses a facilitator of
// another event (403, shown as the form's or the item's error). An observer may read only once
// the event has been held: before that the server answers 403, which is expected rather than
// an error, so it is said in a plain sentence.
import { useState } from 'react';
import { ApiError } from '../app/api';
import { useSession } from '../app/session';
import { ErrorAlert, Loading } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { EventPageFrame } from './EventPageFrame';
import { getOutcomes } from './eventsApi';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeList } from './OutcomeList';
import type { Event, Outcome } from './types';

export function OutcomesPage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <EventPageFrame id={id} title={(e) => t('outcomes.title', { event: e.title })}>
      {(event) => <Outcomes event={event} />}
    </EventPageFrame>
  );
}

function Outcomes({ event }: { event: Event }) {
  const { t, label } = useI18n();
  const session = useSession();
  const outcomes = useAsync(() => getOutcomes(event.id), [event.id]);
  // One polite live region for everything the page says after a change ("Added: …", moves, …).
  const [said, setSaid] = useState('');
  const mayPlan = session.can('plan_events');
  // A closed event is a record: the server refuses changes to its outcomes.
  const canWrite = mayPlan && event.status !== 'closed';
  const items = outcomes.data?.items ?? [];
  const setItems = (next: Outcome[]) => outcomes.setData({ items: next, total: next.length, next: null });

  const status = (
    <p role="status" id="outcomes-said" className="visually-hidden">
      {said}
    </p>
  );
  if (outcomes.error instanceof ApiError && outcomes.error.status === 403 && !mayPlan)
    return (
      <>
        {status}
        <p>{t('outcomes.notYet')}</p>
      </>
    );
  return (
    <>
      {status}
      <p>{t('outcomes.intro')}</p>
      {mayPlan && !canWrite && <p>{t('outcomes.closed')}</p>}
      {canWrite && (
        <OutcomeForm
          eventId={event.id}
          eventDay={event.starts_at.slice(0, 10)}
          say={setSaid}
          onAdded={(outcome) => {
            const next = [...items, outcome];
            setItems(next);
            // The number shown in the list: positions may have gaps where one was deleted.
            setSaid(t('outcomes.added', { kind: label('outcomeKind', outcome.kind), n: next.length }));
          }}
        />
      )}
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading" tabIndex={-1}>
          {t('outcomes.list')}
        </h2>
        {outcomes.error !== undefined && <ErrorAlert error={outcomes.error} />}
        {outcomes.loading && !outcomes.data && <Loading />}
        {outcomes.data && <OutcomeList eventId={event.id} items={items} canWrite={canWrite} onChange={setItems} onStale={outcomes.reload} say={setSaid} />}
      </section>
    </>
  );
}
