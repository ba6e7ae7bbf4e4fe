// The public RSVP routes. The personal token travels in the X-RSVP-Token header, never in a
// URL, so it stays out of server logs and other sites' Referer headers.
import { request } from '../app/api';
import { path, type EvaluationAnswer, type ParticipantEvaluation } from '../app/schema';
import type { components } from '../app/api-schema';

type LiveFound = components['schemas']['LiveFound'];
import type { Rsvp, RsvpAnswer } from './types';

const rsvpPath = path('/api/v1/rsvp');
const evaluationPath = path('/api/v1/rsvp/evaluation');
const rsvpCalendarPath = path('/api/v1/rsvp/calendar.ics');

// The token from the link's fragment (/rsvp#TOKEN).
const headers = (token: string) => ({ 'X-RSVP-Token': token });

export const getRsvp = (token: string) => request<Rsvp>('GET', rsvpPath, { headers: headers(token) }).then((r) => r.data);
export const postRsvp = (token: string, answer: RsvpAnswer) => request<Rsvp>('POST', rsvpPath, { headers: headers(token), body: answer }).then((r) => r.data);

// The evaluation the same link opens: which phase may be answered now, and the answer to it.
export const getRsvpEvaluation = (token: string) => request<ParticipantEvaluation>('GET', evaluationPath, { headers: headers(token) }).then((r) => r.data);
export const postRsvpEvaluation = (token: string, answer: EvaluationAnswer) =>
  request<ParticipantEvaluation>('POST', evaluationPath, { headers: headers(token), body: answer }).then((r) => r.data);

// The live sessions open now at the invitation's event (none, usually).
export type LiveSessionFound = LiveFound['sessions'][number];
export const findLiveSessions = (token: string) => request<LiveFound>('POST', path('/api/v1/live/find'), { body: { rsvp_token: token } }).then((r) => r.data.sessions);

// Downloads the participant's calendar file. A plain link cannot send the header, so the file
// is fetched and handed to the browser as a blob.
export async function downloadRsvpCalendar(token: string, fileName: string) {
  const response = await fetch(rsvpCalendarPath, { headers: { ...headers(token), Accept: 'text/calendar' }, credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  const url = URL.createObjectURL(new Blob([blob], { type: 'text/calendar' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
