// What the pages of one event share: the way back, the page's title (named after the event),
// the event's tabs, and the loading and error states before the event is there.
import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getEvent } from './eventsApi';
import { EventTabs } from './EventTabs';
import type { Event } from './types';

export function EventPageFrame({ id, title, children }: { id: number; title: (event: Event) => string; children: (event: Event) => ReactNode }) {
  const { t } = useI18n();
  const event = useAsync(() => getEvent(id), [id]);
  const back = (
    <p className="breadcrumb">
      <Link to="/events">{t('events.back')}</Link>
    </p>
  );
  if (event.error !== undefined && !event.data)
    return (
      <>
        {back}
        <PageTitle title={t('events.event')}>{t('events.event')}</PageTitle>
        <ErrorAlert error={event.error} />
      </>
    );
  if (!event.data) return <Loading />;
  const text = title(event.data);
  return (
    <>
      {back}
      <PageTitle title={text}>{text}</PageTitle>
      <EventTabs id={id} />
      {children(event.data)}
    </>
  );
}
