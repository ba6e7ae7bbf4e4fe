// The events endpoints, one function each. Paths go through schema.ts's path(), so a route
// the server no longer describes fails the build. Writes to a record send its version as
// If-Match, so two planners editing at once hear about it (412) instead of overwriting.
import { api, queryString, request } from '../app/api';
import { path } from '../app/schema';
import type {
  Event,
  EventInput,
  EventList,
  EventStatus,
  Invitation,
  InvitationList,
  InvitationSendResult,
  InvitationStatus,
  Lesson,
  LessonInput,
  LessonList,
  OutboxList,
  Outcome,
  OutcomeInput,
  OutcomeList,
  Selection,
  SelectionInput,
  SelectionList,
} from './types';

// Every event, or one programme's (programme_id).
export const getEvents = (programmeId?: number) => api.get<EventList>(path('/api/v1/events'), { programme_id: programmeId });
export const getEvent = (id: number) => api.get<Event>(path('/api/v1/events/{id}', { id }));
export const postEvent = (input: EventInput) => api.post<Event>(path('/api/v1/events'), input);
export const putEvent = (id: number, input: EventInput, version: number) => api.put<Event>(path('/api/v1/events/{id}', { id }), input, version);
export const deleteEvent = (event: Event) => api.del(path('/api/v1/events/{id}', { id: event.id }), event.version);
export const eventCalendarUrl = (id: number) => path('/api/v1/events/{id}/calendar.ics', { id });
// Evidence of attendance: the sheet to download and the sign-in sheet to print, in `lang`.
export const attendanceUrl = (id: number, format: 'csv' | 'xlsx', lang: string) => path('/api/v1/events/{id}/attendance', { id }) + queryString({ format, lang });
export const signInSheetUrl = (id: number, lang: string) => path('/api/v1/events/{id}/sign-in-sheet', { id }) + queryString({ lang });

// One step along the lifecycle; an administrator may add the reason to pass the readiness gate.
// A new draft with the event's design; the server words the copy's title in `lang`.
export function duplicateEvent(event: Event, lang: 'sv' | 'en') {
  return api.post<Event>(path('/api/v1/events/{id}/duplicate', { id: event.id }) + queryString({ lang }), {});
}

export function transitionEvent(event: Event, to: EventStatus, overrideReason?: string) {
  const body = overrideReason === undefined ? { to } : { to, override_reason: overrideReason };
  return api.post<Event>(path('/api/v1/events/{id}/transitions', { id: event.id }), body, { version: event.version });
}

export const getLessons = () => api.get<LessonList>(path('/api/v1/lessons'));
export const postLesson = (input: LessonInput) => api.post<Lesson>(path('/api/v1/lessons'), input);
export const putLesson = (lesson: Lesson, input: LessonInput) => api.put<Lesson>(path('/api/v1/lessons/{id}', { id: lesson.id }), input, lesson.version);
export const deleteLesson = (lesson: Lesson) => api.del(path('/api/v1/lessons/{id}', { id: lesson.id }), lesson.version);

export const getSelections = (eventId: number) => api.get<SelectionList>(path('/api/v1/events/{id}/selections', { id: eventId }));
export const postSelection = (eventId: number, input: SelectionInput) => api.post<Selection>(path('/api/v1/events/{id}/selections', { id: eventId }), input);

export const getInvitations = (eventId: number) => api.get<InvitationList>(path('/api/v1/events/{id}/invitations', { id: eventId }));
// Proposes a selection's chosen or the given people; without a language each invitation is
// written in the person's own (Swedish when they speak it, else English).
export function proposeInvitations(eventId: number, from: ({ selection_id: number } | { person_ids: number[] }) & { language?: 'sv' | 'en' }) {
  return api.post<InvitationList>(path('/api/v1/events/{id}/invitations', { id: eventId }), from);
}

// The event statuses in which people may still be proposed (the server refuses once it is held).
export const proposableStatuses: EventStatus[] = ['draft', 'designed', 'open_for_invitations'];
// Sends the given proposed invitations, or every proposed one when `ids` is undefined.
export function sendInvitations(eventId: number, ids?: number[]) {
  return api.post<InvitationSendResult>(path('/api/v1/events/{id}/invitations/send', { id: eventId }), ids === undefined ? {} : { invitation_ids: ids });
}
// Reminds everyone invited who has not answered (not those reminded in the last 20 hours).
export const remindInvitations = (eventId: number) => api.post<InvitationSendResult>(path('/api/v1/events/{id}/invitations/remind', { id: eventId }), {});
export function transitionInvitation(invitation: Invitation, to: InvitationStatus, note?: string) {
  return request<Invitation>('POST', path('/api/v1/invitations/{id}/transitions', { id: invitation.id }), {
    body: note ? { to, note } : { to },
    version: invitation.version,
  }).then((r) => r.data);
}
export const deleteInvitation = (invitation: Invitation) => api.del(path('/api/v1/invitations/{id}', { id: invitation.id }), invitation.version);
export const invitationCalendarUrl = (id: number) => path('/api/v1/invitations/{id}/calendar.ics', { id });

export const getOutbox = () => api.get<OutboxList>(path('/api/v1/outbox'));
export const outboxExportUrl = () => path('/api/v1/outbox/export');

export const getOutcomes = (eventId: number) => api.get<OutcomeList>(path('/api/v1/events/{id}/outcomes', { id: eventId }));
export const postOutcome = (eventId: number, input: OutcomeInput) => api.post<Outcome>(path('/api/v1/events/{id}/outcomes', { id: eventId }), input);
const outcomePath = (o: Outcome) => path('/api/v1/events/{id}/outcomes/{outcome_id}', { id: o.event_id, outcome_id: o.id });
export const agreeOutcome = (o: Outcome) => api.patch<Outcome>(outcomePath(o), { status: 'agreed' }, o.version);
export const deleteOutcome = (o: Outcome) => api.del(outcomePath(o), o.version);
// The new order names every outcome of the event once; the server refuses it (422) when someone
// added or removed one meanwhile.
export const orderOutcomes = (eventId: number, ids: number[]) => api.post<OutcomeList>(path('/api/v1/events/{id}/outcomes/order', { id: eventId }), { ids });
