// The initiative list's endpoints, one function each (paths through schema.ts's path()). Changes
// send the version they started from as If-Match; answers come in the reader's language.
import { api, request } from '../app/api';
import { path } from '../app/schema';
import type { Lang } from '../i18n/i18n';
import type { Initiative, InitiativeInput, InitiativeList, RatingInput, RatingList, Weights, WeightsInput } from './types';

const item = (id: number) => path('/api/v1/initiatives/{id}', { id });

export const getInitiatives = (programmeId: number) => api.get<InitiativeList>(path('/api/v1/initiatives'), { programme_id: programmeId });
export const postInitiative = (input: InitiativeInput) => api.post<Initiative>(path('/api/v1/initiatives'), input);
export const deleteInitiative = (i: Initiative) => api.del(item(i.id), i.version);
export const getRatings = (id: number) => api.get<RatingList>(path('/api/v1/initiatives/{id}/ratings', { id }));
export const rate = (id: number, input: RatingInput, lang: Lang) =>
  request<Initiative>('PUT', path('/api/v1/initiatives/{id}/ratings/mine', { id }), { body: input, query: { lang } }).then((r) => r.data);

export const moveInitiative = (i: Initiative, to: 'accepted' | 'declined' | 'proposed', reason: string, lang: Lang) =>
  api.post<Initiative>(path('/api/v1/initiatives/{id}/transitions', { id: i.id }), { to, reason }, { query: { lang }, version: i.version });
export const makePlan = (i: Initiative, lang: Lang) =>
  api.post<Initiative>(path('/api/v1/initiatives/{id}/action-plan', { id: i.id }), undefined, { query: { lang }, version: i.version });

export const getWeights = (programmeId: number) => api.get<Weights>(path('/api/v1/programmes/{id}/initiative-weights', { id: programmeId }));
export const putWeights = (programmeId: number, input: WeightsInput, version: number) =>
  api.put<Weights>(path('/api/v1/programmes/{id}/initiative-weights', { id: programmeId }), input, version);
