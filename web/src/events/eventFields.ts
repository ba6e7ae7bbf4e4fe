// The event design form's state and its mapping to and from the wire. Lists that people type
// (languages, facilitators, an agenda item's sub-items) are kept as text while editing.
import type { FieldErrors, FieldProblem } from '../app/api';
import { splitList } from '../app/vocabulary';
import { defaultTimeZone } from './eventVocabulary';
import type { Event, EventFormat, EventInput, EventType } from './types';

// Every agenda item and material gets a key of its own so React keeps the right inputs (and
// their focus) when rows are moved or removed.
let nextKey = 1;
export const newKey = () => nextKey++;

export interface AgendaDraft {
  key: number;
  // The server's id of a saved item, sent back so outcomes keep pointing at it.
  id?: number;
  time: string;
  title: string;
  owner: string;
  items: string;
}

export interface MaterialDraft {
  key: number;
  title: string;
  url: string;
}

export interface EventFields {
  title: string;
  type: EventType;
  themes: string[];
  objectives: string;
  format: EventFormat;
  venue: string;
  link: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  capacity: string;
  working_languages: string;
  interpretation_languages: string;
  accessibility: string;
  facilitators: string;
  // The facilitators' accounts (who may write the outcomes): kept as they are through an edit.
  facilitator_user_ids: number[];
  agenda: AgendaDraft[];
  materials: MaterialDraft[];
  invitation_text_sv: string;
  invitation_text_en: string;
  reply_by: string;
}

export const emptyEvent: EventFields = {
  title: '', type: 'thematic_workshop', themes: [], objectives: '', format: 'in_person', venue: '', link: '',
  starts_at: '', ends_at: '', time_zone: defaultTimeZone, capacity: '12', working_languages: 'sv, en',
  interpretation_languages: '', accessibility: '', facilitators: '', facilitator_user_ids: [], agenda: [], materials: [],
  invitation_text_sv: '', invitation_text_en: '', reply_by: '',
};

export function emptyAgendaItem(): AgendaDraft {
  return { key: newKey(), time: '', title: '', owner: '', items: '' };
}

const lines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

export function fieldsOf(e: Event): EventFields {
  return {
    title: e.title,
    type: e.type,
    themes: e.themes,
    objectives: e.objectives,
    format: e.format,
    venue: e.venue ?? '',
    link: e.link ?? '',
    starts_at: e.starts_at,
    ends_at: e.ends_at,
    time_zone: e.time_zone,
    capacity: String(e.capacity),
    working_languages: e.working_languages.join(', '),
    interpretation_languages: e.interpretation_languages.join(', '),
    accessibility: e.accessibility,
    facilitators: e.facilitators.join('\n'),
    facilitator_user_ids: e.facilitator_user_ids ?? [],
    agenda: e.agenda.map((a) => ({ key: newKey(), id: a.id ?? undefined, time: a.time, title: a.title, owner: a.owner ?? '', items: (a.items ?? []).join('\n') })),
    materials: e.materials.map((m) => ({ key: newKey(), title: m.title ?? '', url: m.url })),
    invitation_text_sv: e.invitation_text_sv,
    invitation_text_en: e.invitation_text_en,
    reply_by: e.reply_by ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

// The wire form. A capacity that is not a number is sent as 0 so the server names the field.
export function toEventInput(f: EventFields): EventInput {
  const capacity = Number(f.capacity.trim());
  return {
    title: f.title.trim(),
    type: f.type,
    themes: f.themes,
    objectives: f.objectives,
    format: f.format,
    venue: f.format === 'online' ? null : orNull(f.venue),
    link: f.format === 'in_person' ? null : orNull(f.link),
    starts_at: f.starts_at,
    ends_at: f.ends_at,
    time_zone: f.time_zone,
    capacity: Number.isInteger(capacity) ? capacity : 0,
    working_languages: splitList(f.working_languages),
    interpretation_languages: splitList(f.interpretation_languages),
    accessibility: f.accessibility,
    facilitators: lines(f.facilitators),
    facilitator_user_ids: f.facilitator_user_ids,
    agenda: f.agenda.map((a) => ({ ...(a.id ? { id: a.id } : {}), time: a.time.trim(), title: a.title.trim(), owner: a.owner.trim(), items: lines(a.items) })),
    materials: f.materials.map((m) => ({ title: m.title.trim(), url: m.url.trim() })),
    invitation_text_sv: f.invitation_text_sv.trim(),
    invitation_text_en: f.invitation_text_en.trim(),
    reply_by: orNull(f.reply_by),
  };
}

// The error of an agenda item's sub-items: any `agenda[2].items…` field goes to its text box.
export function agendaItemsError(errors: FieldErrors, index: number): FieldProblem | undefined {
  const prefix = `agenda[${index}].items`;
  const key = Object.keys(errors).find((k) => k.startsWith(prefix));
  return key ? errors[key] : undefined;
}
