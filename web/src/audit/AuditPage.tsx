// The audit log (admins): who changed which record when, with the values before and after.
import { useState } from 'react';
import { api } from '../app/api';
import { Link } from '../app/router';
import { path, type AuditPage as AuditPageBody } from '../app/schema';
import { AsyncContent, DataTable } from '../app/results';
import { PageTitle, SelectField, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { FilterForm, Pager, useListFilters } from '../app/listing';

const filterKeys = ['record_type', 'record_id', 'user_id'];
const recordTypes = ['person', 'organisation', 'theme', 'country_group', 'user', 'api_token'];

function recordLink(type: string, id: string) {
  if (type === 'person') return `/people/${id}`;
  if (type === 'organisation') return `/organisations/${id}`;
  return null;
}

export function AuditPage() {
  const { t, dateTime, number } = useI18n();
  const { list, values, field, apply, clear } = useListFilters('/audit', filterKeys);
  const [open, setOpen] = useState<number | null>(null);
  const entries = useAsync(() => api.get<AuditPageBody>(path('/api/v1/audit'), { ...values, sort: undefined, limit: 50 }), [JSON.stringify(values)]);
  return (
    <>
      <PageTitle title={t('audit.title')}>{t('audit.title')}</PageTitle>
      <p>{t('audit.intro')}</p>
      <FilterForm label={t('audit.filters')} onSubmit={apply} onClear={clear}>
        <SelectField label={t('audit.recordType')} options={recordTypes.map((r) => ({ value: r, label: r }))} emptyLabel={t('list.any')} {...field('record_type')} />
        <TextField label={t('audit.recordId')} inputMode="numeric" {...field('record_id')} />
        <TextField label={t('audit.userId')} inputMode="numeric" {...field('user_id')} />
      </FilterForm>
      <AsyncContent state={entries}>
        {(page) => (
          <>
            <Status>{t('audit.count', { count: number(page.total) })}</Status>
            <DataTable label={t('audit.title')} headers={[t('audit.at'), t('audit.user'), t('audit.action'), t('audit.record'), t('audit.changes')]}>
              {page.items.map((e) => {
                const link = recordLink(e.record_type, String(e.record_id));
                return (
                  <tr key={e.id}>
                    <td>{dateTime(e.at)}</td>
                    <td>{e.user_name}</td>
                    <td>{e.action}</td>
                    <td>
                      {link ? <Link to={link}>{`${e.record_type} ${e.record_id}`}</Link> : `${e.record_type} ${e.record_id}`}
                    </td>
                    <td>
                      <button type="button" className="button-secondary" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)}>
                        {open === e.id ? t('audit.hide') : t('audit.show')}
                      </button>
                      {open === e.id && (
                        <div className="diff">
                          <h3>{t('audit.before')}</h3>
                          <pre>{e.before === null ? '—' : JSON.stringify(e.before, null, 2)}</pre>
                          <h3>{t('audit.after')}</h3>
                          <pre>{e.after === null ? '—' : JSON.stringify(e.after, null, 2)}</pre>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
            <Pager shown={page.items.length} total={page.total} next={page.next} list={list} />
          </>
        )}
      </AsyncContent>
    </>
  );
}
