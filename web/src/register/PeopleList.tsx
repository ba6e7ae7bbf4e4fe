// People: filters, search, sorting, pagination and the total.
import { api } from '../app/api';
import { Link } from '../app/router';
import { path, type PersonPage } from '../app/schema';
import { ErrorAlert, Loading, PageTitle, SelectField, Status, TableWrap, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../access/session';
import { useI18n } from '../i18n/i18n';
import { ExportLinks, FilterForm, Pager, useFilterForm, useListQuery } from './listing';
import { livedExperience, perspectives, sectors, useOrganisationOptions, useVocabulary } from './vocabulary';

const filterKeys = ['q', 'country', 'country_group', 'sector', 'perspective', 'theme', 'tag', 'organisation'];

export function PeopleList() {
  const { t, lang, label, dateTime, number } = useI18n();
  const session = useSession();
  const list = useListQuery('/people', filterKeys);
  const { values } = list;
  const filters = useFilterForm(values, [...filterKeys, 'sort']);
  const vocabulary = useVocabulary(lang);
  const organisations = useOrganisationOptions(lang);
  const people = useAsync(
    () => api.get<PersonPage>(path('/api/v1/people'), { ...values, limit: 25, lang }),
    [JSON.stringify(values), lang],
  );
  const allowedPerspectives = perspectives.filter((p) => p !== livedExperience || session.can('read_special_category'));
  const v = vocabulary.data;
  const clear = () => {
    filters.setForm({});
    list.apply({});
  };

  return (
    <>
      <div className="page-head">
        <PageTitle title={t('people.title')}>{t('people.title')}</PageTitle>
        {session.can('write_register') && (
          <Link to="/people/new" className="button-link button-primary">
            {t('people.new')}
          </Link>
        )}
      </div>
      <FilterForm label={t('people.filters')} onSubmit={() => list.apply(filters.form)} onClear={clear}>
        <TextField label={t('list.search')} type="search" {...filters.field('q')} />
        <SelectField label={t('field.country')} options={v?.countries ?? []} emptyLabel={t('list.any')} {...filters.field('country')} />
        <SelectField label={t('field.countryGroup')} options={v?.groups ?? []} emptyLabel={t('list.any')} {...filters.field('country_group')} />
        <SelectField label={t('field.sector')} options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('list.any')} {...filters.field('sector')} />
        <SelectField label={t('field.perspective')} options={allowedPerspectives.map((p) => ({ value: p, label: label('perspective', p) }))} emptyLabel={t('list.any')} {...filters.field('perspective')} />
        <SelectField label={t('field.theme')} options={v?.themes ?? []} emptyLabel={t('list.any')} {...filters.field('theme')} />
        <TextField label={t('field.tag')} {...filters.field('tag')} />
        <SelectField label={t('field.organisation')} options={organisations.data ?? []} emptyLabel={t('list.any')} {...filters.field('organisation')} />
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
      {people.error !== undefined && <ErrorAlert error={people.error} />}
      {people.loading && !people.data && <Loading />}
      {people.data && (
        <>
          <Status>{t('people.count', { count: number(people.data.total) })}</Status>
          <ExportLinks collection="people" filters={values} />
          {people.data.items.length > 0 && (
            <TableWrap label={t('people.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('field.organisation')}</th>
                    <th scope="col">{t('field.country')}</th>
                    <th scope="col">{t('field.perspectives')}</th>
                    <th scope="col">{t('field.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.data.items.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/people/${p.id}`}>{p.name}</Link>
                      </td>
                      <td>{p.organisation_name ?? ''}</td>
                      <td>{v?.countryName(p.country) ?? p.country ?? ''}</td>
                      <td>{p.perspectives.map((x) => label('perspective', x)).join(', ')}</td>
                      <td>{dateTime(p.updated_at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <Pager shown={people.data.items.length} total={people.data.total} next={people.data.next} list={list} />
        </>
      )}
    </>
  );
}
