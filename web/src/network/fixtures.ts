// A small network for the component tests: three people in one community (one of them a
// broker), an organisation in another, and an isolate.
import type { Introductions, NetworkNode, NetworkTrends, NetworkView } from './types';

export function node(n: number, name: string, extra: Partial<NetworkNode> = {}): NetworkNode {
  return {
    id: `p:${n}`,
    kind: 'person',
    record_id: n,
    name,
    country: 'SE',
    sector: 'agency',
    perspectives: ['researcher'],
    themes: ['stigma_reduction'],
    degree: 0,
    weighted_degree: 0,
    betweenness: 0,
    eigenvector: 0,
    community: 0,
    component: 0,
    broker: false,
    ...extra,
  };
}

export function network(extra: Partial<NetworkView['summary']> = {}): NetworkView {
  return {
    as_of: '2026-10-20',
    version: 7,
    summary: {
      nodes: 5,
      edges: 3,
      density: 0.3,
      components: 3,
      largest_component: 3,
      isolates: 1,
      communities: 3,
      community_sizes: [3, 1, 1],
      modularity: 0.125,
      cross_country_share: 0.25,
      cross_sector_share: null,
      country_bridges: [{ countries: ['FI', 'SE'], stakeholders: 2 }],
      betweenness_estimated: false,
      ...extra,
    },
    nodes: [
      node(1, 'Åsa Lindqvist', { degree: 2, weighted_degree: 5, betweenness: 1, eigenvector: 0.9, broker: true }),
      node(2, 'Bo Ek', { degree: 1, weighted_degree: 4, eigenvector: 0.6, country: 'FI', sector: 'academia' }),
      node(3, 'Cilla Berg', { degree: 3, weighted_degree: 3, eigenvector: 0.7, perspectives: [] }),
      node(4, 'Region Norr', { id: 'o:4', kind: 'organisation', record_id: 4, community: 1, component: 1, perspectives: [], sector: 'region' }),
      node(5, 'Dan Ödman', { community: 2, component: 2 }),
    ],
    edges: [
      { source: 'p:1', target: 'p:2', weight: 4, types: ['collaboration'], co_participations: 1, tie_ids: [1] },
      { source: 'p:1', target: 'p:3', weight: 1, types: [], co_participations: 1, tie_ids: [] },
      { source: 'p:2', target: 'p:3', weight: 2, types: ['advice'], co_participations: 0, tie_ids: [2] },
    ],
    brokers: ['p:1'],
    isolates: ['p:5'],
  };
}

export const trends: NetworkTrends = {
  points: [
    { ...network().summary, as_of: '2026-09-15', event: { id: 1, title: 'Kickoff' }, edges: 2 },
    { ...network().summary, as_of: '2026-10-20', event: { id: 2, title: 'Policy dialogue' } },
    { ...network().summary, as_of: '2026-11-24', event: null },
  ],
};

export const monthlyTrends: NetworkTrends = {
  points: [
    { ...network().summary, as_of: '2026-09-01', event: null, edges: 0, largest_component: 1 },
    { ...network().summary, as_of: '2026-10-01', event: null, edges: 2, largest_component: 3 },
    { ...network().summary, as_of: '2026-11-01', event: null, edges: 3, largest_component: 3 },
    { ...network().summary, as_of: '2026-11-24', event: null, edges: 3, largest_component: 4 },
  ],
};

export const introductions: Introductions = {
  as_of: '2026-10-20',
  items: [
    {
      a: { id: 'p:2', person_id: 2, name: 'Bo Ek', country: 'FI', community: 0, degree: 1 },
      b: { id: 'p:5', person_id: 5, name: 'Dan Ödman', country: 'SE', community: 2, degree: 1 },
      score: 3.2,
      shared_themes: ['stigma_reduction'],
      bridges_communities: true,
      bridges_countries: true,
      first_contact: false,
      reason: 'Both work on stigma_reduction; they would join communities 1 and 3 and countries FI and SE.',
    },
    {
      a: { id: 'p:1', person_id: 1, name: 'Åsa Lindqvist', country: 'SE', community: 0, degree: 2 },
      b: { id: 'p:6', person_id: 6, name: 'Eva Holm', country: 'SE', community: 3, degree: 0 },
      score: 2.9,
      shared_themes: ['stigma_reduction'],
      bridges_communities: true,
      bridges_countries: false,
      first_contact: true,
      reason: 'Eva Holm has no ties here yet; Åsa Lindqvist also works on Stigma reduction and could be a first contact.',
    },
  ],
};
