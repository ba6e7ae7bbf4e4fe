// An event to read (/events/:id): when, where and how, the organisers' words and the reply-by
// day, the programme, and who is coming; its lifecycle for those who plan. The design form is
// its own page (/events/:id/edit), so reading an event never means scrolling past a form.
import { useEffect, useState } from 'react';
import { Link, navigate } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { RecordLoadError } from '../app/RecordFormParts';
import { EventFacts } from './EventFacts';
import { EventProgramme } from './EventProgramme';
import { duplicateEvent, eventCalendarUrl, getEvent } from './eventsApi';
import { EventTabs } from './EventTabs';
import { longDay } from './eventVocabulary';
import { LifecyclePanel } from './LifecyclePanel';
import { WhoIsComing } from './WhoIsComing';
import type { Event } from './types';

export function EventPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [event, setEvent] = useState<Event | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [duplicateError, setDuplicateError] = useState<unknown>(undefined);
  const load = () => {
    getEvent(id).then(setEvent, setLoadError);
  };
  useEffect(load, [id]);

  if (loadError !== undefined) return <RecordLoadError title={t('events.event')} error={loadError} />;
  if (!event) return <Loading />;
  const plans = session.can('plan_events');
  const words = lang === 'sv' ? event.invitation_text_sv || event.invitation_text_en : event.invitation_text_en || event.invitation_text_sv;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/events">{t('events.back')}</Link>
      </p>
      <PageTitle title={event.title}>{event.title}</PageTitle>
      <EventTabs id={event.id} />
      <p className="export-links">
        {plans && event.status !== 'closed' && (
          <>
            <Link to={`/events/${event.id}/edit`} className="button-link">
              {t('events.edit')}
            </Link>{' '}
          </>
        )}
        <a className="button-link button-secondary" href={eventCalendarUrl(event.id)} download>
          {t('events.calendar')}
        </a>{' '}
        {session.can('run_live_sessions') && (event.status === 'open_for_invitations' || event.status === 'held') && (
          <>
            <Link to={`/live/sessions?event=${event.id}`} className="button-link button-secondary">
              {t('events.startLive')}
            </Link>{' '}
          </>
        )}
        {plans && (
          <button type="button" className="button-secondary" onClick={() => void duplicateEvent(event, lang).then((copy) => navigate(`/events/${copy.id}/edit`), setDuplicateError)}>
            {t('events.duplicate')}
          </button>
        )}
      </p>
      {duplicateError !== undefined && <ErrorAlert error={duplicateError} />}
      <LifecyclePanel event={event} onChanged={setEvent} onReload={load} />
      <section aria-labelledby="event-about-heading">
        <h2 id="event-about-heading">{t('events.about')}</h2>
        <EventFacts event={{ ...event, languages: event.working_languages }} />
        {event.reply_by && <p>{t('events.replyByShown', { day: longDay(lang, event.reply_by) })}</p>}
        {words && (
          <>
            <h3>{t('events.invitationWords')}</h3>
            <p className="prewrap">{words}</p>
          </>
        )}
      </section>
      <EventProgramme event={event} />
      <WhoIsComing event={event} />
    </>
  );
}
