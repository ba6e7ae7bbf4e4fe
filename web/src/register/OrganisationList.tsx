// Organisations: filters, search, sorting, pagination and the total.
import { api } from '../app/api';
import { Link } from '../app/router';
import { path, type OrganisationPage } from '../app/schema';
import { SelectField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { CollectionHeading, CollectionResults, CommonFilters } from './CollectionPage';
import { FilterForm, SortField, useListFilters } from '../app/listing';
import { levels, useOrganisationOptions, useVocabulary } from '../app/vocabulary';

const filterKeys = ['q', 'country', 'country_group', 'sector', 'level', 'parent'];

export function OrganisationList() {
  const { t, lang, label } = useI18n();
  const { list, values, field, apply, clear } = useListFilters('/organisations', filterKeys, [...filterKeys, 'sort']);
  const vocabulary = useVocabulary(lang);
  const parents = useOrganisationOptions(lang);
  const organisations = useAsync(
    () => api.get<OrganisationPage>(path('/api/v1/organisations'), { ...values, limit: 25, lang }),
    [JSON.stringify(values), lang],
  );
  const v = vocabulary.data;
  return (
    <>
      <CollectionHeading collection="organisations" />
      <FilterForm label={t('organisations.filters')} onSubmit={apply} onClear={clear}>
        <CommonFilters field={field} vocabulary={v} />
        <SelectField label={t('field.level')} options={levels.map((s) => ({ value: s, label: label('level', s) }))} emptyLabel={t('list.any')} {...field('level')} />
        <SelectField label={t('field.parent')} options={parents.data ?? []} emptyLabel={t('list.any')} {...field('parent')} />
        <SortField {...field('sort')} />
      </FilterForm>
      <CollectionResults
        collection="organisations"
        results={organisations}
        list={list}
        headers={[t('field.name'), t('field.sector'), t('field.level'), t('field.country'), t('field.parent')]}
        row={(o) => (
          <tr key={o.id}>
            <td>
              <Link to={`/organisations/${o.id}`}>{o.name}</Link>
            </td>
            <td>{label('sector', o.sector)}</td>
            <td>{label('level', o.level)}</td>
            <td>{v?.countryName(o.country) ?? o.country ?? ''}</td>
            <td>{o.parent_name ?? ''}</td>
          </tr>
        )}
      />
    </>
  );
}
