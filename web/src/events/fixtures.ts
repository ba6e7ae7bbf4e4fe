// Test data for the events components: a designed workshop, a solved selection with one
// missed quota row, invitations in several states, what the RSVP route answers, and outcomes.
import type { Event, Invitation, InvitationList, Outcome, OutcomeList, Rsvp, Selection } from './types';

export const workshop: Event = {
  id: 3,
  title: 'Workshop: co-produced stigma reduction',
  type: 'thematic_workshop',
  programme_id: 1,
  themes: ['stigma_reduction'],
  objectives: 'Guidance for municipalities',
  format: 'in_person',
  venue: 'Mind, Stockholm',
  link: null,
  starts_at: '2027-02-16T10:00',
  ends_at: '2027-02-16T16:00',
  time_zone: 'Europe/Stockholm',
  capacity: 12,
  working_languages: ['en'],
  interpretation_languages: ['sv'],
  accessibility: 'Step-free venue',
  agenda: [
    { time: '10:00', title: 'Welcome', owner: 'Kim', items: [] },
    { time: '10:30', title: 'Pilots', owner: '', items: ['Malmö', 'Tartu'] },
  ],
  facilitators: ['Kim'],
  facilitator_user_ids: [],
  materials: [],
  invitation_text_sv: '',
  invitation_text_en: '',
  reply_by: null,
  status: 'designed',
  readiness_override: null,
  created_at: '2026-11-01T09:00:00Z',
  updated_at: '2026-11-01T09:00:00Z',
  version: 4,
};

export const selection: Selection = {
  id: 9,
  event_id: 3,
  created_at: '2026-11-20T10:00:00Z',
  created_by: 'kim',
  feasible: false,
  proven_optimal: true,
  objective: 10,
  pool_size: 40,
  total_shortfall: 1,
  parameters: {
    quotas: [
      { kind: 'country_min', key: 'nordic', count: 1 },
      { kind: 'perspective_min', key: 'researcher', count: 1 },
    ],
  } as unknown as Selection['parameters'],
  chosen: [
    {
      person_id: 5,
      name: 'Åsa Lindqvist',
      organisation_name: 'Folkhälsomyndigheten',
      country: 'SE',
      has_email: false,
      score: 5.5,
      parts: { relevance: 3, influence: 1.5, newcomer: 1, continuity: 0 },
      pinned: true,
      fills: [{ quota: 0, label: 'at least 1 from SE' }, { quota: 1, label: 'at least 1 researcher' }],
    },
  ],
  quotas: [
    { quota: 0, label: 'at least 1 from SE', at_least: true, bound: 1, chosen: 1, shortfall: 0, met: true },
    { quota: 0, label: 'at least 1 from NO', at_least: true, bound: 1, chosen: 0, shortfall: 1, met: false },
    { quota: 1, label: 'at least 1 researcher', at_least: true, bound: 1, chosen: 1, shortfall: 0, met: true },
  ],
};

export function invitation(id: number, name: string, status: Invitation['status'], extra: Partial<Invitation> = {}): Invitation {
  return {
    id, event_id: 3, person_id: 100 + id, person_name: name, organisation_name: 'Mind', country: 'SE', email: `${id}@example.org`,
    status, language: 'sv', selection_id: 9, explanation: null, waitlist_for: null, invited_at: null, responded_at: null,
    checked_in_at: null, interpretation_language: null, attendance_mode: null, reminded_at: null, access_needs: null, access_needs_hidden: false, comment: '', note: '',
    created_at: '2026-11-20T10:00:00Z', updated_at: '2026-11-20T10:00:00Z', version: 2, ...extra,
  };
}

export function invitationList(items: Invitation[]): InvitationList {
  const by_status: Record<string, number> = {};
  for (const i of items) by_status[i.status] = (by_status[i.status] ?? 0) + 1;
  return { items, total: items.length, next: null, summary: { by_status, interpretation: { sv: 1 }, attendance_mode: {}, access_needs: 1 } };
}

export const rsvp: Rsvp = {
  person_name: 'Aino Mäkelä',
  status: 'invited',
  language: 'sv',
  interpretation_language: null,
  attendance_mode: null,
  access_needs: null,
  comment: '',
  can_respond: true,
  event: {
    title: 'Workshop: co-produced stigma reduction', type: 'thematic_workshop', starts_at: '2027-02-16T10:00', ends_at: '2027-02-16T16:00',
    time_zone: 'Europe/Stockholm', format: 'hybrid', venue: 'Mind, Stockholm', link: 'https://meet.example.org/w', languages: ['en'],
    interpretation_languages: ['sv'], accessibility: 'Step-free venue', objectives: 'Guidance',
    invitation_text: '', reply_by: null,
  },
};

export function outcome(id: number, position: number, kind: Outcome['kind'], text: string, extra: Partial<Outcome> = {}): Outcome {
  return {
    id, event_id: 3, position, kind, text, themes: [], agenda_item_id: null, source: 'plenary', status: 'draft',
    owner_person_id: null, owner_organisation_id: null, owner_name: null, due_date: null, priority: null,
    speaker_person_id: null, named_on: null, speaker_name: null,
    created_at: '2027-02-16T10:30:00Z', created_by: 'kim', updated_at: '2027-02-16T10:30:00Z', version: 1, ...extra,
  };
}

export const outcomeList = (items: Outcome[]): OutcomeList => ({ items, total: items.length, next: null });
