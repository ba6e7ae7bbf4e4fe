// The live session's HTTP routes: the facilitator's (logged in, run_live_sessions) and the
// participant's (no account: the participant token travels in X-Live-Token, never in a URL).
// Every call names the reader's language, so a refusal comes back in it.
import { api, request, type ApiResponse } from '../app/api';
import type { Lang } from '../i18n/i18n';
import { noteServerDate } from './serverClock';
import type { ActivityInput, ActivityState, AnswerInput, Cluster, Joined, LiveChanges, LiveSession, LiveState, OpinionGroups, Promotion, PromotionInput } from './types';

const base = '/api/v1/live';
const lang = (l: Lang) => ({ 'Accept-Language': l });

// A read of the state, whose Date header tells how far this device's clock is from the server's
// (a timer counts down from the server's opened_at).
async function timed<T>(read: () => Promise<ApiResponse<T>>): Promise<T> {
  const sent = Date.now();
  const response = await read();
  noteServerDate(response.date ?? null, sent, Date.now());
  return response.data;
}

// Facilitator.
export const listSessions = () => api.get<{ items: LiveSession[] }>(base).then((r) => r.items);
export const startSession = (title: string, eventId: number | null) => api.post<LiveSession>(base, { title, event_id: eventId });
export const getConsole = (id: number) => timed(() => request<LiveState>('GET', `${base}/${id}`));
export const getConsoleChanges = (id: number, since: number) => api.get<LiveChanges>(`${base}/${id}/changes`, { since });
export const closeSession = (id: number) => api.post<LiveSession>(`${base}/${id}/close`, {});
export const qrUrl = (id: number) => `${base}/${id}/qr.svg`;
export const addActivity = (id: number, input: ActivityInput) => api.post<ActivityState>(`${base}/${id}/activities`, input);
export const setActivityStatus = (id: number, activityId: number, verb: 'open' | 'close') => api.post<ActivityState>(`${base}/${id}/activities/${activityId}/${verb}`, {});
export const addFacilitatorInput = (id: number, activityId: number, text: string) => api.post<ActivityState>(`${base}/${id}/activities/${activityId}/inputs`, { text });
export const hideInput = (id: number, inputId: number, hidden: boolean) => api.post<ActivityState>(`${base}/${id}/inputs/${inputId}/hide`, { hidden });
export const mergeInput = (id: number, inputId: number, into: number) => api.post<ActivityState>(`${base}/${id}/inputs/${inputId}/merge`, { into });
export const addCluster = (id: number, activityId: number, title: string) => api.post<Cluster>(`${base}/${id}/activities/${activityId}/clusters`, { title });
export const setCluster = (id: number, inputId: number, clusterId: number | null) => api.post<unknown>(`${base}/${id}/inputs/${inputId}/cluster`, { cluster_id: clusterId });
export const getOpinionGroups = (id: number, activityId: number) => api.get<OpinionGroups>(`${base}/${id}/activities/${activityId}/opinion-groups`);
export const promote = (id: number, input: PromotionInput) => api.post<Promotion>(`${base}/${id}/promote`, input);

// The console's and presenter's socket.
export const consoleSocketPath = (id: number) => `${base}/${id}/ws`;

// Participant.
const token = (t: string, l: Lang) => ({ 'X-Live-Token': t, ...lang(l) });

export const join = (body: { code: string; display_name?: string; rsvp_token?: string }, l: Lang) =>
  request<Joined>('POST', `${base}/join`, { body, headers: lang(l) }).then((r) => r.data);
export const getMine = (t: string, l: Lang) => timed(() => request<LiveState>('GET', `${base}/me`, { headers: token(t, l) }));
export const getMyChanges = (t: string, since: number, l: Lang) =>
  request<LiveChanges>('GET', `${base}/me/changes`, { query: { since }, headers: token(t, l) }).then((r) => r.data);
export const sendInput = (t: string, activityId: number, text: string, l: Lang) =>
  request<ActivityState>('POST', `${base}/me/inputs`, { body: { activity_id: activityId, text }, headers: token(t, l) }).then((r) => r.data);
export const sendAnswer = (t: string, answer: AnswerInput, l: Lang) => request<ActivityState>('POST', `${base}/me/answers`, { body: answer, headers: token(t, l) }).then((r) => r.data);
export const participantSocketPath = (code: string) => `${base}/ws?code=${encodeURIComponent(code)}`;

// The WebSocket address of a path on this origin.
export function socketUrl(path: string, location: { protocol: string; host: string } = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}
