// What the lists share (people, organisations, and the analysis, network, lessons and audit pages): filters kept in the URL, cursor pagination with
// a way back, the total announced, and the export links.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { navigate, useLocation } from './router';
import { queryString } from './api';
import { SelectField } from './ui';
import { useI18n } from '../i18n/i18n';
import { useSession } from './session';

// The list's filters as they stand in the URL, and a way to change them.
export function useListQuery(base: string, keys: string[]) {
  const location = useLocation();
  const values: Record<string, string> = {};
  for (const key of [...keys, 'sort', 'cursor']) values[key] = location.search.get(key) ?? '';
  const stack = useRef<string[]>([]);
  const filterKey = keys.map((k) => values[k]).join('\u0000') + values.sort;
  const lastFilterKey = useRef(filterKey);
  if (lastFilterKey.current !== filterKey) {
    lastFilterKey.current = filterKey;
    stack.current = [];
  }
  const go = (next: Record<string, string>) => navigate(base + queryString(next));
  return {
    values,
    // New filters start again at the first page.
    apply: (filters: Record<string, string>) => go({ ...filters, cursor: '' }),
    next: (cursor: string) => {
      stack.current.push(values.cursor);
      go({ ...values, cursor });
    },
    previous: () => go({ ...values, cursor: stack.current.pop() ?? '' }),
    first: () => go({ ...values, cursor: '' }),
    hasPrevious: values.cursor !== '',
  };
}

// Form state for a filter form, seeded from the URL.
export function useFilterForm(values: Record<string, string>, keys: string[]) {
  const seed = () => Object.fromEntries(keys.map((k) => [k, values[k] ?? '']));
  const [form, setForm] = useState(seed);
  // Back and Forward change the URL: the form follows it.
  const urlKey = JSON.stringify(seed());
  useEffect(() => setForm(JSON.parse(urlKey)), [urlKey]);
  const field = (name: string) => ({
    name,
    value: form[name] ?? '',
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });
  return { form, setForm, field };
}

// The URL's filters and the form that edits them: Apply puts the form in the URL, Clear
// empties both. `formKeys` are the fields in the form (the filters, and the sort if any).
export function useListFilters(base: string, keys: string[], formKeys: string[] = keys) {
  const list = useListQuery(base, keys);
  const filters = useFilterForm(list.values, formKeys);
  const apply = () => list.apply(filters.form);
  const clear = () => {
    filters.setForm({});
    list.apply({});
  };
  return { list, values: list.values, field: filters.field, apply, clear };
}

export function FilterForm({ label, onSubmit, onClear, children }: { label: string; onSubmit: () => void; onClear: () => void; children: ReactNode }) {
  const { t } = useI18n();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" aria-label={label} className="filters" onSubmit={submit}>
      <div className="filter-grid">{children}</div>
      <div className="actions">
        <button type="submit">{t('list.apply')}</button>
        <button type="button" className="button-secondary" onClick={onClear}>
          {t('list.clear')}
        </button>
      </div>
    </form>
  );
}

// The sort order of a list, one of the server's sort keys.
export function SortField(field: { name: string; value: string; onChange: (e: { target: { value: string } }) => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('list.sort')}
      options={[
        { value: 'name', label: t('list.sortName') },
        { value: 'updated', label: t('list.sortUpdated') },
        { value: 'id', label: t('list.sortId') },
      ]}
      emptyLabel={t('list.sortDefault')}
      {...field}
    />
  );
}

export function Pager({ shown, total, next, list }: { shown: number; total: number; next: string | null | undefined; list: ReturnType<typeof useListQuery> }) {
  const { t } = useI18n();
  if (!list.hasPrevious && !next) return null;
  return (
    <nav aria-label={t('list.pages')} className="pager">
      {list.hasPrevious && (
        <button type="button" className="button-secondary" onClick={list.first}>
          {t('list.first')}
        </button>
      )}
      {list.hasPrevious && (
        <button type="button" className="button-secondary" onClick={list.previous}>
          {t('list.previous')}
        </button>
      )}
      {next && (
        <button type="button" className="button-secondary" onClick={() => list.next(next)}>
          {t('list.next')}
        </button>
      )}
      <span className="pager-count">{t('list.showing', { shown, total })}</span>
    </nav>
  );
}

// CSV and XLSX downloads of the list as filtered, for those allowed to export.
export function ExportLinks({ collection, filters }: { collection: 'people' | 'organisations'; filters: Record<string, string> }) {
  const { t, lang } = useI18n();
  const session = useSession();
  if (!session.can('export_register')) return null;
  const query = (format: string) => queryString({ ...filters, cursor: '', format, lang });
  return (
    <p className="export-links">
      <span>{t('list.export')}</span>{' '}
      <a className="button-link" href={`/api/v1/${collection}/export${query('csv')}`} download>
        CSV
      </a>{' '}
      <a className="button-link" href={`/api/v1/${collection}/export${query('xlsx')}`} download>
        XLSX
      </a>
    </p>
  );
}
