import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { AgreementsPanel } from './AgreementsPanel';
import type { Agreement } from './agreementsApi';
import type { Programme } from './types';

afterEach(() => vi.restoreAllMocks());

const programme: Programme = {
  id: 1, name: 'Kraftsamling', purpose: '', owner_organisation_id: null, owner_name: null, country_group_id: null, is_default: true, template_key: null,
  goals: [], workstreams: [],
  members: [
    { organisation_id: 5, name: 'Region Exempel', status: 'member', since: null },
    { organisation_id: 6, name: 'Myndigheten', status: 'member', since: null },
  ],
  created_by: 'kim', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', version: 1,
};

const letter: Agreement = {
  id: 3, programme_id: 1, kind: 'letter_of_intent', title: 'Avsiktsförklaring', summary: '', status: 'signed',
  parties: [{ organisation_id: 5, name: 'Region Exempel' }, { organisation_id: 6, name: 'Myndigheten' }],
  signatories: [{ person_id: 9, name: 'Karin Holm', organisation_id: 5, role: 'Regiondirektör', signed_on: '2026-10-01' }],
  signed_on: '2026-10-02', starts_on: '2026-10-02', ends_on: '2029-10-01', document_url: 'https://example.org/loi.pdf',
  created_by: 'kim', created_at: '2026-10-02T00:00:00Z', updated_at: '2026-10-02T00:00:00Z', version: 2,
};

function api(role: string) {
  const sent: unknown[] = [];
  fakeApi(role, (method, url, init) => {
    if (method === 'GET' && url.startsWith('/api/v1/agreements?')) return [200, { items: [letter], total: 1, next: null }];
    if (method === 'POST' && url.startsWith('/api/v1/agreements')) {
      const body = JSON.parse(String(init?.body));
      sent.push(body);
      if (body.status === 'signed' && !body.signatories[0]?.signed_on)
        return [422, { status: 422, title: 'Unprocessable Content', errors: [{ field: 'signatories[0].signed_on', code: 'signed_needs_dates', params: {}, message: 'a signed agreement gives the day it was signed' }] }];
      return [201, { ...letter, ...body, id: 4, version: 1, parties: body.parties, signatories: body.signatories }];
    }
    return undefined;
  });
  return sent;
}

describe('the agreements panel', () => {
  it('lists each agreement with its parties, signatures, dates and document', async () => {
    api('observer');
    wrap(<AgreementsPanel programme={programme} />);
    const table = await screen.findByRole('region', { name: 'Agreements' });
    const row = within(table).getByRole('row', { name: /Avsiktsförklaring/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('AvsiktsförklaringLetter of intent');
    expect(cells[1]).toMatch(/^Signed, signed /);
    expect(cells[2]).toBe('Region Exempel, Myndigheten');
    expect(cells[3]).toMatch(/^Karin Holm \(/);
    expect(within(row).getByRole('link', { name: 'Open the document: Avsiktsförklaring' }).getAttribute('href')).toBe('https://example.org/loi.pdf');
    expect(screen.queryByRole('form', { name: 'Record or change an agreement' })).toBeNull();
  });

  it('lets a coordinator record one, and shows a signature without its day beside that signatory', async () => {
    const sent = api('coordinator');
    wrap(<AgreementsPanel programme={programme} />);
    const form = await screen.findByRole('form', { name: 'Record or change an agreement' });
    await userEvent.type(within(form).getByLabelText(/^Title/), 'Samverkansavtal');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'Partnership agreement');
    await userEvent.selectOptions(within(form).getByLabelText('Status'), 'Signed');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Region Exempel' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add a signatory' }));
    const signatory = within(form).getByRole('group', { name: 'Signatory 1' });
    await userEvent.type(within(signatory).getByLabelText(/^Name/), 'Outside Signer');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the agreement' }));
    const error = await within(signatory).findByText('a signed agreement gives the day it was signed');
    expect(error).toBeTruthy();
    expect(within(signatory).getByLabelText('Signed on').getAttribute('aria-invalid')).toBe('true');
    expect(sent[0]).toMatchObject({ title: 'Samverkansavtal', kind: 'partnership_agreement', status: 'signed', parties: [{ organisation_id: 5 }], signatories: [{ name: 'Outside Signer', organisation_id: 5, signed_on: null }] });

    await userEvent.type(within(signatory).getByLabelText('Signed on'), '2026-11-02');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the agreement' }));
    await within(form).findByText('The agreement is saved.');
  });
});
