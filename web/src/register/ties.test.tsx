import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import type { Tie } from '../app/schema';
import { PersonDetail } from './PersonDetail';
import { tieFieldsOf, tieInput } from './ties';
import { TiesSection } from './TiesSection';

afterEach(() => vi.restoreAllMocks());

const self = { kind: 'person' as const, id: 1, name: 'Åsa Lindqvist' };

function tie(id: number, extra: Partial<Tie>): Tie {
  return {
    id,
    from: { kind: 'person', id: 1, name: 'Åsa Lindqvist' },
    to: { kind: 'person', id: 2, name: 'Bo Ek' },
    type: 'collaboration',
    directed: false,
    strength: 3,
    starts_on: '2024-03-01',
    ends_on: null,
    source: 'reported',
    reported_by: 'Mapping interviews',
    note: '',
    note_special: false,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    version: 1,
    ...extra,
  };
}

const withBo = tie(1, {});
const fromRegion = tie(2, {
  from: { kind: 'organisation', id: 4, name: 'Region Norr' },
  to: { kind: 'person', id: 1, name: 'Åsa Lindqvist' },
  type: 'funding',
  directed: true,
  strength: 2,
  starts_on: null,
  ends_on: '2025-12-31',
  source: 'observed',
  reported_by: 'Board minutes',
  note: 'Project grant',
});

type Call = { method: string; url: string; init?: RequestInit };

// The ties of person 1, one organisation to find by name, and whatever a test adds in front.
function serve(role: string, extra: (call: Call) => [number, unknown] | undefined = () => undefined) {
  const calls: Call[] = [];
  const mock = fakeApi(role, (method, url, init) => {
    calls.push({ method, url, init });
    const own = extra({ method, url, init });
    if (own) return own;
    if (method === 'GET' && url.startsWith('/api/v1/ties?person=1')) return [200, { items: [fromRegion, withBo], total: 2, next: null }];
    if (method === 'GET' && url.startsWith('/api/v1/organisations?'))
      return [200, { items: [{ id: 4, name: 'Region Norr', sector: 'region', level: 'regional', country: 'SE', parent_id: null, version: 1 }], total: 1, next: null }];
    return undefined;
  });
  return { mock, calls };
}

const body = (call: Call | undefined) => JSON.parse(String(call?.init?.body));
const ifMatch = (call: Call | undefined) => (call?.init?.headers as Record<string, string>)['If-Match'];

describe('relationships on a record page', () => {
  it('lists each tie with the other end as a link, and offers editing only to roles that may write', async () => {
    serve('coordinator');
    const { unmount } = wrap(<TiesSection self={self} />);
    const table = await screen.findByRole('region', { name: 'Relationships of Åsa Lindqvist' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Sorted by the other end's name.
    expect(rows.map((r) => within(r).getByRole('rowheader').querySelector('a')?.textContent)).toEqual(['Bo Ek', 'Region Norr']);
    expect(within(table).getByRole('link', { name: 'Region Norr' }).getAttribute('href')).toBe('/organisations/4');
    expect(within(table).getByRole('link', { name: 'Bo Ek' }).getAttribute('href')).toBe('/people/2');
    expect(rows[0].textContent).toContain('Both ways');
    expect(rows[0].textContent).toContain('3 – strong');
    expect(rows[0].textContent).toContain('from 2024-03-01');
    expect(rows[1].textContent).toContain('Incoming (to here)');
    expect(rows[1].textContent).toContain('until 2025-12-31');
    expect(rows[1].textContent).toContain('ObservedBoard minutes');
    expect(rows[1].textContent).toContain('Project grant');
    expect(within(table).getByRole('button', { name: 'Edit the relationship with Region Norr' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Delete the relationship with Bo Ek' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add relationship' })).toBeTruthy();
    unmount();

    serve('observer');
    wrap(<TiesSection self={self} />, 'sv');
    const sv = await screen.findByRole('region', { name: 'Relationer för Åsa Lindqvist' });
    expect(within(sv).queryByRole('columnheader', { name: 'Åtgärder' })).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(sv.textContent).toContain('Inkommande (hit)');
  });

  it('is on the person page, after the details', async () => {
    serve('coordinator', ({ url }) =>
      url.startsWith('/api/v1/people/1')
        ? [200, { id: 1, name: 'Åsa Lindqvist', perspectives: [], themes: [], notes: '', organisation_id: null, version: 3, created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' }]
        : undefined,
    );
    wrap(<PersonDetail id={1} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Relationships' })).toBeTruthy();
    await screen.findByRole('link', { name: 'Region Norr' });
  });

  it('adds a tie with an organisation found by name; the server’s field errors appear beside their fields', async () => {
    let posts = 0;
    const { calls } = serve('coordinator', ({ method, url }) => {
      if (method !== 'POST' || !url.startsWith('/api/v1/ties')) return undefined;
      posts += 1;
      if (posts === 1)
        return [422, { status: 422, title: 'Unprocessable Content', errors: [fieldError('ends_on', 'not_before_start_date'), fieldError('to', 'another_stakeholder')] }];
      return [201, tie(3, { from: { kind: 'organisation', id: 4, name: 'Region Norr' }, type: 'funding', directed: true })];
    });
    wrap(<TiesSection self={self} />);
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add relationship' });
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Add a relationship for Åsa Lindqvist' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));

    // Choosing nothing is caught before sending.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText('Choose who the relationship is with.');
    expect(within(dialog).getByText('Choose a type.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('radio', { name: 'Organisations' }));
    await user.type(within(dialog).getByRole('searchbox', { name: 'Find an organisation by name' }), 'norr{Enter}');
    await user.click(await within(dialog).findByRole('button', { name: 'Choose Region Norr' }));
    const change = within(dialog).getByRole('button', { name: 'Change Region Norr' });
    await waitFor(() => expect(document.activeElement).toBe(change));
    expect(calls.find((c) => c.url.startsWith('/api/v1/organisations?'))?.url).toContain('q=norr');

    await user.selectOptions(within(dialog).getByLabelText(/^Type/), 'funding');
    await user.click(within(dialog).getByRole('checkbox', { name: /goes one way/ }));
    await user.click(within(dialog).getByRole('radio', { name: 'From Region Norr to Åsa Lindqvist' }));
    await user.selectOptions(within(dialog).getByLabelText('Strength'), '1');
    fireEvent.change(within(dialog).getByLabelText(/^Started on/), { target: { value: '2025-05-01' } });
    fireEvent.change(within(dialog).getByLabelText(/^Ended on/), { target: { value: '2025-01-01' } });
    await user.type(within(dialog).getByLabelText(/^Reported by/), 'Annual report');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const ends = await within(dialog).findByLabelText(/^Ended on/);
    await waitFor(() => expect(ends.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(ends.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toContain('must not be before the start date');
    expect(within(dialog).getByRole('group', { name: /With whom/ }).textContent).toContain('must be another person or organisation than this one');
    const summary = within(dialog).getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: /With whom/ }).getAttribute('href')).toBe('#field-other');

    fireEvent.change(within(dialog).getByLabelText(/^Ended on/), { target: { value: '' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('The relationship with Region Norr was saved.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(add));
    const sent = calls.filter((c) => c.method === 'POST');
    expect(body(sent[1])).toEqual({
      from: { kind: 'organisation', id: 4 },
      to: { kind: 'person', id: 1 },
      type: 'funding',
      directed: true,
      strength: 1,
      starts_on: '2025-05-01',
      ends_on: null,
      source: 'reported',
      reported_by: 'Annual report',
      note: '',
      note_special: false,
    });
    // The list is read again.
    expect(calls.filter((c) => c.url.startsWith('/api/v1/ties?person=1')).length).toBe(2);
  });

  it('edits with If-Match and offers the other person’s version after a 412', async () => {
    let version = 1;
    let puts = 0;
    const { calls } = serve('admin', ({ method, url }) => {
      if (url.startsWith('/api/v1/ties/1') && method === 'GET') return [200, { ...withBo, version, strength: version === 1 ? 3 : 2 }];
      if (url.startsWith('/api/v1/ties/1') && method === 'PUT') {
        puts += 1;
        if (puts === 1) {
          version = 2;
          return [412, { status: 412, title: 'Precondition Failed' }];
        }
        return [200, { ...withBo, strength: 1, version: 3 }];
      }
      return undefined;
    });
    wrap(<TiesSection self={self} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit the relationship with Bo Ek' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the relationship with Bo Ek' });
    const strength = (await within(dialog).findByLabelText('Strength')) as HTMLSelectElement;
    expect(strength.value).toBe('3');
    expect(within(dialog).getByText('Bo Ek')).toBeTruthy();
    await user.selectOptions(strength, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(/Someone else changed this record/);
    expect(ifMatch(calls.find((c) => c.method === 'PUT'))).toBe('"1"');
    await user.click(within(dialog).getByRole('button', { name: /Load the latest version/ }));
    await waitFor(() => expect((within(dialog).getByLabelText('Strength') as HTMLSelectElement).value).toBe('2'));
    await user.selectOptions(within(dialog).getByLabelText('Strength'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('The relationship with Bo Ek was saved.');
    const second = calls.filter((c) => c.method === 'PUT')[1];
    expect(ifMatch(second)).toBe('"2"');
    expect(body(second)).toMatchObject({ from: { kind: 'person', id: 1 }, to: { kind: 'person', id: 2 }, strength: 1, directed: false });
  });

  it('deletes after confirming in a dialog that Escape closes, with focus back where it was', async () => {
    let deleted = false;
    const { calls } = serve('coordinator', ({ method, url }) => {
      if (method === 'DELETE' && url.startsWith('/api/v1/ties/1')) {
        deleted = true;
        return [204, null];
      }
      if (deleted && url.startsWith('/api/v1/ties?person=1')) return [200, { items: [fromRegion], total: 1, next: null }];
      return undefined;
    });
    wrap(<TiesSection self={self} />);
    const user = userEvent.setup();
    const remove = await screen.findByRole('button', { name: 'Delete the relationship with Bo Ek' });
    await user.click(remove);
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this relationship?' });
    expect(dialog.textContent).toContain('The relationship (collaboration) between Åsa Lindqvist and Bo Ek will be deleted.');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await user.click(remove);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('The relationship with Bo Ek was deleted.');
    expect(ifMatch(calls.find((c) => c.method === 'DELETE'))).toBe('"1"');
    expect(screen.queryByRole('link', { name: 'Bo Ek' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Relationships' })));
  });
});

describe('the tie form’s values', () => {
  it('keeps the ends of a tie seen from its other end, and flips only a directed one on request', () => {
    const fields = tieFieldsOf(fromRegion, self);
    expect(fields.other).toEqual({ kind: 'organisation', id: 4, name: 'Region Norr' });
    expect(fields.outgoing).toBe(false);
    const messages = { other: 'o', type: 't' };
    expect(tieInput(fields, self, messages)).toMatchObject({ from: { kind: 'organisation', id: 4 }, to: { kind: 'person', id: 1 }, directed: true, ends_on: '2025-12-31', starts_on: null });
    expect(tieInput({ ...fields, outgoing: true }, self, messages)).toMatchObject({ from: { kind: 'person', id: 1 }, to: { kind: 'organisation', id: 4 } });
    expect(() => tieInput({ ...fields, other: null, type: '' }, self, messages)).toThrow();
  });
});
