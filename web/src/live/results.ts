// What an activity's results come to, as rows a table, a bar list or the presenter shows: pure,
// so the same numbers reach the participant, the console and the big screen.
import type { ActivityState, InputResult, Results } from './types';

// Why there is nothing but a number to show: held until the activity closes, fewer than three
// answered, or a question about lived experience.
export type Reticence = 'held' | 'fewer_than_3' | 'lived_experience' | null;

export function reticence(results: Results): Reticence {
  if (results.held) return 'held';
  if (results.withheld === 'fewer_than_3' || results.withheld === 'lived_experience') return results.withheld;
  return null;
}

export interface BarRow {
  key: string;
  label: string;
  value: number;
  // The share of the largest value (0–1), for the bar's length.
  scale: number;
  // Words beside the number (a ranking's mean place).
  note?: string;
}

function scaled(rows: Omit<BarRow, 'scale'>[]): BarRow[] {
  const max = Math.max(0, ...rows.map((r) => r.value));
  return rows.map((r) => ({ ...r, scale: max > 0 ? r.value / max : 0 }));
}

// A choice, scale or ranking poll as bars: options in their order (a ranking: most points
// first); none while the results are held back.
export function pollRows(activity: Pick<ActivityState, 'poll_type' | 'options' | 'results'>, scaleLabel: (value: number) => string, meanRankLabel: (mean: number) => string): BarRow[] {
  const r = activity.results;
  if (reticence(r)) return [];
  switch (activity.poll_type) {
    case 'single':
    case 'multiple':
      if (!r.counts) return [];
      return scaled(activity.options.map((label, i) => ({ key: String(i), label, value: r.counts?.[i] ?? 0 })));
    case 'scale':
      if (!r.counts) return [];
      return scaled([1, 2, 3, 4, 5].map((v) => ({ key: String(v), label: scaleLabel(v), value: r.counts?.[v - 1] ?? 0 })));
    case 'ranking': {
      if (!r.points) return [];
      const rows = activity.options.map((label, i) => {
        const mean = r.mean_rank?.[i];
        return { key: String(i), label, value: r.points?.[i] ?? 0, note: mean === null || mean === undefined ? undefined : meanRankLabel(mean) };
      });
      return scaled(rows.sort((a, b) => b.value - a.value || Number(a.key) - Number(b.key)));
    }
    default:
      return [];
  }
}

// The ideas, or the dot-voted items, as bars of their upvotes or dots, most first; hidden and
// merged ones left out.
export function inputRows(activity: Pick<ActivityState, 'kind' | 'inputs' | 'results'>): BarRow[] {
  const byId = new Map<number, InputResult>((activity.results.per_input ?? []).map((p) => [p.input_id, p]));
  const rows = activity.inputs
    .filter((i) => !i.hidden && !i.merged_into)
    .map((i) => {
      const p = byId.get(i.id);
      return { key: String(i.id), label: i.text, value: (activity.kind === 'dots' ? p?.dots : p?.upvotes) ?? 0 };
    });
  return scaled(rows.sort((a, b) => b.value - a.value || Number(a.key) - Number(b.key)));
}

export interface StatementRow {
  id: number;
  text: string;
  voters: number;
  // Null when fewer than three voted on it (withheld).
  agree: number | null;
  disagree: number | null;
  pass: number | null;
}

export function statementRows(activity: Pick<ActivityState, 'inputs' | 'results'>): StatementRow[] {
  const byId = new Map<number, InputResult>((activity.results.per_input ?? []).map((p) => [p.input_id, p]));
  return activity.inputs
    .filter((i) => !i.hidden && !i.merged_into)
    .map((i) => {
      const p = byId.get(i.id);
      const shown = p !== undefined && p.withheld === undefined;
      return { id: i.id, text: i.text, voters: p?.voters ?? 0, agree: shown ? p.agree ?? 0 : null, disagree: shown ? p.disagree ?? 0 : null, pass: shown ? p.pass ?? 0 : null };
    });
}

// A whole-number percentage of `part` in `whole` (0 when nothing to divide by).
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((100 * part) / whole) : 0;
}

// Seconds left of a timer opened at `openedAt` (ISO) for `seconds`, at `now` (ms); never below 0.
export function secondsLeft(openedAt: string | null, seconds: number | null, now: number): number {
  if (!openedAt || !seconds) return 0;
  const started = Date.parse(openedAt);
  if (Number.isNaN(started)) return seconds;
  return Math.max(0, Math.ceil((started + seconds * 1000 - now) / 1000));
}

// m:ss, as a clock shows it.
export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

// The activity a participant sees: the open one opened last; else the one that closed last
// (its results); none before anything opened. `chosen` wins while it is open.
export function currentActivity(activities: ActivityState[], chosen: number | null): ActivityState | undefined {
  const open = activities.filter((a) => a.status === 'open');
  const picked = open.find((a) => a.id === chosen);
  if (picked) return picked;
  const latest = (list: ActivityState[], at: (a: ActivityState) => string | null) =>
    [...list].sort((a, b) => (at(b) ?? '').localeCompare(at(a) ?? '') || b.position - a.position)[0];
  if (open.length > 0) return latest(open, (a) => a.opened_at);
  return latest(
    activities.filter((a) => a.status === 'closed'),
    (a) => a.closed_at,
  );
}

// A ranking as the participant last sent it, else the options in their order.
export function initialRanking(options: string[], mine: number[] | undefined): number[] {
  const all = options.map((_, i) => i);
  if (!mine || mine.length !== options.length || !all.every((i) => mine.includes(i))) return all;
  return [...mine];
}

// Moves the item at `from` one place up (-1) or down (+1).
export function moved(order: number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

// The dots placed on items still on offer: one later hidden or merged away neither counts against
// the budget nor is sent.
export function placedOn(placed: Record<number, number>, inputs: Pick<ActivityState['inputs'][number], 'id' | 'hidden' | 'merged_into'>[]): Record<number, number> {
  const shown = new Set(inputs.filter((i) => !i.hidden && !i.merged_into).map((i) => i.id));
  return Object.fromEntries(Object.entries(placed).filter(([id, n]) => shown.has(Number(id)) && n > 0));
}

// Dots placed so far, and the ones left of the budget.
export function dotsLeft(budget: number | null, placed: Record<number, number>): number {
  const used = Object.values(placed).reduce((a, b) => a + b, 0);
  return Math.max(0, (budget ?? 0) - used);
}

// The next statement the participant has not voted on, in the facilitator's order.
export function nextStatement(activity: Pick<ActivityState, 'inputs' | 'my_answer'>, skipped: number[] = []): number | undefined {
  const votes = activity.my_answer?.votes ?? {};
  return activity.inputs.find((i) => !(String(i.id) in votes) && !skipped.includes(i.id))?.id;
}
