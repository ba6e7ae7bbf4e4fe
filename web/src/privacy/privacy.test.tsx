import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { ConsentsSection } from './ConsentsSection';
import { PersonRightsSection } from './PersonRightsSection';
import { PrivacyReviewPage } from './PrivacyReviewPage';
import { ConsentWordings } from './ConsentWordings';
import type { Consent } from './privacyApi';

afterEach(() => vi.restoreAllMocks());

const contact: Consent = {
  id: 7, person_id: 9, purpose: 'contact', basis: 'legitimate_interest', text_version: 1, channel: 'migration', given_on: '2026-01-10',
  recorded_by: 'migration', recorded_at: '2026-12-01T10:00:00Z', needs_review: true, active: true, ended_at: null, ended_by: null, ended_how: null,
  ended_via: null, text_en: 'We keep your name so that we can invite you.', text_sv: 'Vi sparar ditt namn för att kunna bjuda in dig.', version: 3,
};
const photos: Consent = { ...contact, id: 8, purpose: 'photos', basis: 'consent', channel: 'form', needs_review: false, active: false, ended_at: '2026-11-02T09:00:00Z', ended_how: 'withdrawn', version: 2 };

function api(role: string) {
  const sent: { method: string; url: string; body: unknown; ifMatch?: string | null }[] = [];
  fakeApi(role, (method, url, init) => {
    if (method === 'GET' && url.startsWith('/api/v1/people/9/consents')) return [200, { items: [contact, photos], total: 2, next: null }];
    if (method === 'GET' && url.startsWith('/api/v1/privacy/review'))
      return [200, { items: [{ person_id: 9, name: 'Karin Kontakt', consent_id: 7, reason: 'set_by_migration' }], total: 1, next: null }];
    if (method === 'POST') {
      const body = JSON.parse(String(init?.body ?? '{}'));
      sent.push({ method, url, body, ifMatch: new Headers(init?.headers).get('If-Match') });
      if (url.endsWith('/erasure')) return [200, { erasure_id: 1, person_id: 9, erased_at: 'x', erased_by: 'admin', reason: body.reason, changed: {}, backups: 'Backups made before x still hold it.' }];
      if (url.endsWith('/consents') && body.purpose === 'photos' && body.given_on === '2999-01-01')
        return [422, { status: 422, title: 'Unprocessable Content', errors: [{ field: 'given_on', code: 'in_the_future', params: {}, message: 'is in the future' }] }];
      return [url.endsWith('/consents') ? 201 : 200, { ...contact, ...body }];
    }
    return undefined;
  });
  return sent;
}

describe('the consents on a person page', () => {
  it('shows the wording shown and lets a coordinator confirm, withdraw and record', async () => {
    const sent = api('coordinator');
    wrap(<ConsentsSection subject={{ kind: 'person', id: 9, name: 'Karin Kontakt' }} />);
    const active = await screen.findByRole('list', { name: 'In force' });
    expect(within(active).getByText(/Legitimate interest/)).toBeTruthy();
    expect(within(active).getByText('We keep your name so that we can invite you.')).toBeTruthy();
    await userEvent.click(within(active).getByRole('button', { name: 'Confirm the basis for Being contacted about the programme' }));
    expect(sent[0]).toMatchObject({ url: '/api/v1/people/9/consents/7/review', ifMatch: '"3"' });
    await userEvent.click(within(active).getByRole('button', { name: 'Withdraw: Being contacted about the programme' }));
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw: Being contacted about the programme' }));
    expect(sent[1]).toMatchObject({ url: '/api/v1/people/9/consents/7/withdraw', body: { channel: 'form' }, ifMatch: '"3"' });
    expect(screen.getByText('Earlier consents (1)')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Record a consent' });
    await userEvent.selectOptions(within(form).getByLabelText('For what'), 'Photos and recordings');
    expect(within(form).getByLabelText('Legal basis').querySelectorAll('option')).toHaveLength(1);
    await userEvent.type(within(form).getByLabelText(/^Given on/), '2999-01-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the consent' }));
    expect((await within(form).findAllByText(/is in the future/)).length).toBeGreaterThan(0);
    expect(sent[2].body).toMatchObject({ purpose: 'photos', basis: 'consent', channel: 'form' });
  });

  it('offers an observer no form and no button to change a consent', async () => {
    api('observer');
    wrap(<ConsentsSection subject={{ kind: 'person', id: 9, name: 'Karin Kontakt' }} />);
    await screen.findByRole('list', { name: 'In force' });
    expect(screen.queryByRole('form', { name: 'Record a consent' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Withdraw/ })).toBeNull();
  });
});

describe('a person’s rights', () => {
  it('offers the download and erases only after the reason and a second yes', async () => {
    const sent = api('admin');
    wrap(<PersonRightsSection subject={{ kind: 'person', id: 9, name: 'Karin Kontakt' }} />);
    expect(screen.getByRole('link', { name: 'Download everything about Karin Kontakt (ZIP)' }).getAttribute('href')).toBe('/api/v1/people/9/export');
    await userEvent.type(screen.getByLabelText(/^Why/), 'Asked by e-mail');
    await userEvent.click(screen.getByRole('button', { name: 'Erase Karin Kontakt' }));
    expect(sent).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, erase' }));
    expect(await screen.findByText(/The person is erased\. Backups made before/)).toBeTruthy();
    expect(sent[0]).toMatchObject({ url: '/api/v1/people/9/erasure', body: { reason: 'Asked by e-mail' } });
  });
});

describe('the review page', () => {
  it('links each person whose basis to confirm', async () => {
    api('coordinator');
    wrap(<PrivacyReviewPage />);
    const list = await screen.findByRole('list', { name: 'Basis for contact set when consents came (1)' });
    expect(within(list).getByRole('link', { name: 'Karin Kontakt' }).getAttribute('href')).toBe('/people/9');
  });
});

describe('the wordings of consent', () => {
  const text = (version: number, en: string) => ({ purpose: 'photos', version, text_en: en, text_sv: `sv ${en}`, created_at: '2026-12-01T10:00:00Z', created_by: 'admin' });
  function wordings(role: string) {
    const sent: unknown[] = [];
    fakeApi(role, (method, url, init) => {
      if (method === 'GET' && url.startsWith('/api/v1/consent-texts'))
        return [200, { items: [text(1, 'We may take photos.'), text(2, 'We may take photos and film.')], total: 2, next: null }];
      if (method === 'POST' && url === '/api/v1/consent-texts') {
        const body = JSON.parse(String(init?.body));
        sent.push(body);
        return [201, { ...text(3, body.text_en), text_sv: body.text_sv }];
      }
      return undefined;
    });
    return sent;
  }

  it('shows the version in use, the earlier ones, and adds the next version from the one in use', async () => {
    const sent = wordings('admin');
    wrap(<ConsentWordings />);
    const photos = (await screen.findByRole('heading', { level: 3, name: 'Photos and recordings' })).closest('li')!;
    expect(within(photos as HTMLElement).getByText('We may take photos and film.')).toBeTruthy();
    expect(within(photos as HTMLElement).getByText('Earlier versions (1)')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Write a new version' });
    await userEvent.selectOptions(within(form).getByLabelText(/^For what/), 'photos');
    const english = within(form).getByLabelText(/^Wording in English/) as HTMLTextAreaElement;
    expect(english.value).toBe('We may take photos and film.');
    await userEvent.type(english, ' You can say no.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the new version' }));
    await screen.findByText('Version 3 of the wording for Photos and recordings is saved.');
    expect(sent).toEqual([{ purpose: 'photos', text_sv: 'sv We may take photos and film.', text_en: 'We may take photos and film. You can say no.' }]);
  });

  it('offers a coordinator no form', async () => {
    wordings('coordinator');
    wrap(<ConsentWordings />);
    await screen.findByRole('heading', { level: 3, name: 'Photos and recordings' });
    expect(screen.queryByRole('form', { name: 'Write a new version' })).toBeNull();
  });
});

describe('the duplicates page', () => {
  it('explains a pair, lets the coordinator choose field by field, and merges with If-Match', async () => {
    const { DuplicatesPage } = await import('./DuplicatesPage');
    const a = { id: 11, name: 'Åsa Öberg', title: null, organisation_id: 3, organisation_name: 'Malmö stad', country: 'SE', email: null, phone: '+46 40 1', notes: '', mapped_by: null, mapping_reason: null, perspectives: [], themes: [], languages: [], tags: [], created_at: 'x', updated_at: 'x', version: 4 };
    const b = { ...a, id: 12, name: 'Asa Oberg', email: 'asa@example.se', phone: '+46 40 2', version: 1 };
    const sent: { url: string; body: unknown; ifMatch: string | null }[] = [];
    fakeApi('coordinator', (method, url, init) => {
      if (url.startsWith('/api/v1/people/duplicates'))
        return [200, { items: sent.length ? [] : [{ a: { id: 11, name: a.name, email: null, organisation_name: 'Malmö stad', country: 'SE' }, b: { id: 12, name: b.name, email: b.email, organisation_name: 'Malmö stad', country: 'SE' }, score: 1, reasons: ['same_name', 'same_organisation'] }], total: 1, next: null }];
      if (url === '/api/v1/people/11') return [200, a];
      if (url === '/api/v1/people/12') return [200, b];
      if (method === 'POST' && url === '/api/v1/people/11/merge') {
        sent.push({ url, body: JSON.parse(String(init?.body)), ifMatch: new Headers(init?.headers).get('If-Match') });
        return [200, { survivor_id: 11, merged_id: 12, taken: ['phone'], moved: { invitations: 2, ties: 1 }, dropped: {} }];
      }
      return undefined;
    });
    wrap(<DuplicatesPage />);
    await screen.findByText('Why: the same name, the same organisation (100 % alike).');
    await userEvent.click(screen.getByRole('button', { name: 'Compare Åsa Öberg and Asa Oberg' }));
    const form = await screen.findByRole('form', { name: 'Merge Åsa Öberg and Asa Oberg' });
    // The e-mail is empty on the record kept: the other's is offered already chosen.
    expect((within(within(form).getByRole('group', { name: 'E-mail' })).getByLabelText('asa@example.se') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(within(form).getByRole('group', { name: 'Phone' })).getByLabelText('+46 40 2'));
    await userEvent.click(within(form).getByRole('button', { name: 'Merge Asa Oberg into Åsa Öberg' }));
    await screen.findByText('Merged into Åsa Öberg: 3 references moved.');
    expect(sent[0]).toEqual({ url: '/api/v1/people/11/merge', body: { other_id: 12, take: ['email', 'phone'] }, ifMatch: '"4"' });
  });
});
