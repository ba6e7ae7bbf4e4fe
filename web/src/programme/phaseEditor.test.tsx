import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { PhaseEditor } from './PhaseEditor';
import type { Phase } from './types';

afterEach(() => vi.restoreAllMocks());

const phase = (id: number, key: string, name: string, overrides: Partial<Phase> = {}): Phase => ({
  id, programme_id: 1, position: id, key, name_en: name, name_sv: `${name} (sv)`, planned_start: null, planned_end: null, actual_start: null, actual_end: null,
  milestones: [], criteria: [], gate_status: 'open', gate_passed_at: null, gate_passed_by: null, gate_note: null, gate_ready: true, updated_at: '2026-01-01T00:00:00Z', version: 4, ...overrides,
});

const phases = [
  phase(1, 'kickoff', 'Kickoff', { gate_status: 'passed' }),
  phase(2, 'formering', 'Formation', {
    milestones: [{ id: 7, title: 'Workshop held', due_date: '2026-03-01', done: false }],
    criteria: [
      { id: 1, check: 'event_held', param: 'thematic_workshop', label_en: 'A thematic workshop is held', label_sv: 'En tematisk workshop är hållen', signed_off_by: null, signed_off_at: null, sign_off_note: null, met: false, finding_en: null, finding_sv: null },
      { id: 2, check: null, param: null, label_en: 'Ways of working are agreed', label_sv: 'Arbetsformerna är överenskomna', signed_off_by: null, signed_off_at: null, sign_off_note: null, met: null, finding_en: null, finding_sv: null },
    ],
  }),
  phase(3, 'konkretisering', 'Concretisation'),
];

function api() {
  const sent: { method: string; url: string; body: unknown; ifMatch?: string }[] = [];
  fakeApi('coordinator', (method, url, init) => {
    if (method === 'GET') return undefined;
    const body = init?.body ? JSON.parse(String(init.body)) : null;
    sent.push({ method, url, body, ifMatch: (init?.headers as Record<string, string>)['If-Match'] });
    if (method === 'PUT' && body.planned_end === '2026-01-01')
      return [422, { status: 422, title: 'Unprocessable Content', errors: [{ field: 'planned_end', code: 'not_before_from', params: {}, message: 'must not be before the start' }] }];
    if (url.endsWith('/order')) return [200, { items: phases, total: 3, next: null }];
    return [method === 'POST' ? 201 : 200, { ...phases[1], ...body, id: method === 'POST' ? 9 : 2 }];
  });
  return sent;
}

describe('the phase editor', () => {
  it('renames a phase, keeps its checks, adds a milestone and a statement, and names a refused date beside its field', async () => {
    const sent = api();
    const changed = vi.fn();
    wrap(<PhaseEditor programmeId={1} phases={phases} onChanged={changed} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show the phase editor' }));
    await userEvent.click(screen.getByRole('button', { name: 'Edit Formation' }));
    const form = screen.getByRole('form', { name: 'Change the phase Formation' });
    expect(screen.queryByRole('form', { name: 'Add a phase' })).toBeNull();
    expect(within(form).getByText('A thematic workshop is held')).toBeTruthy();
    await userEvent.clear(within(form).getByLabelText(/^Name in English/));
    await userEvent.type(within(form).getByLabelText(/^Name in English/), 'Formation workshops');
    await userEvent.type(within(form).getByLabelText('Planned start'), '2026-02-01');
    await userEvent.type(within(form).getByLabelText('Planned end'), '2026-01-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a milestone' }));
    await userEvent.type(within(within(form).getByRole('group', { name: 'Milestone 2' })).getByLabelText('What is to be done'), 'Initiative list agreed');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a statement to sign off' }));
    const statement = within(form).getByRole('group', { name: 'Statement 2' });
    await userEvent.type(within(statement).getByLabelText('Statement in English'), 'Every workstream has a lead');
    await userEvent.type(within(statement).getByLabelText('Statement in Swedish'), 'Varje arbetsspår har en ledare');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the phase' }));
    expect(await within(form).findByText(/must not be before the start/, { selector: '.field-error' })).toBeTruthy();
    expect(sent[0]).toMatchObject({ method: 'PUT', url: '/api/v1/programmes/1/phases/2', ifMatch: '"4"' });
    const body = sent[0].body as { name_en: string; milestones: unknown[]; criteria: { id?: number; check: string | null; label_en: string }[] };
    expect(body.name_en).toBe('Formation workshops');
    expect(body.milestones).toEqual([{ id: 7, title: 'Workshop held', due_date: '2026-03-01', done: false }, { title: 'Initiative list agreed', due_date: null, done: false }]);
    expect(body.criteria.map((c) => [c.id, c.check, c.label_en])).toEqual([[1, 'event_held', 'A thematic workshop is held'], [2, null, 'Ways of working are agreed'], [undefined, null, 'Every workstream has a lead']]);
    await userEvent.clear(within(form).getByLabelText('Planned end'));
    await userEvent.type(within(form).getByLabelText('Planned end'), '2026-04-30');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the phase' }));
    await screen.findByText('The phase Formation workshops is saved.');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('moves a phase down with the whole order and adds a new phase', async () => {
    const sent = api();
    wrap(<PhaseEditor programmeId={1} phases={phases} onChanged={() => undefined} />, 'sv');
    await userEvent.click(screen.getByRole('button', { name: 'Visa fasredigeraren' }));
    expect((screen.getByRole('button', { name: 'Flytta upp Kickoff (sv)' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Flytta ner Formation (sv)' }));
    await screen.findByText('Formation (sv) är nu fas 3.');
    expect(sent[0]).toMatchObject({ method: 'POST', url: '/api/v1/programmes/1/phases/order', body: { ids: [1, 3, 2] } });
    const add = screen.getByRole('form', { name: 'Lägg till en fas' });
    await userEvent.type(within(add).getByLabelText(/^Kortnamn/), 'pilot');
    await userEvent.type(within(add).getByLabelText(/^Namn på svenska/), 'Pilot');
    await userEvent.type(within(add).getByLabelText(/^Namn på engelska/), 'Pilot');
    await userEvent.click(within(add).getByRole('button', { name: 'Lägg till fasen' }));
    await screen.findByText('Fasen Pilot är sparad.');
    expect(sent[1]).toMatchObject({ method: 'POST', url: '/api/v1/programmes/1/phases', body: { key: 'pilot', name_sv: 'Pilot', name_en: 'Pilot', milestones: [], criteria: [] } });
  });
});
