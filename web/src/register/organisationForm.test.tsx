import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { OrganisationForm } from './OrganisationForm';

afterEach(() => vi.restoreAllMocks());

const organisation = { id: 9, name: 'Mind', sector: 'civil_society', level: 'national', country: 'SE', parent_id: null, parent_name: null, website: null, contact_person_id: null, contact_person_name: null, created_at: '', updated_at: '', version: 3 };

describe('the organisation form', () => {
  it('chooses a contact person among the organisation’s people and keeps it on save', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (method === 'PUT' && url.startsWith('/api/v1/organisations/9')) return [200, { ...organisation, contact_person_id: 12, contact_person_name: 'Bo Ek', version: 4 }];
      if (url.startsWith('/api/v1/organisations/9')) return [200, organisation];
      if (url.startsWith('/api/v1/organisations')) return [200, { items: [], total: 0, next: null }];
      if (url.startsWith('/api/v1/people?')) return [200, { items: [{ id: 12, name: 'Bo Ek' }, { id: 13, name: 'Cia Dal' }], total: 2, next: null }];
      return undefined;
    });
    wrap(<OrganisationForm id={9} />);
    const user = userEvent.setup();
    const contact = (await screen.findByRole('combobox', { name: /^Contact person/ })) as HTMLSelectElement;
    await waitFor(() => expect(contact.options.length).toBe(3));
    await user.selectOptions(contact, 'Bo Ek');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(put[1]!.body as string).contact_person_id).toBe(12);
    const people = fetchMock.mock.calls.find(([url]) => String(url).startsWith('/api/v1/people?'))!;
    expect(String(people[0])).toContain('organisation=9');
  });
});
