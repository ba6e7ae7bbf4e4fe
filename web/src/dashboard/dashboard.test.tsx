import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { DashboardPage } from './DashboardPage';
import { quarterChoices, quarterName, quarterOf, shiftQuarter } from './quarters';
import type { QuarterFigures } from './types';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const programme = {
  id: 1, name: 'Kraftsamling', purpose: '', owner_organisation_id: null, owner_name: null, country_group_id: null, is_default: true,
  template_key: null, goals: [], workstreams: [], members: [], created_by: 'kim', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', version: 1,
};

const quarter = (label: string, people: number, done: number | null): QuarterFigures => ({
  quarter: label, starts_on: '2026-01-01', ends_on: '2026-03-31', to_date: false,
  active_people: people, active_organisations: 2, events_held: 1, attendances: 9,
  participation_by_country_group: [{ country_group: 'nordic', name: 'Nordic countries', attendances: 7 }],
  participation_by_perspective: [{ perspective: 'policymaker', attendances: 4 }],
  active_groups: 1,
  actions: { total: 4, done: 1, open: 3, overdue: 1, completion_share: done, overdue_share: 1 / 3 },
  anchoring: { informed: 1, consulted: 0, endorsed: 0, committed: 2, formally_decided: 1 },
  network: { stakeholders: 40, ties: 12, density: 0.0154, cross_country_share: null },
});

function api() {
  const asked: string[] = [];
  fakeApi('observer', (_method, url) => {
    if (url === '/api/v1/programmes') return [200, { items: [programme], total: 1, next: null }];
    if (url.startsWith('/api/v1/dashboard?')) {
      asked.push(url);
      return [200, { programme_id: 1, programme_name: 'Kraftsamling', quarters: [quarter('2026-Q1', 3, null), quarter('2026-Q2', 12, 0.25)] }];
    }
    return undefined;
  });
  return asked;
}

describe('the dashboard', () => {
  it('shows each chart’s figures in a table, and shares in per cent or a dash when there is nothing to divide', async () => {
    api();
    wrap(<DashboardPage />);
    const taking = await screen.findByRole('table', { name: 'Who takes part, by quarter' });
    const people = within(taking).getByRole('row', { name: /Active people/ });
    expect(within(people).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '12']);
    expect(within(taking).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Q1 2026', 'Q2 2026']);
    const actions = screen.getByRole('table', { name: 'Actions at the end of each quarter' });
    const share = within(actions).getByRole('row', { name: /Share done/ });
    expect(within(share).getAllByRole('cell').map((c) => c.textContent)).toEqual(['–', '25 %']);
    expect(screen.getByRole('img', { name: 'Who takes part' }).textContent).toContain('Active people: 3 in Q1 2026, 12 in Q2 2026.');
    const commitment = screen.getByRole('table', { name: "Organisations' commitment at the end of each quarter" });
    expect(within(within(commitment).getByRole('row', { name: /Formally decided/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1']);
    expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toMatch(/^\/api\/v1\/dashboard\/export\?.*format=csv/);
  });

  it('asks again for the quarters chosen', async () => {
    const asked = api();
    wrap(<DashboardPage />);
    await screen.findByRole('table', { name: 'Who takes part, by quarter' });
    const today = quarterOf(new Date());
    expect(asked[0]).toContain(`from=${shiftQuarter(today, -3)}`);
    await userEvent.selectOptions(screen.getByLabelText('From quarter'), shiftQuarter(today, -7));
    await screen.findByRole('table', { name: 'Who takes part, by quarter' });
    expect(asked[asked.length - 1]).toContain(`from=${shiftQuarter(today, -7)}`);
    expect(asked[asked.length - 1]).toContain(`to=${today}`);
  });

  it('names quarters in both languages and offers five years of them', () => {
    expect(quarterName('2026-Q3', 'sv')).toBe('kv. 3 2026');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    const choices = quarterChoices('2026-Q4');
    expect(choices.length).toBe(20);
    expect(choices[19]).toBe('2022-Q1');
  });
});
