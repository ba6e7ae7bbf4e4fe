// Names for the events API's wire types (issue 6). They come from api-schema.ts, generated
// from the server's OpenAPI document (npm run api-types), so a changed endpoint breaks the
// build instead of the page.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Event = Schemas['Event'];
export type EventInput = Schemas['EventInput'];
export type EventList = Schemas['EventList'];
export type EventStatus = Event['status'];
export type EventType = Event['type'];
export type EventFormat = Event['format'];
export type AgendaItem = Event['agenda'][number];
export type Material = Event['materials'][number];
export type Lesson = Schemas['Lesson'];
export type LessonInput = Schemas['LessonInput'];
export type LessonList = Schemas['LessonList'];
export type Selection = Schemas['Selection'];
export type SelectionInput = Schemas['SelectionInput'];
export type SelectionList = Schemas['SelectionList'];
export type ChosenPerson = Selection['chosen'][number];
export type QuotaRow = Selection['quotas'][number];
export type QuotaInput = NonNullable<SelectionInput['quotas']>[number];
export type QuotaKind = QuotaInput['kind'];
export type Weights = NonNullable<SelectionInput['weights']>;

export type Invitation = Schemas['Invitation'];
export type InvitationStatus = Invitation['status'];
export type InvitationList = Schemas['InvitationList'];
export type InvitationSendResult = Schemas['InvitationSendResult'];
export type PersonEventList = Schemas['PersonEventList'];
export type InvitationSummary = NonNullable<InvitationList['summary']>;
export type Rsvp = Schemas['Rsvp'];
export type RsvpEvent = Rsvp['event'];
export type RsvpAnswer = Schemas['RsvpAnswer'];
export type RsvpResponse = RsvpAnswer['response'];
export type AttendanceMode = NonNullable<Invitation['attendance_mode']>;
export type OutboxMessage = Schemas['OutboxMessage'];
export type OutboxList = Schemas['OutboxList'];

export type Outcome = Schemas['Outcome'];
export type OutcomeInput = Schemas['OutcomeInput'];
export type OutcomeList = Schemas['OutcomeList'];
export type OutcomeKind = Outcome['kind'];
export type OutcomePriority = NonNullable<Outcome['priority']>;
