// The assessment table's rows as a batch (POST /api/v1/assessments/batch): a row with any cell
// typed in is one new dated assessment; its cells are checked here with the server's ranges so
// most mistakes show before sending, and the server's errors ("items[3].influence") are put
// back on their cells. Pure functions, tested in assessmentTable.test.ts.
import type { FieldErrors, FieldProblem } from '../app/api';
import { relevanceRange, scales, type ScaleName } from './scales';
import type { AssessmentInput } from './types';

// A column: one of the five scales, or relevance to one theme ("relevance:stigma_reduction").
export type Column = ScaleName | `relevance:${string}`;
export const relevanceColumn = (theme: string): Column => `relevance:${theme}`;

// What was typed in one row: a column → the text.
export type RowCells = Partial<Record<Column, string>>;

// Whom a row assesses: a person or an organisation.
export interface Subject {
  type: 'person' | 'organisation';
  id: number;
}

export interface TableRow {
  subject: Subject;
  cells: RowCells;
}

// A subject as text, "p12" or "o7": the key of its row's cells.
export const subjectKey = (s: Subject) => `${s.type === 'person' ? 'p' : 'o'}${s.id}`;

// The key of one cell in the errors and its input's id ("field-<key>"): "p12-influence".
export const cellKey = (subject: string, column: string) => `${subject}-${column}`;

// A whole number as people type it: "3", "+2", "−2" (the minus sign the form shows).
export function readScore(text: string): number | null | undefined {
  const t = text.trim().replace(/^\u2212/, '-').replace(/^\+/, '');
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
}

const filled = (cells: RowCells) => Object.values(cells).some((v) => (v ?? '').trim() !== '');

export interface Batch {
  items: AssessmentInput[];
  // The subject of each item (subjectKey), so the server's "items[i]" errors find their row.
  subjects: string[];
  errors: FieldErrors; // by cellKey; empty when the batch can be sent
}

export interface BatchMessages {
  required: (min: number, max: number) => string;
  range: (min: number, max: number) => string;
}

// The rows with something typed in, as assessments of `assessedOn` (with relevance to each of
// `themes`, a column each, where filled in); every cell that is wrong is named.
export function toBatch(rows: TableRow[], assessedOn: string, themes: string[], m: BatchMessages): Batch {
  const batch: Batch = { items: [], subjects: [], errors: {} };
  // Only the columns shown count: text left in a relevance column since unticked does not.
  const shown = new Set<string>([...scales.map((s) => s.name), ...themes.map(relevanceColumn)]);
  for (const row of rows) {
    const cells = Object.fromEntries(Object.entries(row.cells).filter(([column]) => shown.has(column))) as RowCells;
    if (!filled(cells)) continue;
    const key = subjectKey(row.subject);
    const scores: Partial<Record<ScaleName, number>> = {};
    for (const s of scales) {
      const value = readScore(cells[s.name] ?? '');
      if (value === null) batch.errors[cellKey(key, s.name)] = { field: cellKey(key, s.name), message: m.required(s.min, s.max) };
      else if (value === undefined || value < s.min || value > s.max) batch.errors[cellKey(key, s.name)] = { field: cellKey(key, s.name), message: m.range(s.min, s.max) };
      else scores[s.name] = value;
    }
    const relevance: Record<string, number> = {};
    for (const theme of themes) {
      const column = relevanceColumn(theme);
      const value = readScore(cells[column] ?? '');
      if (value !== null && (value === undefined || value < relevanceRange.min || value > relevanceRange.max))
        batch.errors[cellKey(key, column)] = { field: cellKey(key, column), message: m.range(relevanceRange.min, relevanceRange.max) };
      else if (value !== null && value !== undefined) relevance[theme] = value;
    }
    batch.subjects.push(key);
    batch.items.push({
      subject_type: row.subject.type,
      subject_id: row.subject.id,
      assessed_on: assessedOn,
      influence: scores.influence ?? 0,
      interest: scores.interest ?? 0,
      attitude: scores.attitude ?? 0,
      legitimacy: scores.legitimacy ?? 0,
      urgency: scores.urgency ?? 0,
      relevance,
      rationale: '',
    });
  }
  return batch;
}

// The server's errors of a batch ("items[2].interest", "items[0].relevance.stigma") on their
// cells; an error about the whole item or the date lands on the row's first cell.
export function cellErrors(errors: FieldProblem[], subjects: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const m = /^items\[(\d+)\]\.([a-z_]+)(?:\.([a-z0-9_]+))?/.exec(e.field);
    const subject = m ? subjects[Number(m[1])] : undefined;
    if (subject === undefined) continue;
    const column = scales.some((s) => s.name === m![2]) ? m![2] : m![2] === 'relevance' && m![3] ? relevanceColumn(m![3]) : 'influence';
    const key = cellKey(subject, column);
    if (!(key in out)) out[key] = { ...e, field: key };
  }
  return out;
}
