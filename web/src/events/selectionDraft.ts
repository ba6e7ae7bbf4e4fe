// The selection wizard's state and its mapping to the request: the candidate pool (register
// filters), seats, weights, quota rows, and pinned and excluded people. Numbers stay text while
// typed; a quota's share is typed as a percentage and sent as 0–1.
import type { FieldProblem } from '../app/api';
import { parseNumber } from '../app/formErrors';
import type { QuotaInput, QuotaKind, SelectionInput } from './types';

export const poolKeys = ['q', 'country', 'country_group', 'sector', 'perspective', 'theme', 'tag', 'organisation'] as const;
export type PoolKey = (typeof poolKeys)[number];

export const quotaKinds: QuotaKind[] = ['country_min', 'perspective_min', 'perspective_max', 'lived_experience_share', 'organisation_max', 'country_max', 'sector_min'];

// What a kind of quota needs besides its kind: a key (which group, perspective or sector),
// a count, or a share.
export function quotaNeeds(kind: QuotaKind): { key: 'country_group' | 'perspective' | 'sector' | null; count: boolean; share: boolean } {
  switch (kind) {
    case 'country_min':
      return { key: 'country_group', count: true, share: false };
    case 'perspective_min':
    case 'perspective_max':
      return { key: 'perspective', count: true, share: false };
    case 'sector_min':
      return { key: 'sector', count: true, share: false };
    case 'lived_experience_share':
      return { key: null, count: false, share: true };
    case 'organisation_max':
    case 'country_max':
      return { key: null, count: true, share: false };
  }
}

let nextId = 1;

export interface QuotaDraft {
  id: number;
  kind: QuotaKind;
  key: string;
  count: string;
  percent: string;
}

export function newQuota(kind: QuotaKind = 'country_min'): QuotaDraft {
  return { id: nextId++, kind, key: '', count: '1', percent: '30' };
}

export interface PersonChoice {
  id: number;
  name: string;
}

export interface WeightsDraft {
  relevance: string;
  influence: string;
  newcomer: string;
  continuity: string;
}

export interface SelectionDraft {
  pool: Record<PoolKey, string>;
  seats: string;
  weights: WeightsDraft;
  quotas: QuotaDraft[];
  pinned: PersonChoice[];
  excluded: PersonChoice[];
}

// The documented defaults (docs/selection.md): relevance 3, influence 2, newcomer 1.
export const defaultWeights: WeightsDraft = { relevance: '3', influence: '2', newcomer: '1', continuity: '0' };

export function emptySelection(seats: number): SelectionDraft {
  const pool = Object.fromEntries(poolKeys.map((k) => [k, ''])) as Record<PoolKey, string>;
  return { pool, seats: String(seats), weights: { ...defaultWeights }, quotas: [], pinned: [], excluded: [] };
}

// The request, and the mistakes the browser can name before asking the server (with the
// same field names the server uses, so they show in the same places).
export function toSelectionInput(d: SelectionDraft, messages: { number: string; percent: string }): { input: SelectionInput; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const whole = (text: string, field: string): number | undefined => {
    const n = parseNumber(text);
    if (n === null || !Number.isInteger(n) || n < 0) {
      errors.push({ field, message: messages.number });
      return undefined;
    }
    return n;
  };
  const pool = Object.fromEntries(Object.entries(d.pool).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
  const weights: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.weights)) {
    const n = parseNumber(v);
    if (n === null || n < 0) errors.push({ field: `weights.${k}`, message: messages.number });
    else weights[k] = n;
  }
  const quotas: QuotaInput[] = d.quotas.map((q, i) => {
    const needs = quotaNeeds(q.kind);
    const out: QuotaInput = { kind: q.kind };
    if (needs.key) out.key = q.key;
    if (needs.count) out.count = whole(q.count, `quotas[${i}].count`);
    if (needs.share) {
      const p = parseNumber(q.percent);
      if (p === null || p < 0 || p > 100) errors.push({ field: `quotas[${i}].share`, message: messages.percent });
      else out.share = p / 100;
    }
    return out;
  });
  const input: SelectionInput = {
    // The schema types the pool as an open object; these are its documented filter names.
    pool: pool as SelectionInput['pool'],
    weights,
    quotas,
    pinned: d.pinned.map((p) => p.id),
    excluded: d.excluded.map((p) => p.id),
  };
  if (d.seats.trim() !== '') input.seats = whole(d.seats, 'seats');
  return { input, errors };
}
