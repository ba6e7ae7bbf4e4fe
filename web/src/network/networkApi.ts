// The network endpoints, one function each. Paths go through schema.ts's path(), so a route
// the server no longer describes fails the build.
import { api, queryString, type Query } from '../app/api';
import { path } from '../app/schema';
import type { IntroductionNote, Introductions, NetworkTrends, NetworkView } from './types';

export function getNetwork(filters: Query) {
  return api.get<NetworkView>(path('/api/v1/network'), filters);
}

// The timeline is asked for without "as of", so the slider and the trends always show every
// held event (or month), whichever date the graph is drawn for.
export function getTrends(filters: Query, every: 'event' | 'month' = 'event') {
  return api.get<NetworkTrends>(path('/api/v1/network/trends'), { ...filters, as_of: '', every });
}

export function getIntroductions(filters: Query) {
  return api.get<Introductions>(path('/api/v1/network/introductions'), filters);
}

// Keeps a suggested introduction as a dated line in both people's notes, in one transaction.
export function postIntroductionNote(personIds: [number, number], text: string) {
  return api.post<IntroductionNote>(path('/api/v1/network/introductions/note'), { person_ids: personIds, text });
}

export type ExportFormat = 'graphml' | 'gexf' | 'nodes.csv' | 'edges.csv';

// A download address for the network as filtered; used as a plain link so the browser saves it.
export function networkExportUrl(format: ExportFormat, filters: Query) {
  return path('/api/v1/network/export') + queryString({ ...filters, format });
}
