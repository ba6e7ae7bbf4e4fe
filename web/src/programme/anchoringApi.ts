// The anchoring endpoints the programme's page uses (paths through schema.ts's path()).
import { api } from '../app/api';
import type { components } from '../app/api-schema';
import { path } from '../app/schema';

export type Anchoring = components['schemas']['Anchoring'];
export type AnchoringInput = components['schemas']['AnchoringInput'];
export type AnchoringList = components['schemas']['AnchoringList'];
export type Level = Anchoring['level'];
export const levels: Level[] = ['informed', 'consulted', 'endorsed', 'committed', 'formally_decided'];

export const getAnchoring = (programmeId: number) => api.get<AnchoringList>(path('/api/v1/anchoring'), { programme_id: programmeId });
export const postAnchoring = (input: AnchoringInput) => api.post<Anchoring>(path('/api/v1/anchoring'), input);
export const putAnchoring = (id: number, input: AnchoringInput, version: number) => api.put<Anchoring>(path('/api/v1/anchoring/{id}', { id }), input, version);
