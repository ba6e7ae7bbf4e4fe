// Relationships (ties) between people and organisations (issue 7): the endpoints, and the
// form's values seen from the record whose page it is ("self"): the other end, and whether a
// directed tie goes from self or to self. The server checks everything again (a tie to
// oneself, an unknown stakeholder, the end before the start, an unknown type) and names the
// field; `from` and `to` are both shown at the other end's picker.
import { api } from '../app/api';
import { path, type Tie, type TieInput, type TieList } from '../app/schema';
import { refuseAny, renamingFields } from '../app/formErrors';
import type { StakeholderChoice } from './StakeholderPicker';
import type { StakeholderKind } from '../app/stakeholderSearch';

export const tieTypes = ['collaboration', 'information_exchange', 'funding', 'formal_authority', 'advice', 'conflict'] as const;
export const tieSources = ['reported', 'observed'] as const;
export const strengths = ['1', '2', '3'] as const;

export interface Self {
  kind: StakeholderKind;
  id: number;
  name: string;
}

export function getTies(self: Pick<Self, 'kind' | 'id'>) {
  return api.get<TieList>(path('/api/v1/ties'), { [self.kind]: self.id });
}
export const getTiePath = (id: number) => path('/api/v1/ties/{id}', { id });
// The server names `from` and `to`; the form has one picker for the other end.
const renamed = { from: 'other', to: 'other' };
export const postTie = (input: TieInput) => renamingFields(() => api.post<Tie>(path('/api/v1/ties'), input), renamed);
export const putTie = (id: number, input: TieInput, version: number) => renamingFields(() => api.put<Tie>(path('/api/v1/ties/{id}', { id }), input, version), renamed);
export const deleteTie = (tie: Tie) => api.del(path('/api/v1/ties/{id}', { id: tie.id }), tie.version);

export interface TieFields {
  other: StakeholderChoice | null;
  // For a directed tie: does it go from self to the other (else from the other to self)?
  outgoing: boolean;
  type: string;
  directed: boolean;
  strength: string;
  starts_on: string;
  ends_on: string;
  source: string;
  reported_by: string;
  note: string;
  // The note holds health details: only those who see lived experience read it.
  note_special: boolean;
}

export const emptyTieFields: TieFields = {
  other: null,
  outgoing: true,
  type: '',
  directed: false,
  strength: '2',
  starts_on: '',
  ends_on: '',
  source: 'reported',
  reported_by: '',
  note: '',
  note_special: false,
};

export function isSelf(end: Tie['from'], self: Pick<Self, 'kind' | 'id'>): boolean {
  return end.kind === self.kind && end.id === self.id;
}

// The tie's other end as seen from self (a tie has self at one end).
export function otherEnd(tie: Tie, self: Pick<Self, 'kind' | 'id'>): Tie['from'] {
  return isSelf(tie.from, self) ? tie.to : tie.from;
}

export function tieFieldsOf(tie: Tie, self: Pick<Self, 'kind' | 'id'>): TieFields {
  const other = otherEnd(tie, self);
  return {
    other: { kind: other.kind, id: other.id, name: other.name ?? '' },
    outgoing: isSelf(tie.from, self),
    type: tie.type,
    directed: tie.directed,
    strength: String(tie.strength),
    starts_on: tie.starts_on ?? '',
    ends_on: tie.ends_on ?? '',
    source: tie.source,
    reported_by: tie.reported_by ?? '',
    note: tie.note,
    note_special: tie.note_special ?? false,
  };
}

// The request body, or a thrown 422 when the other end or the type is not chosen yet.
export function tieInput(f: TieFields, self: Pick<Self, 'kind' | 'id'>, messages: { other: string; type: string }): TieInput {
  const errors = [];
  if (!f.other) errors.push({ field: 'other', message: messages.other });
  if (!f.type) errors.push({ field: 'type', message: messages.type });
  refuseAny(errors);
  const me = { kind: self.kind, id: self.id };
  const other = { kind: f.other!.kind, id: f.other!.id };
  // An undirected tie keeps the ends it had (from self when new).
  const [from, to] = f.outgoing ? [me, other] : [other, me];
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    from,
    to,
    type: f.type as TieInput['type'],
    directed: f.directed,
    strength: Number(f.strength),
    starts_on: text(f.starts_on),
    ends_on: text(f.ends_on),
    source: f.source as TieInput['source'],
    reported_by: text(f.reported_by),
    note: f.note.trim(),
    note_special: f.note_special,
  };
}
