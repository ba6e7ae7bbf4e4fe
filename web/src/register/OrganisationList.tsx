// Organisations: filters, search, sorting, pagination and the total.
import { api } from '../app/api';
import { Link } from '../app/router';
import { path, type OrganisationPage } from '../app/schema';
import { ErrorAlert, Loading, PageTitle, SelectField, Status, TableWrap, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../access/session';
import { useI18n } from '../i18n/i18n';
import { ExportLinks, FilterForm, Pager, useFilterForm, useListQuery } from './listing';
import { levels, sectors, useOrganisationOptions, useVocabulary } from './vocabulary';

const filterKeys = ['q', 'country', 'country_group', 'sector', 'level', 'parent'];

export function OrganisationList() {
  const { t, lang, label, number } = useI18n();
  const session = useSession();
  const list = useListQuery('/organisations', filterKeys);
  const { values } = list;
  const filters = useFilterForm(values, [...filterKeys, 'sort']);
  const vocabulary = useVocabulary(lang);
  const parents = useOrganisationOptions(lang);
  const organisations = useAsync(
    () => api.get<OrganisationPage>(path('/api/v1/organisations'), { ...values, limit: 25, lang }),
    [JSON.stringify(values), lang],
  );
  const v = vocabulary.data;
  const clear = () => {
    filters.setForm({});
    list.apply({});
  };
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('organisations.title')}>{t('organisations.title')}</PageTitle>
        {session.can('write_register') && (
          <Link to="/organisations/new" className="button-link button-primary">
            {t('organisations.new')}
          </Link>
        )}
      </div>
      <FilterForm label={t('organisations.filters')} onSubmit={() => list.apply(filters.form)} onClear={clear}>
        <TextField label={t('list.search')} type="search" {...filters.field('q')} />
        <SelectField label={t('field.country')} options={v?.countries ?? []} emptyLabel={t('list.any')} {...filters.field('country')} />
        <SelectField label={t('field.countryGroup')} options={v?.groups ?? []} emptyLabel={t('list.any')} {...filters.field('country_group')} />
        <SelectField label={t('field.sector')} options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('list.any')} {...filters.field('sector')} />
        <SelectField label={t('field.level')} options={levels.map((s) => ({ value: s, label: label('level', s) }))} emptyLabel={t('list.any')} {...filters.field('level')} />
        <SelectField label={t('field.parent')} options={parents.data ?? []} emptyLabel={t('list.any')} {...filters.field('parent')} />
        <SelectField
          label={t('list.sort')}
          options={[
            { value: 'name', label: t('list.sortName') },
            { value: 'updated', label: t('list.sortUpdated') },
            { value: 'id', label: t('list.sortId') },
          ]}
          emptyLabel={t('list.sortDefault')}
          {...filters.field('sort')}
        />
      </FilterForm>
      {organisations.error !== undefined && <ErrorAlert error={organisations.error} />}
      {organisations.loading && !organisations.data && <Loading />}
      {organisations.data && (
        <>
          <Status>{t('organisations.count', { count: number(organisations.data.total) })}</Status>
          <ExportLinks collection="organisations" filters={values} />
          {organisations.data.items.length > 0 && (
            <TableWrap label={t('organisations.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('field.sector')}</th>
                    <th scope="col">{t('field.level')}</th>
                    <th scope="col">{t('field.country')}</th>
                    <th scope="col">{t('field.parent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {organisations.data.items.map((o) => (
                    <tr key={o.id}>
                      <td>
                        <Link to={`/organisations/${o.id}`}>{o.name}</Link>
                      </td>
                      <td>{label('sector', o.sector)}</td>
                      <td>{label('level', o.level)}</td>
                      <td>{v?.countryName(o.country) ?? o.country ?? ''}</td>
                      <td>{o.parent_name ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <Pager shown={organisations.data.items.length} total={organisations.data.total} next={organisations.data.next} list={list} />
        </>
      )}
    </>
  );
}
