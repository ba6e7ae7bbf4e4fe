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
import { SectorOrToComplete, ToCompleteBadge, isToComplete } from './ToComplete';

const filterKeys = ['q', 'country', 'country_group', 'sector', 'level', 'parent', 'to_complete'];

export function OrganisationList() {
  const { t, lang, label, number } = useI18n();
  const { list, values, field, apply, clear } = useListFilters('/organisations', filterKeys, [...filterKeys, 'sort']);
  const vocabulary = useVocabulary(lang);
  const parents = useOrganisationOptions(lang);
  const organisations = useAsync(
    () => api.get<OrganisationPage>(path('/api/v1/organisations'), { ...values, limit: 25, lang }),
    [JSON.stringify(values), lang],
  );
  // How many wait for a sector or level, whatever the filters: asked once as the page opens.
  const toComplete = useAsync(
    () => api.get<OrganisationPage>(path('/api/v1/organisations'), { to_complete: 'true', limit: 1 }).then((p) => p.total),
    [],
  );
  const v = vocabulary.data;
  return (
    <>
      <CollectionHeading collection="organisations" />
      {(toComplete.data ?? 0) > 0 && values.to_complete !== 'true' && (
        <p className="hint">
          {t('organisations.toCompleteCount', { count: number(toComplete.data ?? 0) })}{' '}
          <Link to="/organisations?to_complete=true">{t('organisations.showToComplete')}</Link>
        </p>
      )}
      <FilterForm label={t('organisations.filters')} onSubmit={apply} onClear={clear}>
        <CommonFilters field={field} vocabulary={v} />
        <SelectField label={t('field.level')} options={levels.map((s) => ({ value: s, label: label('level', s) }))} emptyLabel={t('list.any')} {...field('level')} />
        <SelectField label={t('field.parent')} options={parents.data ?? []} emptyLabel={t('list.any')} {...field('parent')} />
        <SelectField label={t('organisations.completeness')} options={[{ value: 'true', label: t('organisations.onlyToComplete') }]} emptyLabel={t('list.any')} {...field('to_complete')} />
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
              {isToComplete(o) && <ToCompleteBadge />}
            </td>
            <td><SectorOrToComplete group="sector" value={o.sector} /></td>
            <td><SectorOrToComplete group="level" value={o.level} /></td>
            <td>{v?.countryName(o.country) ?? o.country ?? ''}</td>
            <td>{o.parent_name ?? ''}</td>
          </tr>
        )}
      />
    </>
  );
}
