// An action's edit form as the browser holds it (texts as typed, people and organisations with
// their names) and what is sent: the whole action for POST and PUT. Numbers of the indicators
// are checked here first, with the same field paths the server uses
// (indicators[0].measurements[1].value), so both kinds of error show the same way.
import { ApiError, type FieldProblem } from '../app/api';
import { parseNumber, refuseAny } from '../app/formErrors';
import type { StakeholderChoice } from '../register/StakeholderPicker';
import type { PartyChoice } from './PartyListPicker';
import type { Action, ActionInput, Direction, PartyRef } from './types';

export interface MeasurementDraft {
  key: number;
  date: string;
  value: string;
  note: string;
}

export interface IndicatorDraft {
  key: number;
  id?: number;
  name: string;
  unit: string;
  direction: Direction;
  baseline: string;
  target: string;
  measurements: MeasurementDraft[];
}

export interface ActionDraft {
  plan_id: string;
  title: string;
  description: string;
  themes: string[];
  accountable: StakeholderChoice | null;
  responsible: PartyChoice[];
  consulted: PartyChoice[];
  informed: PartyChoice[];
  start_date: string;
  due_date: string;
  depends_on: string[];
  indicators: IndicatorDraft[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyDraft = (planId = ''): ActionDraft => ({
  plan_id: planId,
  title: '',
  description: '',
  themes: [],
  accountable: null,
  responsible: [],
  consulted: [],
  informed: [],
  start_date: '',
  due_date: '',
  depends_on: [],
  indicators: [],
});

export const emptyIndicator = (): IndicatorDraft => ({ key: newKey(), name: '', unit: '', direction: 'increase', baseline: '', target: '', measurements: [] });
export const emptyMeasurement = (): MeasurementDraft => ({ key: newKey(), date: '', value: '', note: '' });

const choiceOf = (p: PartyRef): PartyChoice => ({
  kind: p.person_id ? 'person' : 'organisation',
  id: (p.person_id ?? p.organisation_id) as number,
  name: p.name ?? '',
});

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function draftOf(a: Action): ActionDraft {
  return {
    plan_id: String(a.plan_id),
    title: a.title,
    description: a.description,
    themes: a.themes,
    accountable: a.accountable ? choiceOf(a.accountable) : null,
    responsible: a.responsible.map(choiceOf),
    consulted: a.consulted.map(choiceOf),
    informed: a.informed.map(choiceOf),
    start_date: a.start_date ?? '',
    due_date: a.due_date ?? '',
    depends_on: a.depends_on.map(String),
    indicators: a.indicators.map((i) => ({
      key: newKey(),
      id: i.id,
      name: i.name,
      unit: i.unit ?? '',
      direction: i.direction ?? 'increase',
      baseline: numberText(i.baseline),
      target: numberText(i.target),
      measurements: (i.measurements ?? []).map((m) => ({ key: newKey(), date: m.date, value: String(m.value), note: m.note ?? '' })),
    })),
  };
}

const partyOf = (c: { kind: 'person' | 'organisation'; id: number }) => (c.kind === 'person' ? { person_id: c.id } : { organisation_id: c.id });

// What the browser's checks say, worded by `message` (already in the user's language).
export interface DraftMessages {
  planRequired: string;
  numberNeeded: string;
  valueNeeded: string;
}

// The input to send, or a 422 with every number that is not one and a missing plan.
export function inputOf(d: ActionDraft, messages: DraftMessages): ActionInput {
  const errors: FieldProblem[] = [];
  if (!d.plan_id) errors.push({ field: 'plan_id', message: messages.planRequired });
  const optionalNumber = (field: string, text: string) => {
    if (text.trim() === '') return null;
    const n = parseNumber(text);
    if (n === null) errors.push({ field, message: messages.numberNeeded });
    return n;
  };
  const indicators = d.indicators.map((ind, i) => {
    const at = `indicators[${i}]`;
    return {
      ...(ind.id !== undefined ? { id: ind.id } : {}),
      name: ind.name.trim(),
      unit: ind.unit.trim(),
      direction: ind.direction,
      baseline: optionalNumber(`${at}.baseline`, ind.baseline),
      target: optionalNumber(`${at}.target`, ind.target),
      measurements: ind.measurements.map((m, j) => {
        const where = `${at}.measurements[${j}]`;
        let value = parseNumber(m.value);
        if (value === null) {
          errors.push({ field: `${where}.value`, message: m.value.trim() === '' ? messages.valueNeeded : messages.numberNeeded });
          value = 0;
        }
        return { date: m.date, value, note: m.note.trim() };
      }),
    };
  });
  refuseAny(errors);
  return {
    plan_id: Number(d.plan_id),
    title: d.title.trim(),
    description: d.description.trim(),
    themes: d.themes,
    accountable: d.accountable ? partyOf(d.accountable) : null,
    responsible: d.responsible.map(partyOf),
    consulted: d.consulted.map(partyOf),
    informed: d.informed.map(partyOf),
    start_date: d.start_date || null,
    due_date: d.due_date || null,
    depends_on: d.depends_on.map(Number),
    indicators,
  };
}

// The server names a party's error at its id (accountable.person_id, responsible[0].person_id);
// the form shows it at the party: accountable, responsible[0].
export function partyField(field: string): string {
  const m = /^(accountable|(?:responsible|consulted|informed)\[\d+\])\.(?:person_id|organisation_id|name)$/.exec(field);
  return m ? m[1] : field;
}

export async function withPartyFields<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (e) {
    if (!(e instanceof ApiError) || !e.problem.errors) throw e;
    throw new ApiError(e.status, { ...e.problem, errors: e.problem.errors.map((p) => ({ ...p, field: partyField(p.field) })) });
  }
}

// Words for a field path, for the error summary: "Indicator 1, measurement 2: Date".
export interface PathLabels {
  fields: Record<string, string>;
  indicatorField: (n: number, field: string) => string;
  measurementField: (n: number, m: number, field: string) => string;
  party: (list: string, n: number) => string;
}

export function labelFor(field: string, l: PathLabels): string {
  const measurement = /^indicators\[(\d+)\]\.measurements\[(\d+)\]\.(\w+)$/.exec(field);
  if (measurement) return l.measurementField(Number(measurement[1]) + 1, Number(measurement[2]) + 1, l.fields[`measurement.${measurement[3]}`] ?? measurement[3]);
  const indicator = /^indicators\[(\d+)\]\.(\w+)$/.exec(field);
  if (indicator) return l.indicatorField(Number(indicator[1]) + 1, l.fields[`indicator.${indicator[2]}`] ?? indicator[2]);
  const party = /^(responsible|consulted|informed)\[(\d+)\]$/.exec(field);
  if (party) return l.party(l.fields[party[1]] ?? party[1], Number(party[2]) + 1);
  return l.fields[field] ?? field;
}
