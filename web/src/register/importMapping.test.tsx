// The mapping step: after the first check, each column of the file is shown with the field it
// fills; choosing another field (or leaving it out) or another separator checks the file again
// with that choice, and the import itself uses it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../app/fakeApi';
import { ImportPage } from './ImportPage';

afterEach(() => vi.restoreAllMocks());

describe('the mapping step of an import', () => {
  it('shows how each column was read and checks again with a chosen field and separator', async () => {
    const urls: string[] = [];
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (method !== 'POST' || !url.startsWith('/api/v1/people/import')) return undefined;
      urls.push(url);
      const chosen = url.includes('columns=');
      return [
        200,
        {
          dry_run: url.includes('dry_run=true'),
          created: 1,
          updated: 0,
          unchanged: 0,
          errors: [],
          warnings: chosen ? [] : [{ line: 1, column: 'Kontakt', code: 'column_ignored', params: { columns: 'name, email' }, message: 'inte en kolumn som samla känner till' }],
          columns: [
            { header: 'Namn', field: 'name', chosen: false },
            { header: 'Kontakt', field: chosen ? 'email' : null, chosen },
          ],
        },
      ];
    });
    const user = userEvent.setup();
    wrap(<ImportPage />, 'sv');
    await user.upload(await screen.findByLabelText('Excel- eller CSV-fil'), new File(['Namn;Kontakt\nAnna;anna@example.org\n'], 'folk.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera filen' }));

    const mejl = await screen.findByRole('combobox', { name: 'Fält för kolumnen Kontakt' });
    expect((mejl as HTMLSelectElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Fält för kolumnen Namn' }) as HTMLSelectElement).value).toBe('name');
    expect(screen.getByRole('heading', { name: 'Kolumner som hoppas över' })).toBeTruthy();

    await user.selectOptions(mejl, 'email');
    await waitFor(() => expect(urls).toHaveLength(2));
    const second = new URL(urls[1], 'http://x');
    expect(JSON.parse(second.searchParams.get('columns')!)).toEqual({ Kontakt: 'email' });
    expect(second.searchParams.get('dry_run')).toBe('true');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Fält för kolumnen Kontakt' }) as HTMLSelectElement).value).toBe('email'));

    await user.selectOptions(screen.getByLabelText('Flera värden i en cell skiljs åt med'), ';');
    await waitFor(() => expect(urls).toHaveLength(3));
    expect(new URL(urls[2], 'http://x').searchParams.get('separator')).toBe(';');

    await user.click(await screen.findByRole('button', { name: /Importera/ }));
    await waitFor(() => expect(urls).toHaveLength(4));
    const last = new URL(urls[3], 'http://x');
    expect(last.searchParams.get('dry_run')).toBeNull();
    expect(JSON.parse(last.searchParams.get('columns')!)).toEqual({ Kontakt: 'email' });
    expect(last.searchParams.get('separator')).toBe(';');
    expect(fetchMock).toHaveBeenCalled();
  });
});
