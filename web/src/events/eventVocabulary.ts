// The closed vocabularies of events (types, formats, the lifecycle) and how an event's time
// is written: wall-clock time in the event's own zone, never converted to the reader's zone,
// because a participant in Vilnius still meets at 09:00 Stockholm time.
import type { Lang } from '../i18n/i18n';
import type { EventFormat, EventStatus, EventType, InvitationStatus } from './types';

export const eventTypes: EventType[] = ['kickoff', 'thematic_workshop', 'policy_dialogue', 'group_meeting'];
export const eventFormats: EventFormat[] = ['in_person', 'online', 'hybrid'];
export const defaultTimeZone = 'Europe/Stockholm';

const forward: Partial<Record<EventStatus, EventStatus>> = {
  draft: 'designed',
  designed: 'open_for_invitations',
  open_for_invitations: 'held',
  held: 'reported',
  reported: 'closed',
};

// The steps the server allows from `status`: one forward, and back to draft from designed
// or open for invitations (to change the design).
export function nextSteps(status: EventStatus): EventStatus[] {
  const steps: EventStatus[] = [];
  const next = forward[status];
  if (next) steps.push(next);
  if (status === 'designed' || status === 'open_for_invitations') steps.push('draft');
  return steps;
}

// The IANA zones the browser knows (the server checks against ICU's), with `current` kept
// even when this browser does not list it.
export function timeZones(current?: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [defaultTimeZone, 'Europe/London', 'UTC'];
  const zones = known.includes(defaultTimeZone) ? [...known] : [defaultTimeZone, ...known];
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones;
}

const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

function asUtc(value: string): Date | null {
  const m = wallClockPattern.exec(value);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5])) : null;
}

// "Wednesday 10 March 2027, 09:00–12:00 (Europe/Stockholm)": the event's own clock.
export function eventTime(lang: Lang, start: string, end: string, zone: string): string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
  const s = asUtc(start);
  const e = asUtc(end);
  if (!s || !e) return `${start} – ${end} (${zone})`;
  if (start.slice(0, 10) === end.slice(0, 10)) return `${day.format(s)}, ${time.format(s)}–${time.format(e)} (${zone})`;
  return `${day.format(s)} ${time.format(s)} – ${day.format(e)} ${time.format(e)} (${zone})`;
}

// A day written YYYY-MM-DD in words: "Friday 19 February 2027", "fredag 19 februari 2027".
export function longDay(lang: Lang, day: string): string {
  const d = asUtc(`${day}T12:00`);
  if (!d) return day;
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(d);
}

// A short date for tables: "10 Mar 2027, 09:00".
export function shortWallClock(lang: Lang, value: string): string {
  const d = asUtc(value);
  if (!d) return value;
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d);
}

// A language code (ISO 639-1) as its name in the reader's language: "sv" → "Swedish".
export function languageName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang === 'sv' ? 'sv-SE' : 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const invitationStatuses: InvitationStatus[] = ['proposed', 'invited', 'accepted', 'tentative', 'declined', 'attended', 'no_show', 'withdrawn'];

// The changes a planner may record by hand from `status` (answers given by phone, withdrawal,
// check-in); sending moves proposed to invited. The server has the last word.
export function invitationSteps(status: InvitationStatus): InvitationStatus[] {
  switch (status) {
    case 'invited':
      return ['accepted', 'tentative', 'declined', 'attended', 'no_show', 'withdrawn'];
    case 'accepted':
      return ['tentative', 'declined', 'attended', 'no_show', 'withdrawn'];
    case 'tentative':
      return ['accepted', 'declined', 'attended', 'no_show', 'withdrawn'];
    case 'declined':
      return ['accepted', 'tentative'];
    default:
      return [];
  }
}
