// A group's meetings on its page: those planned and those held, by start, each linking to the
// event's page, its invitations and (for those who plan events) its check-in, where
// attendance is kept. Coordinators and the group's lead plan the next meeting here; the server
// decides who may (403 otherwise), and a planned meeting is an event like any other.
import { useEffect, useState } from 'react';
import { ApiError } from '../app/api';
import { renamingFields } from '../app/formErrors';
import { AsyncContent } from '../app/results';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert, ErrorSummary, SelectField, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useRecordForm } from '../app/useRecordForm';
import { eventFormats, eventTime, defaultTimeZone, timeZones } from '../events/eventVocabulary';
import type { Event, EventFormat } from '../events/types';
import { serverMessage, useI18n } from '../i18n/i18n';
import { getMeetings, postMeeting } from './groupsApi';
import type { Group } from './types';
import type { GroupRole } from './useGroupRole';

const heldStatuses: Event['status'][] = ['held', 'reported', 'closed'];

function MeetingList({ label, items }: { label: string; items: Event[] }) {
  const { t, lang, label: word } = useI18n();
  const session = useSession();
  return (
    <ul className="meeting-list" aria-label={label}>
      {items.map((e) => (
        <li key={e.id}>
          <h4 className="meeting-title">
            <Link to={`/events/${e.id}`} id={`meeting-${e.id}`}>
              {e.title}
            </Link>
          </h4>
          <p className="meeting-when">{eventTime(lang, e.starts_at, e.ends_at, e.time_zone)}</p>
          <p className="meeting-facts">
            {word('eventStatus', e.status)} · {word('eventFormat', e.format)}
          </p>
          <p className="meeting-links">
            <Link to={`/events/${e.id}/invitations`} aria-label={t('followUp.invitationsOf', { title: e.title })}>
              {t('followUp.invitations')}
            </Link>
            {session.can('plan_events') && (
              <Link to={`/events/${e.id}/check-in`} aria-label={t('followUp.checkInOf', { title: e.title })}>
                {t('followUp.checkIn')}
              </Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

interface MeetingFields {
  title: string;
  format: EventFormat;
  venue: string;
  link: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  capacity: string;
}

// The form's field names on a page that has other forms: meeting.title, meeting.starts_at …
const names = ['title', 'format', 'venue', 'link', 'starts_at', 'ends_at', 'time_zone', 'capacity', 'type'];
const prefixed = Object.fromEntries(names.map((n) => [n, `meeting.${n}`]));

function PlanMeetingForm({ group, onPlanned }: { group: Group; onPlanned: (meeting: Event) => void }) {
  const { t, lang, label } = useI18n();
  const fresh = (): MeetingFields => ({
    title: t('followUp.meetingTitle', { name: group.name, n: group.meeting_count + 1 }),
    format: 'online',
    venue: '',
    link: '',
    starts_at: '',
    ends_at: '',
    time_zone: defaultTimeZone,
    capacity: String(Math.max(group.members.length, 2)),
  });
  const [fields, setFields] = useState<MeetingFields>(fresh);
  const form = useRecordForm(
    () =>
      renamingFields(
        () =>
          postMeeting(group.id, {
            type: 'group_meeting',
            title: fields.title.trim(),
            format: fields.format,
            venue: fields.format === 'online' ? null : fields.venue.trim(),
            link: fields.format === 'in_person' ? null : fields.link.trim(),
            starts_at: fields.starts_at,
            ends_at: fields.ends_at,
            time_zone: fields.time_zone,
            capacity: fields.capacity.trim() === '' ? 0 : Number(fields.capacity),
          }),
        prefixed,
      ),
    (meeting) => {
      setFields(fresh());
      onPlanned(meeting);
    },
  );
  const bind = (name: keyof MeetingFields) => {
    const problem = form.fieldErrors[`meeting.${name}`];
    return {
      name: `meeting.${name}`,
      value: fields[name],
      error: problem ? serverMessage(lang, problem) : undefined,
      onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
    };
  };
  const labels: Record<string, string> = {
    'meeting.title': t('field.title'),
    'meeting.format': t('event.format'),
    'meeting.venue': t('event.venue'),
    'meeting.link': t('event.link'),
    'meeting.starts_at': t('event.startsAt'),
    'meeting.ends_at': t('event.endsAt'),
    'meeting.time_zone': t('event.timeZone'),
    'meeting.capacity': t('event.capacity'),
    'meeting.type': t('event.type'),
  };
  const refused = form.error instanceof ApiError && form.error.status === 403;
  return (
    <>
      <ErrorSummary errors={form.fieldErrors} labels={labels} />
      {form.error !== undefined &&
        (refused ? (
          <ErrorAlert>
            <p>{t('followUp.onlyManagersMeet')}</p>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={form.error} />
        ))}
      <form onSubmit={form.onSubmit} className="form" noValidate aria-labelledby="plan-meeting-heading">
        <TextField label={labels['meeting.title']} required autoComplete="off" {...bind('title')} />
        <SelectField label={labels['meeting.format']} required options={eventFormats.map((v) => ({ value: v, label: label('eventFormat', v) }))} {...bind('format')} />
        {fields.format !== 'online' && <TextField label={labels['meeting.venue']} required hint={t('event.venueHint')} {...bind('venue')} />}
        {fields.format !== 'in_person' && <TextField label={labels['meeting.link']} required type="url" hint={t('hint.website')} {...bind('link')} />}
        <div className="field-row">
          <TextField label={labels['meeting.starts_at']} required type="datetime-local" {...bind('starts_at')} />
          <TextField label={labels['meeting.ends_at']} required type="datetime-local" {...bind('ends_at')} />
        </div>
        <SelectField label={labels['meeting.time_zone']} required hint={t('event.timeZoneHint')} options={timeZones(fields.time_zone).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))} {...bind('time_zone')} />
        <TextField label={labels['meeting.capacity']} required type="number" min={1} inputMode="numeric" {...bind('capacity')} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('followUp.planMeeting')}
          </button>
        </div>
      </form>
    </>
  );
}

export function GroupMeetings({ group, role, onPlanned }: { group: Group; role: GroupRole; onPlanned: () => void }) {
  const { t, number } = useI18n();
  const meetings = useAsync(() => getMeetings(group.id), [group.id]);
  const [planned, setPlanned] = useState<Event | null>(null);
  // Focus goes to the new meeting's link in the announcement, so the planner can open it.
  useEffect(() => {
    if (planned) document.getElementById('planned-meeting-link')?.focus();
  }, [planned]);
  const plans = role === 'coordinator' || role === 'lead' || role === 'maybe';
  const form = plans && (
    <section aria-labelledby="plan-meeting-heading" className="panel plan-meeting">
      <h3 id="plan-meeting-heading">{t('followUp.planMeetingTitle')}</h3>
      {role === 'maybe' && <p className="hint">{t('followUp.planMeetingMaybe')}</p>}
      {/* Starts afresh once the group's meeting count has changed (the next title's number). */}
      <PlanMeetingForm
        key={group.meeting_count}
        group={group}
        onPlanned={(meeting) => {
          setPlanned(meeting);
          meetings.reload();
          onPlanned();
        }}
      />
    </section>
  );
  return (
    <section aria-labelledby="group-meetings-heading" className="panel">
      <h2 id="group-meetings-heading">{t('followUp.meetings')}</h2>
      <div role="status">
        {planned && (
          <p className="status">
            {t('followUp.meetingPlanned')}{' '}
            <Link to={`/events/${planned.id}`} id="planned-meeting-link">
              {planned.title}
            </Link>
          </p>
        )}
      </div>
      <AsyncContent state={meetings}>
        {(list) => {
          const held = list.items.filter((e) => heldStatuses.includes(e.status));
          const coming = list.items.filter((e) => !heldStatuses.includes(e.status));
          return (
            <>
              <Status>{t('followUp.meetingCount', { held: number(held.length), planned: number(coming.length) })}</Status>
              <h3 id="group-planned-heading">{t('followUp.plannedMeetings')}</h3>
              {coming.length === 0 ? <p>{t('followUp.noPlannedMeetings')}</p> : <MeetingList label={t('followUp.plannedMeetings')} items={coming} />}
              <h3 id="group-held-heading">{t('followUp.heldMeetings')}</h3>
              {held.length === 0 ? <p>{t('followUp.noHeldMeetings')}</p> : <MeetingList label={t('followUp.heldMeetings')} items={[...held].reverse()} />}
            </>
          );
        }}
      </AsyncContent>
      {form}
    </section>
  );
}
