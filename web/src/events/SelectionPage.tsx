// The selection wizard (/events/:id/selection): the form for planners, the result of the run
// just made (focus moves to it), and the earlier selections of this event.
import { useEffect, useRef, useState } from 'react';
import { AsyncContent } from '../app/results';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { EventPageFrame } from './EventPageFrame';
import { getSelections } from './eventsApi';
import { SelectionForm } from './SelectionForm';
import { SelectionHistory } from './SelectionHistory';
import { SelectionResult } from './SelectionResult';
import type { Selection } from './types';

export function SelectionPage({ id }: { id: number }) {
  const { t } = useI18n();
  const session = useSession();
  const selections = useAsync(() => getSelections(id), [id]);
  const [shown, setShown] = useState<Selection | null>(null);
  const [focusResult, setFocusResult] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusResult > 0) resultHeading.current?.focus();
  }, [focusResult]);
  const show = (s: Selection) => {
    setShown(s);
    setFocusResult((n) => n + 1);
  };
  return (
    <EventPageFrame id={id} title={(e) => t('selection.title', { event: e.title })}>
      {(event) => (
        <>
          <p>{t('selection.intro')}</p>
          {session.can('plan_events') && (
            <SelectionForm
              event={event}
              onSolved={(s) => {
                show(s);
                selections.reload();
              }}
            />
          )}
          {shown && <SelectionResult key={shown.id} ref={resultHeading} selection={shown} />}
          <section aria-labelledby="selection-history-heading" className="panel">
            <h2 id="selection-history-heading">{t('selection.history')}</h2>
            <AsyncContent state={selections}>{(list) => <SelectionHistory selections={list.items} shown={shown?.id ?? null} onShow={show} />}</AsyncContent>
          </section>
        </>
      )}
    </EventPageFrame>
  );
}
