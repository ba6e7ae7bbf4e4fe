// The contact history's endpoints (paths through schema.ts's path()). Changes send the version
// they started from as If-Match.
import { api } from '../app/api';
import type { components } from '../app/api-schema';
import { path } from '../app/schema';

export type Interaction = components['schemas']['Interaction'];
export type InteractionInput = components['schemas']['InteractionInput'];
export type InteractionList = components['schemas']['InteractionList'];
export type Channel = Interaction['channel'];
export const channels: Channel[] = ['meeting', 'call', 'email', 'letter', 'event', 'note'];

export interface InteractionFilters {
  person_id?: number;
  organisation_id?: number;
  q?: string;
  from?: string;
  to?: string;
  follow_up_by?: string;
  limit?: number;
}

export const getInteractions = (filters: InteractionFilters) => api.get<InteractionList>(path('/api/v1/interactions'), { ...filters });
export const postInteraction = (input: InteractionInput) => api.post<Interaction>(path('/api/v1/interactions'), input);
export const markFollowedUp = (i: Interaction) => api.patch<Interaction>(path('/api/v1/interactions/{id}', { id: i.id }), { followed_up: true }, i.version);
