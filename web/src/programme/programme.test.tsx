import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { ProgrammePage } from './ProgrammePage';
import { dayFromToday } from './ThisWeek';
import type { Criterion, Phase, Programme } from './types';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const programme: Programme = {
  id: 1,
  name: 'Kraftsamling för psykisk hälsa',
  purpose: 'Gather the actors',
  owner_organisation_id: 5,
  owner_name: 'Folkhälsomyndigheten',
  country_group_id: null,
  is_default: true,
  template_key: null,
  goals: [{ id: 1, text: 'A first contact within a week', indicator: 'days', target: '7' }],
  workstreams: [{ id: 1, name: 'Adults', description: '' }],
  members: [
    { organisation_id: 5, name: 'Region Exempel', status: 'member', since: null },
    { organisation_id: 6, name: 'Myndigheten', status: 'invited', since: null },
  ],
  created_by: 'kim',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  version: 3,
};

const criterion = (overrides: Partial<Criterion>): Criterion => ({
  id: 1,
  check: null,
  param: null,
  label_en: 'Ways of working are agreed',
  label_sv: 'Arbetsformerna är överenskomna',
  signed_off_by: null,
  signed_off_at: null,
  sign_off_note: null,
  met: null,
  finding_en: null,
  finding_sv: null,
  ...overrides,
});

const phase = (id: number, key: string, name: string, overrides: Partial<Phase> = {}): Phase => ({
  id,
  programme_id: 1,
  position: id,
  key,
  name_en: name,
  name_sv: `${name} (sv)`,
  planned_start: '2026-01-01',
  planned_end: '2026-02-28',
  actual_start: null,
  actual_end: null,
  milestones: [],
  criteria: [],
  gate_status: 'open',
  gate_passed_at: null,
  gate_passed_by: null,
  gate_note: null,
  gate_ready: true,
  updated_at: '2026-01-01T00:00:00Z',
  version: 4,
  ...overrides,
});

const phases = [
  phase(1, 'kickoff', 'Kickoff', { gate_status: 'passed', gate_passed_by: 'kim', gate_passed_at: '2026-01-20T10:00:00Z' }),
  phase(2, 'formering', 'Formation', {
    gate_ready: false,
    criteria: [
      criterion({ id: 1, check: 'event_held', param: 'thematic_workshop', label_en: 'The programme has held a thematic workshop', met: false, finding_en: 'Not yet held: a thematic workshop', finding_sv: 'Inte hållen än' }),
      criterion({ id: 2 }),
    ],
  }),
  phase(3, 'konkretisering', 'Concretisation'),
];

function api(role: string, list: Phase[] = phases) {
  return fakeApi(role, (method, url) => {
    if (url === '/api/v1/programmes') return [200, { items: [programme], total: 1, next: null }];
    if (url === '/api/v1/programmes/1/phases') return [200, { items: list, total: list.length, next: null }];
    if (url.startsWith('/api/v1/anchoring?')) return [200, { items: [], total: 0, next: null }];
    if (url.startsWith('/api/v1/agreements?')) return [200, { items: [], total: 0, next: null }];
    if (url.startsWith('/api/v1/analysis/coverage'))
      return [200, { rows: [], perspective: [], sector: [], gaps: Array.from({ length: 7 }, (_, i) => ({ row: `C${i}`, dimension: 'perspective', column: 'policymaker', kind: 'empty', message: `Country ${i} has no policymaker yet.` })) }];
    if (url === '/api/v1/events?programme_id=1')
      return [200, { items: [
        { id: 3, title: 'Second formation workshop', programme_id: 1, status: 'open_for_invitations', starts_at: `${dayFromToday(3)}T10:00` },
        { id: 4, title: 'Another programme’s event', programme_id: 2, status: 'designed', starts_at: `${dayFromToday(2)}T10:00` },
        { id: 5, title: 'Far ahead', programme_id: 1, status: 'designed', starts_at: `${dayFromToday(40)}T10:00` },
      ], total: 3, next: null }];
    if (url === '/api/v1/action-plans?programme_id=1') return [200, { items: [{ id: 9, programme_id: 1 }, { id: 10, programme_id: 2 }], total: 2, next: null }];
    if (url.startsWith('/api/v1/actions?'))
      return [200, { items: [
        { id: 21, plan_id: 9, title: 'Map the routes', due_date: dayFromToday(-5), accountable: { person_id: null, organisation_id: 5, name: 'Region Exempel' } },
        { id: 22, plan_id: 10, title: 'Not ours', due_date: dayFromToday(-5), accountable: null },
      ], total: 2, next: null }];
    if (url === '/api/v1/programme-templates') return [200, { items: [{ key: 'swedish_process', name_en: 'The Swedish process', name_sv: 'Den svenska processen', phases: [] }], total: 1, next: null }];
    if (method === 'POST' && url.startsWith('/api/v1/programmes/1/phases/2/sign-offs'))
      return [200, { ...list[1], version: 5, gate_ready: true, criteria: [list[1].criteria[0], { ...list[1].criteria[1], signed_off_by: 'kim', signed_off_at: '2026-02-01T10:00:00Z', sign_off_note: 'Agreed' }] }];
    if (method === 'POST' && url.startsWith('/api/v1/programmes/1/phases/from-template')) return [200, { items: phases, total: 3, next: null }];
    return undefined;
  });
}

describe('the programme’s home', () => {
  it('shows the current phase and why its gate has not passed, in words', async () => {
    api('coordinator');
    wrap(<ProgrammePage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kraftsamling för psykisk hälsa' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Now: Formation' })).toBeTruthy();
    const gate = screen.getByRole('region', { name: 'Gate' });
    expect(within(gate).getByText(/The gate cannot be passed yet/)).toBeTruthy();
    expect(within(gate).getByText('Not yet held: a thematic workshop')).toBeTruthy();
    expect(within(gate).getAllByText('Not met')).toHaveLength(2);
    // The timeline marks the current phase in words, not by colour alone.
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Current phase');
    const table = screen.getByRole('region', { name: 'Phases with their dates and gates' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[3].textContent)).toEqual(['Passed', 'Not passed yet', 'Not passed yet']);
    expect(screen.getByText('1 members, 1 invited.')).toBeTruthy();
    // Coverage gaps: how many, the first five in words, and the way to all of them.
    const gaps = await screen.findByRole('region', { name: 'Coverage gaps' });
    await within(gaps).findByText('7 gaps in the coverage of the whole register, the first of them:');
    expect(within(gaps).getAllByRole('listitem').map((li) => li.textContent)).toEqual([0, 1, 2, 3, 4].map((i) => `Country ${i} has no policymaker yet.`));
    expect(within(gaps).getByRole('link', { name: 'See every gap on the coverage page' }).getAttribute('href')).toBe('/analysis/coverage');
  });

  it('lets a coordinator sign a criterion off with a note, sent with the phase’s version', async () => {
    const fetchMock = api('coordinator');
    wrap(<ProgrammePage />);
    const gate = await screen.findByRole('region', { name: 'Gate' });
    await userEvent.click(within(gate).getByRole('button', { name: 'Sign off: Ways of working are agreed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign off a criterion' });
    await userEvent.type(within(dialog).getByLabelText(/^Why it holds/), 'Agreed');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign off' }));
    await waitFor(() => expect(within(gate).getByText(/Signed off by kim/)).toBeTruthy());
    const call = fetchMock.mock.calls.find(([url]) => String(url).includes('/sign-offs'));
    expect(String(call?.[0])).toBe('/api/v1/programmes/1/phases/2/sign-offs?lang=en');
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({ criterion_id: 2, note: 'Agreed' });
    expect((call?.[1]?.headers as Record<string, string>)['If-Match']).toBe('"4"');
  });

  it('offers observers no sign-off nor gate, and speaks Swedish', async () => {
    api('observer');
    wrap(<ProgrammePage />, 'sv');
    expect(await screen.findByRole('heading', { name: 'Nu: Formation (sv)' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Grind' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Pricka av|Passera grinden/ })).toBeNull();
  });

  it('shows what is due now: milestones this week, the programme’s overdue actions and its coming events', async () => {
    const withMilestone = phases.map((p) => (p.id === 2 ? { ...p, milestones: [{ id: 1, title: 'Initiative list prioritised', due_date: dayFromToday(2), done: false }] } : p));
    api('observer', withMilestone);
    wrap(<ProgrammePage />);
    const now = await screen.findByRole('region', { name: 'Now and the next weeks' });
    expect(await within(now).findByRole('link', { name: 'Map the routes' })).toBeTruthy();
    expect(within(now).queryByText('Not ours')).toBeNull();
    expect(within(now).getByText(/Initiative list prioritised/)).toBeTruthy();
    expect(within(now).getByRole('link', { name: 'Second formation workshop' }).getAttribute('href')).toBe('/events/3');
    expect(within(now).queryByText('Another programme’s event')).toBeNull();
    expect(within(now).queryByText('Far ahead')).toBeNull();
  });

  it('offers a programme without phases the templates', async () => {
    const fetchMock = api('coordinator', []);
    wrap(<ProgrammePage />);
    expect(await screen.findByText(/The programme has no phases yet/)).toBeTruthy();
    await userEvent.selectOptions(await screen.findByLabelText(/^Template/), 'swedish_process');
    await userEvent.click(screen.getByRole('button', { name: 'Use this template' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/phases/from-template') && init?.method === 'POST')).toBe(true));
  });
});
