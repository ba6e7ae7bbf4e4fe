// Test data for the analysis components: default settings and stakeholder views.
import type { AnalysisSettings, StakeholderView } from './types';

export const settings: AnalysisSettings = {
  grid: { influence: 3.5, interest: 3.5 },
  salience: { power: 3.5, legitimacy: 3.5, urgency: 3.5 },
  weights: { influence: 3, interest: 2, legitimacy: 1, urgency: 1, relevance: 2, support: 0 },
  high_priority: 60,
  programme_id: 1,
  version: 4,
  updated_at: null,
  updated_by: null,
};

// A stakeholder view with the given name, priority and mean influence and interest.
export function view(id: number, name: string, priority: number, influence: number, interest: number, extra: Partial<StakeholderView> = {}): StakeholderView {
  return {
    subject_type: 'person',
    subject_id: id,
    name,
    organisation_name: null,
    country: 'SE',
    sector: 'agency',
    perspectives: ['researcher'],
    assessors: 1,
    straddles_threshold: false,
    mean: { influence, interest, attitude: 0, legitimacy: 3, urgency: 3 },
    range: { influence: 0, interest: 0, attitude: 0, legitimacy: 0, urgency: 0 },
    relevance: 2,
    last_assessed_on: '2025-03-01',
    quadrant: influence >= 3.5 ? (interest >= 3.5 ? 'key_player' : 'keep_satisfied') : interest >= 3.5 ? 'keep_informed' : 'minimal_effort',
    salience: 'none',
    strategy: 'monitor',
    priority,
    high_priority: priority >= 60,
    positions: [{ as_of: '2025-03-01', influence, interest }],
    movements: [],
    ...extra,
  };
}
