// The assessment form's values, checked in the browser with the server's own rules
// (docs/analysis.md) so most mistakes are caught before sending; the server checks again.
import type { FieldProblem } from '../app/api';
import { refuseAny } from '../app/formErrors';
import { maxRationaleBytes, relevanceRange, scales, type ScaleName } from './scales';
import type { AssessmentInput, SubjectType } from './types';

export interface AssessmentFields {
  scores: Record<ScaleName, number | null>;
  relevance: Record<string, number>; // theme slug → 0–3
  assessed_on: string;
  rationale: string;
  // The rationale holds health details: only those who see lived experience read it.
  rationale_special?: boolean;
}

export const emptyScores: Record<ScaleName, number | null> = { influence: null, interest: null, attitude: null, legitimacy: null, urgency: null };

export interface Messages {
  choose: string;
  date: string;
  future: string;
  tooLong: string;
  relevance: string;
}

// Is `text` a real day written YYYY-MM-DD (not 2025-02-30)?
export function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// The request body, or a thrown 422 naming each field that is wrong.
export function assessmentInput(subjectType: SubjectType, subjectId: number, f: AssessmentFields, today: string, m: Messages): AssessmentInput {
  const errors: FieldProblem[] = [];
  for (const s of scales) {
    const v = f.scores[s.name];
    if (v === null || !Number.isInteger(v) || v < s.min || v > s.max) errors.push({ field: s.name, message: m.choose });
  }
  for (const [slug, v] of Object.entries(f.relevance))
    if (!Number.isInteger(v) || v < relevanceRange.min || v > relevanceRange.max) errors.push({ field: `relevance.${slug}`, message: m.relevance });
  if (!isDay(f.assessed_on)) errors.push({ field: 'assessed_on', message: m.date });
  else if (f.assessed_on > today) errors.push({ field: 'assessed_on', message: m.future });
  if (new TextEncoder().encode(f.rationale).length > maxRationaleBytes) errors.push({ field: 'rationale', message: m.tooLong });
  refuseAny(errors);
  const score = (name: ScaleName) => f.scores[name] as number;
  return {
    subject_type: subjectType,
    subject_id: subjectId,
    assessed_on: f.assessed_on,
    influence: score('influence'),
    interest: score('interest'),
    attitude: score('attitude'),
    legitimacy: score('legitimacy'),
    urgency: score('urgency'),
    relevance: f.relevance,
    rationale: f.rationale.trim(),
    rationale_special: f.rationale_special ?? false,
  };
}
