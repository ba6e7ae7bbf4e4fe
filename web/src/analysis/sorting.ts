// Sorting the stakeholder table by any of its columns. Enumerations (quadrant, salience,
// strategy) sort in the order of the rules, most engaged first, not alphabetically.
import type { Quadrant, Salience, StakeholderView, Strategy } from './types';

export type SortKey = 'name' | 'quadrant' | 'salience' | 'strategy' | 'priority' | 'influence' | 'interest' | 'attitude' | 'assessors' | 'disagreement';
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const quadrantOrder: Quadrant[] = ['key_player', 'keep_satisfied', 'keep_informed', 'minimal_effort'];
const salienceOrder: Salience[] = ['definitive', 'dominant', 'dangerous', 'dependent', 'dormant', 'discretionary', 'demanding', 'none'];
const strategyOrder: Strategy[] = ['partner', 'involve', 'address_concerns', 'consult', 'inform', 'monitor'];

// The largest disagreement between assessors over any of the five scores.
export function disagreement(v: StakeholderView): number {
  const r = v.range;
  return Math.max(r.influence, r.interest, r.attitude, r.legitimacy, r.urgency);
}

// Names sort A→Z first; numbers highest first; enumerations in rule order first.
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'quadrant' || key === 'salience' || key === 'strategy' ? 'ascending' : 'descending';
}

function value(v: StakeholderView, key: Exclude<SortKey, 'name'>): number {
  switch (key) {
    case 'quadrant':
      return quadrantOrder.indexOf(v.quadrant);
    case 'salience':
      return salienceOrder.indexOf(v.salience);
    case 'strategy':
      return strategyOrder.indexOf(v.strategy);
    case 'priority':
      return v.priority;
    case 'influence':
      return v.mean.influence;
    case 'interest':
      return v.mean.interest;
    case 'attitude':
      return v.mean.attitude;
    case 'assessors':
      return v.assessors;
    case 'disagreement':
      return disagreement(v);
  }
}

// A sorted copy; ties keep the server's order (highest priority first).
export function sortViews(items: StakeholderView[], sort: Sort, compareText: (a: string, b: string) => number): StakeholderView[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const c = sort.key === 'name' ? compareText(a.item.name, b.item.name) : value(a.item, sort.key) - value(b.item, sort.key);
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map(({ item }) => item);
}
