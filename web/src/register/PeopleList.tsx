// People: filters, search, sorting, pagination and the total.
import { api } from '../app/api';
import { Link } from '../app/router';
import { path, type PersonPage } from '../app/schema';
import { SelectField, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { CollectionHeading, CollectionResults, CommonFilters } from './CollectionPage';
import { FilterForm, SortField, useListFilters } from '../app/listing';
import { livedExperience, perspectives, useOrganisationOptions, useVocabulary } from '../app/vocabulary';

const filterKeys = ['q', 'country', 'country_group', 'sector', 'perspective', 'theme', 'tag', 'organisation'];

export function PeopleList() {
  const { t, lang, label, dateTime } = useI18n();
  const session = useSession();
  const { list, values, field, apply, clear } = useListFilters('/people', filterKeys, [...filterKeys, 'sort']);
  const vocabulary = useVocabulary(lang);
  const organisations = useOrganisationOptions(lang);
  const people = useAsync(
    () => api.get<PersonPage>(path('/api/v1/people'), { ...values, limit: 25, lang }),
    [JSON.stringify(values), lang],
  );
  const allowedPerspectives = perspectives.filter((p) => p !== livedExperience || session.can('read_special_category'));
  const v = vocabulary.data;

  return (
    <>
      <CollectionHeading collection="people" />
      <FilterForm label={t('people.filters')} onSubmit={apply} onClear={clear}>
        <CommonFilters field={field} vocabulary={v} />
        <SelectField label={t('field.perspective')} options={allowedPerspectives.map((p) => ({ value: p, label: label('perspective', p) }))} emptyLabel={t('list.any')} {...field('perspective')} />
        <SelectField label={t('field.theme')} options={v?.themes ?? []} emptyLabel={t('list.any')} {...field('theme')} />
        <TextField label={t('field.tag')} {...field('tag')} />
        <SelectField label={t('field.organisation')} options={organisations.data ?? []} emptyLabel={t('list.any')} {...field('organisation')} />
        <SortField {...field('sort')} />
      </FilterForm>
      <CollectionResults
        collection="people"
        results={people}
        list={list}
        headers={[t('field.name'), t('field.organisation'), t('field.country'), t('field.perspectives'), t('field.updated')]}
        row={(p) => (
          <tr key={p.id}>
            <td>
              <Link to={`/people/${p.id}`}>{p.name}</Link>
            </td>
            <td>{p.organisation_name ?? ''}</td>
            <td>{v?.countryName(p.country) ?? p.country ?? ''}</td>
            <td>{p.perspectives.map((x) => label('perspective', x)).join(', ')}</td>
            <td>{dateTime(p.updated_at)}</td>
          </tr>
        )}
      />
    </>
  );
}
