// The parts of the people and organisation lists that are the same: the heading with its
// "new" link, the first filters, and the results (total, export links, table, pager).
import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { AsyncContent, DataTable } from '../app/results';
import { PageTitle, SelectField, Status, TextField } from '../app/ui';
import type { Async } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { ExportLinks, Pager, type useFilterForm, type useListQuery } from '../app/listing';
import { sectors, type Vocabulary } from '../app/vocabulary';

type Collection = 'people' | 'organisations';

export function CollectionHeading({ collection }: { collection: Collection }) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <div className="page-head">
      <PageTitle title={t(`${collection}.title`)}>{t(`${collection}.title`)}</PageTitle>
      {session.can('write_register') && (
        <Link to={`/${collection}/new`} className="button-link button-primary">
          {t(`${collection}.new`)}
        </Link>
      )}
    </div>
  );
}

// Search, country, country group and sector, which both lists are filtered by.
export function CommonFilters({ field, vocabulary: v }: { field: ReturnType<typeof useFilterForm>['field']; vocabulary: Vocabulary | undefined }) {
  const { t, label } = useI18n();
  return (
    <>
      <TextField label={t('list.search')} type="search" {...field('q')} />
      <SelectField label={t('field.country')} options={v?.countries ?? []} emptyLabel={t('list.any')} {...field('country')} />
      <SelectField label={t('field.countryGroup')} options={v?.groups ?? []} emptyLabel={t('list.any')} {...field('country_group')} />
      <SelectField label={t('field.sector')} options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('list.any')} {...field('sector')} />
    </>
  );
}

interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

export function CollectionResults<T>({ collection, results, list, headers, row }: {
  collection: Collection;
  results: Async<Page<T>>;
  list: ReturnType<typeof useListQuery>;
  headers: string[];
  row: (item: T) => ReactNode;
}) {
  const { t, number } = useI18n();
  return (
    <AsyncContent state={results}>
      {(page) => (
        <>
          <Status>{t(`${collection}.count`, { count: number(page.total) })}</Status>
          <ExportLinks collection={collection} filters={list.values} />
          {page.items.length > 0 && (
            <DataTable label={t(`${collection}.title`)} headers={headers}>
              {page.items.map(row)}
            </DataTable>
          )}
          <Pager shown={page.items.length} total={page.total} next={page.next} list={list} />
        </>
      )}
    </AsyncContent>
  );
}
