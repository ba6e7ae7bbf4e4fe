// The capture form's values and what they become on the wire. Only an action point sends an
// owner, due date and priority (the server refuses them on any other kind), and empty ones are
// left out so the server names what is missing.
import type { StakeholderChoice } from '../register/StakeholderPicker';
import type { OutcomeInput, OutcomeKind, OutcomePriority } from './types';

// In the order of the form's radio buttons and of their shortcuts, Alt+1 … Alt+5.
export const outcomeKinds: OutcomeKind[] = ['key_insight', 'outcome', 'decision', 'action_point', 'quote'];
export const outcomePriorities: OutcomePriority[] = ['high', 'medium', 'low'];

export interface OutcomeDraft {
  kind: OutcomeKind;
  text: string;
  owner: StakeholderChoice | null;
  due_date: string;
  priority: OutcomePriority | '';
}

export const blankOutcome = (kind: OutcomeKind): OutcomeDraft => ({ kind, text: '', owner: null, due_date: '', priority: '' });

export function toOutcomeInput(draft: OutcomeDraft): OutcomeInput {
  const input: OutcomeInput = { kind: draft.kind, text: draft.text.trim() };
  if (draft.kind !== 'action_point') return input;
  if (draft.owner?.kind === 'person') input.owner_person_id = draft.owner.id;
  if (draft.owner?.kind === 'organisation') input.owner_organisation_id = draft.owner.id;
  if (draft.due_date) input.due_date = draft.due_date;
  if (draft.priority) input.priority = draft.priority;
  return input;
}

// The server names a missing owner on owner_person_id and a second one on
// owner_organisation_id; the form has one owner field for both.
export const ownerFieldNames = { owner_person_id: 'owner', owner_organisation_id: 'owner' };
