import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { selection, workshop } from './fixtures';
import { SelectionForm } from './SelectionForm';
import { SelectionResult } from './SelectionResult';
import { requestedQuotas } from './quotaLabels';
import type { Selection } from './types';

afterEach(() => vi.restoreAllMocks());

const groups = { items: [{ id: 1, slug: 'nordic', name: 'Nordic countries', countries: ['SE', 'NO'], version: 1 }], total: 1, next: null };
const countries = {
  items: [
    { code: 'SE', alpha3: 'SWE', name_en: 'Sweden', name_sv: 'Sverige' },
    { code: 'NO', alpha3: 'NOR', name_en: 'Norway', name_sv: 'Norge' },
  ],
  total: 2,
  next: null,
};
const lookups = (url: string): [number, unknown] | undefined => {
  if (url.startsWith('/api/v1/country-groups')) return [200, groups];
  if (url.startsWith('/api/v1/countries')) return [200, countries];
  if (url.startsWith('/api/v1/organisations')) return [200, { items: [], total: 0, next: null }];
  return undefined;
};

describe('the quotas editor in the selection form', () => {
  it('asks each kind of quota for what it needs and sends the rows as the API wants them', async () => {
    const onSolved = vi.fn();
    const fetchMock = fakeApi('coordinator', (method, url) => (method === 'POST' && url === '/api/v1/events/3/selections' ? [201, selection] : lookups(url)));
    wrap(<SelectionForm event={workshop} onSolved={onSolved} />);
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add a quota' });

    await user.click(add);
    const first = screen.getByRole('group', { name: 'Quota 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(first).getByLabelText(/^Kind of quota/)));
    await waitFor(() => expect(within(first).getByRole('option', { name: 'Nordic countries' })).toBeTruthy());
    await user.selectOptions(within(first).getByLabelText(/^Country group/), 'nordic');
    await user.clear(within(first).getByLabelText(/^Number of people from each country/));
    await user.type(within(first).getByLabelText(/^Number of people from each country/), '2');

    await user.click(add);
    const second = screen.getByRole('group', { name: 'Quota 2' });
    await user.selectOptions(within(second).getByLabelText(/^Kind of quota/), 'lived_experience_share');
    expect(within(second).queryByLabelText(/^Number of people/)).toBeNull();
    await user.clear(within(second).getByLabelText(/^Share/));
    await user.type(within(second).getByLabelText(/^Share/), '25');

    await user.click(add);
    const third = screen.getByRole('group', { name: 'Quota 3' });
    await user.selectOptions(within(third).getByLabelText(/^Kind of quota/), 'organisation_max');
    expect(within(third).queryByLabelText(/^Perspective|^Sector|^Country group/)).toBeNull();
    await user.selectOptions(within(third).getByLabelText(/^Kind of quota/), 'perspective_max');
    await user.selectOptions(within(third).getByLabelText(/^Perspective/), 'researcher');

    await user.click(add);
    const fourth = screen.getByRole('group', { name: 'Quota 4' });
    await user.selectOptions(within(fourth).getByLabelText(/^Kind of quota/), 'country_max');
    expect(within(fourth).queryByLabelText(/^Perspective|^Sector|^Country group/)).toBeNull();
    await user.clear(within(fourth).getByLabelText(/^Largest number from one country/));
    await user.type(within(fourth).getByLabelText(/^Largest number from one country/), '3');

    await user.click(add);
    await user.click(screen.getByRole('button', { name: 'Remove quota 5' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove quota 4' })));

    await user.click(screen.getByRole('button', { name: 'Choose people' }));
    await waitFor(() => expect(onSolved).toHaveBeenCalledWith(selection));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    const body = JSON.parse(post[1]!.body as string);
    expect(body.quotas).toEqual([
      { kind: 'country_min', key: 'nordic', count: 2 },
      { kind: 'lived_experience_share', share: 0.25 },
      { kind: 'perspective_max', key: 'researcher', count: 1 },
      { kind: 'country_max', count: 3 },
    ]);
    expect(body.seats).toBe(12);
    expect(body.weights).toEqual({ relevance: 3, influence: 2, newcomer: 1, continuity: 0 });
  });

  it('offers a facilitator no quota on lived experience, neither a share nor a perspective', async () => {
    fakeApi('facilitator', (_m, url) => lookups(url));
    wrap(<SelectionForm event={workshop} onSolved={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a quota' }));
    const kind = screen.getByLabelText(/^Kind of quota/);
    expect(within(kind).queryByRole('option', { name: /lived experience/i })).toBeNull();
    expect(within(kind).getByRole('option', { name: /at most .* per organisation|organisation/i })).toBeTruthy();
    await user.selectOptions(kind, 'perspective_min');
    const perspective = within(screen.getByRole('group', { name: 'Quota 1' })).getByLabelText(/^Perspective/);
    expect(within(perspective).queryByRole('option', { name: 'Lived experience' })).toBeNull();
    expect(within(perspective).getByRole('option', { name: 'Researcher' })).toBeTruthy();
  });

  it('names a share outside 0–100 beside its field without asking the server', async () => {
    const fetchMock = fakeApi('coordinator', (_m, url) => lookups(url));
    wrap(<SelectionForm event={workshop} onSolved={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a quota' }));
    await user.selectOptions(screen.getByLabelText(/^Kind of quota/), 'lived_experience_share');
    await user.clear(screen.getByLabelText(/^Share/));
    await user.type(screen.getByLabelText(/^Share/), '140');
    await user.click(screen.getByRole('button', { name: 'Choose people' }));
    await waitFor(() => expect(screen.getByLabelText(/^Share/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Quota 1: Share (%): must be a percentage from 0 to 100' })).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });
});

describe('a selection’s result', () => {
  it('explains each choice and says which quota rows are missed and by how much', async () => {
    fakeApi('coordinator', (_m, url) => lookups(url));
    wrap(<SelectionResult selection={selection} />);
    expect(await screen.findByText('1 people chosen. 1 quota rows are missed, by 1 in all.')).toBeTruthy();
    await screen.findAllByText('at least 1 from Norway');
    const conflict = screen.getByRole('heading', { name: 'The quotas conflict' }).parentElement!;
    expect(conflict.textContent).toContain('at least 1 from Norway: 1 short (0 chosen)');
    expect(conflict.textContent).not.toContain('Sweden');

    const chosen = screen.getByRole('region', { name: 'Chosen people and why' });
    const row = within(chosen).getByRole('link', { name: 'Åsa Lindqvist' }).closest('tr')!;
    expect(row.textContent).toContain('pinned');
    expect(row.textContent).toContain('No e-mail address: cannot be sent an invitation');
    expect(row.textContent).toContain('relevance 3.0');
    expect(row.textContent).toContain('influence 1.5');
    expect(row.textContent).toContain('at least 1 from Sweden');
    expect(row.textContent).toContain('at least 1 with the perspective researcher');

    const quotas = screen.getByRole('region', { name: 'How well each quota is met' });
    const norway = within(quotas).getByText('at least 1 from Norway').closest('tr')!;
    expect([...norway.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['at least 1 from Norway', 'at least 1', '0', '1', 'No']);
  });

  it('shows a lived-experience row without its figures to someone who may not see who has it', async () => {
    fakeApi('facilitator', (_m, url) => lookups(url));
    const hidden = {
      ...selection,
      parameters: { quotas: [...requestedQuotas(selection), { kind: 'lived_experience_share', share: 0.25 }] } as unknown as Selection['parameters'],
      quotas: [...selection.quotas, { quota: 2, label: 'at least 1 with lived experience', at_least: true, bound: 1, chosen: null, shortfall: null, met: null }],
    };
    wrap(<SelectionResult selection={hidden} />);
    const quotas = await screen.findByRole('region', { name: 'How well each quota is met' });
    const row = within(quotas).getByText('at least 1 with lived experience').closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'at least 1 with lived experience',
      'at least 1',
      'Hidden (only coordinators see who has lived experience)',
    ]);
    // A hidden row is neither met nor missed: the conflict lists only the Norway row.
    const conflict = screen.getByRole('heading', { name: 'The quotas conflict' }).parentElement!;
    expect(conflict.querySelectorAll('li')).toHaveLength(1);
  });

  it('reads in Swedish, and proposes the chosen people as invitations', async () => {
    const fetchMock = fakeApi('facilitator', (method, url) =>
      method === 'POST' && url === '/api/v1/events/3/invitations' ? [201, { items: [{ id: 1 }], total: 1, next: null }] : lookups(url),
    );
    wrap(<SelectionResult selection={{ ...selection, feasible: true, total_shortfall: 0, quotas: [selection.quotas[0]] }} />, 'sv');
    expect(await screen.findByText('1 personer valda. Alla kvoter uppfylls.')).toBeTruthy();
    await screen.findAllByText('minst 1 från Sverige');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Föreslå dessa personer' }));
    expect(await screen.findByText(/1 personer föreslogs för inbjudan/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inbjudningarna' }).getAttribute('href')).toBe('/events/3/invitations');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ selection_id: 9 });
  });
});
