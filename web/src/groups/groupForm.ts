// A group's edit form as the browser holds it (people with their names, dates as typed) and
// what is sent: the whole group for POST and PUT, its members and deliverables included, each
// deliverable with the id it came with so the server keeps it. Field paths are the server's
// (members[2].from_date, deliverables[0].title), so its errors land beside the right field.
import { ApiError } from '../app/api';
import { today } from './groupVocabulary';
import type { DeliverableStatus, Group, GroupInput, GroupKind, MemberRole } from './types';

export interface PersonChoice {
  id: number;
  name: string;
}

export interface MemberDraft {
  key: number;
  person_id: number;
  name: string;
  role: MemberRole;
  from_date: string;
  to_date: string;
}

export interface DeliverableDraft {
  key: number;
  // The server's id of a saved deliverable, sent back to keep it.
  id?: number;
  title: string;
  due_date: string;
  status: DeliverableStatus;
}

export interface GroupDraft {
  kind: GroupKind;
  name: string;
  objective: string;
  mandate: string;
  lead: PersonChoice | null;
  themes: string[];
  start_date: string;
  end_date: string;
  members: MemberDraft[];
  deliverables: DeliverableDraft[];
}

// Every row gets a key of its own so React keeps the right inputs (and focus) on removal.
let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyGroup = (): GroupDraft => ({
  kind: 'working_group',
  name: '',
  objective: '',
  mandate: '',
  lead: null,
  themes: [],
  start_date: '',
  end_date: '',
  members: [],
  deliverables: [],
});

export const newMember = (person: PersonChoice, from = today()): MemberDraft => ({ key: newKey(), person_id: person.id, name: person.name, role: 'member', from_date: from, to_date: '' });
export const newDeliverable = (): DeliverableDraft => ({ key: newKey(), title: '', due_date: '', status: 'planned' });

export function draftOf(g: Group): GroupDraft {
  return {
    kind: g.kind,
    name: g.name,
    objective: g.objective,
    mandate: g.mandate,
    lead: g.lead_person_id ? { id: g.lead_person_id, name: g.lead_name ?? '' } : null,
    themes: g.themes,
    start_date: g.start_date ?? '',
    end_date: g.end_date ?? '',
    members: g.members.map((m) => ({ key: newKey(), person_id: m.person_id, name: m.name ?? '', role: m.role ?? 'member', from_date: m.from_date, to_date: m.to_date ?? '' })),
    deliverables: g.deliverables.map((d) => ({ key: newKey(), ...(d.id !== undefined ? { id: d.id } : {}), title: d.title, due_date: d.due_date ?? '', status: d.status ?? 'planned' })),
  };
}

// The whole group, members and deliverables included.
export function inputOf(d: GroupDraft): GroupInput {
  return {
    kind: d.kind,
    name: d.name.trim(),
    objective: d.objective.trim(),
    mandate: d.mandate.trim(),
    lead_person_id: d.lead ? d.lead.id : null,
    themes: d.themes,
    start_date: d.start_date || null,
    end_date: d.end_date || null,
    members: d.members.map((m) => ({ person_id: m.person_id, role: m.role, from_date: m.from_date, to_date: m.to_date || null })),
    deliverables: d.deliverables.map((x) => ({ ...(x.id !== undefined ? { id: x.id } : {}), title: x.title.trim(), due_date: x.due_date || null, status: x.status })),
  };
}

// The server names a member's person at members[2].person_id (unknown, or a member twice at
// once); the form shows it at the member's row, members[2].
export function memberField(field: string): string {
  const m = /^(members\[\d+\])\.person_id$/.exec(field);
  return m ? m[1] : field;
}

export async function withMemberFields<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (e) {
    if (!(e instanceof ApiError) || !e.problem.errors) throw e;
    throw new ApiError(e.status, { ...e.problem, errors: e.problem.errors.map((p) => ({ ...p, field: memberField(p.field) })) });
  }
}

// Words for a field path, for the error summary: "Member 3 (Åsa Lindqvist): From".
export interface PathLabels {
  fields: Record<string, string>;
  member: (n: number, name: string) => string;
  memberField: (n: number, name: string, field: string) => string;
  deliverableField: (n: number, field: string) => string;
}

export function labelFor(field: string, draft: GroupDraft, l: PathLabels): string {
  const member = /^members\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (member) {
    const i = Number(member[1]);
    const name = draft.members[i]?.name ?? '';
    return member[2] ? l.memberField(i + 1, name, l.fields[`member.${member[2]}`] ?? member[2]) : l.member(i + 1, name);
  }
  const deliverable = /^deliverables\[(\d+)\]\.(\w+)$/.exec(field);
  if (deliverable) return l.deliverableField(Number(deliverable[1]) + 1, l.fields[`deliverable.${deliverable[2]}`] ?? deliverable[2]);
  return l.fields[field] ?? field;
}
