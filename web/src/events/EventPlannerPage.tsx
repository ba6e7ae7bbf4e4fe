// Designing an event (/events/new, /events/:id/edit): the whole design form with its agenda,
// materials and the invitation's words, and deleting a draft. Saving sends the version read
// (If-Match); a 412 says someone else saved first. The event to read, with its lifecycle, is
// EventPage (/events/:id).
import { useEffect, useState } from 'react';
import { Link, navigate } from '../app/router';
import { Loading, PageTitle, Status } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { DeleteButton } from '../app/DeleteButton';
import { FormMessages, RecordLoadError } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { AgendaEditor } from './AgendaEditor';
import { emptyEvent, fieldsOf, toEventInput, type EventFields } from './eventFields';
import { eventFieldLabel, EventFormFields } from './EventFormFields';
import { deleteEvent, getEvent, postEvent, putEvent } from './eventsApi';
import { EventTabs } from './EventTabs';
import { MaterialsEditor } from './MaterialsEditor';
import type { Event } from './types';
import { useNewRecordProgramme } from '../app/ProgrammeScope';

export function EventPlannerPage({ id }: { id?: number }) {
  const { t } = useI18n();
  const session = useSession();
  const [event, setEvent] = useState<Event | undefined>(undefined);
  const [fields, setFields] = useState<EventFields>(emptyEvent);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState('');

  const load = () => {
    if (id === undefined) return;
    getEvent(id).then((e) => {
      setEvent(e);
      setFields(fieldsOf(e));
    }, setLoadError);
  };
  useEffect(load, [id]);

  const programmeId = useNewRecordProgramme();
  const form = useRecordForm(
    () => {
      setSaved('');
      return event ? putEvent(event.id, toEventInput(fields), event.version) : postEvent({ ...toEventInput(fields), programme_id: programmeId });
    },
    (result) => {
      if (!event) {
        navigate(`/events/${result.id}`);
        return;
      }
      setEvent(result);
      setFields(fieldsOf(result));
      setSaved(t('common.savedNamed', { name: result.title }));
    },
  );

  if (loadError !== undefined) return <RecordLoadError title={t('events.event')} error={loadError} />;
  if (id !== undefined && !event) return <Loading />;

  // A closed event cannot change: its page is to read.
  const canPlan = session.can('plan_events') && event?.status !== 'closed';
  const title = event ? t('events.editTitle', { title: event.title }) : t('events.new');
  const labels = Object.fromEntries(Object.keys(form.fieldErrors).map((f) => [f, eventFieldLabel(t, f)]));
  return (
    <>
      <p className="breadcrumb">
        {event ? <Link to={`/events/${event.id}`}>{t('events.backToEvent')}</Link> : <Link to="/events">{t('events.back')}</Link>}
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {event && <EventTabs id={event.id} />}
      {!canPlan && event && <p>{t('events.closedNoChange')}</p>}
      {canPlan && (
        <section aria-labelledby="design-heading" className="panel">
          <h2 id="design-heading">{t('events.design')}</h2>
          {saved && <Status>{saved}</Status>}
          <FormMessages form={form} labels={labels} onLoadLatest={load} />
          <form onSubmit={form.onSubmit} className="form event-form" noValidate>
            <EventFormFields fields={fields} setFields={setFields} errors={form.fieldErrors} />
            <AgendaEditor items={fields.agenda} onChange={(agenda) => setFields((f) => ({ ...f, agenda }))} errors={form.fieldErrors} />
            <MaterialsEditor items={fields.materials} onChange={(materials) => setFields((f) => ({ ...f, materials }))} errors={form.fieldErrors} />
            <div className="actions">
              <button type="submit" disabled={form.busy}>
                {event ? t('common.save') : t('events.create')}
              </button>
              <Link to={event ? `/events/${event.id}` : '/events'} className="button-link button-secondary">
                {event ? t('events.backToEvent') : t('common.cancel')}
              </Link>
            </div>
          </form>
        </section>
      )}
      {canPlan && event?.status === 'draft' && (
        <DeleteButton
          what={event.title}
          onDelete={async () => {
            await deleteEvent(event);
            navigate('/events');
          }}
        />
      )}
    </>
  );
}
