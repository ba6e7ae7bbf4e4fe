// The evaluation endpoints for those who plan and read events: the form (changed with
// If-Match, like every record), the results with an optional breakdown, and the messages that
// ask for the "after" answers. The participant's side is in rsvpApi.ts.
import { api } from '../app/api';
import { path, type EvaluationBreakdown, type EvaluationForm, type EvaluationFormInput, type EvaluationResults, type FollowUpsQueued } from '../app/schema';

const formPath = (eventId: number) => path('/api/v1/events/{id}/evaluation', { id: eventId });

export const getEvaluationForm = (eventId: number) => api.get<EvaluationForm>(formPath(eventId));
// `version` is 0 while the event still uses the standard form.
export const putEvaluationForm = (eventId: number, input: EvaluationFormInput, version: number) => api.put<EvaluationForm>(formPath(eventId), input, version);

export const getEvaluationResults = (eventId: number, by: EvaluationBreakdown | null) =>
  api.get<EvaluationResults>(path('/api/v1/events/{id}/evaluation/results', { id: eventId }), { by });

// Queues the "after" message, with a fresh personal link, to everyone who came and has not answered.
export const sendEvaluationFollowUps = (eventId: number) => api.post<FollowUpsQueued>(path('/api/v1/events/{id}/evaluation/follow-ups', { id: eventId }), undefined);
