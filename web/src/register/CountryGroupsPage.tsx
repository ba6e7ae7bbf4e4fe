// Country groups ("Member States", "Associated Countries"): read by all register readers,
// edited by coordinators and admins. Countries are typed as ISO codes and shown by name.
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../app/api';
import { path, type CountryGroup, type CountryGroupList } from '../app/schema';
import { ErrorAlert, ErrorSummary, Loading, PageTitle, Status, TableWrap, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../access/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { DeleteButton } from './DeleteButton';
import { useRecordForm } from './useRecordForm';
import { invalidateVocabulary, splitList, useVocabulary } from './vocabulary';

const blank = { slug: '', name: '', description: '', countries: '' };

export function CountryGroupsPage() {
  const { t, lang, compare } = useI18n();
  const session = useSession();
  const groups = useAsync(() => api.get<CountryGroupList>(path('/api/v1/country-groups'), { lang }), [lang]);
  const vocabulary = useVocabulary(lang);
  const [editing, setEditing] = useState<CountryGroup | null>(null);
  const [fields, setFields] = useState(blank);
  const [saved, setSaved] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);

  const input = () => ({ slug: fields.slug, name: fields.name, description: fields.description, countries: splitList(fields.countries.toUpperCase()) });
  const form = useRecordForm(
    () =>
      editing
        ? api.put<CountryGroup>(path('/api/v1/country-groups/{id}', { id: editing.id }), input(), editing.version)
        : api.post<CountryGroup>(path('/api/v1/country-groups'), input()),
    (group) => {
      invalidateVocabulary();
      setSaved(t('common.savedNamed', { name: group.name }));
      setEditing(null);
      setFields(blank);
      groups.reload();
    },
  );
  const startEdit = (g: CountryGroup) => {
    setEditing(g);
    setFields({ slug: g.slug, name: g.name, description: g.description ?? '', countries: g.countries.join(', ') });
    setSaved('');
    window.setTimeout(() => formHeading.current?.focus(), 0);
  };
  const set = (name: keyof typeof blank) => ({
    name,
    value: fields[name],
    error: form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]),
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };
  const canWrite = session.can('write_taxonomy');
  const items = [...(groups.data?.items ?? [])].sort((a, b) => compare(a.name, b.name));
  const countryNames = (codes: string[]) =>
    codes
      .map((c) => vocabulary.data?.countryName(c) ?? c)
      .sort(compare)
      .join(', ');

  return (
    <>
      <PageTitle title={t('groups.title')}>{t('groups.title')}</PageTitle>
      <p>{t('groups.intro')}</p>
      {saved && <Status>{saved}</Status>}
      {groups.error !== undefined && <ErrorAlert error={groups.error} />}
      {groups.loading && !groups.data && <Loading />}
      {groups.data && (
        <TableWrap label={t('groups.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.countries')}</th>
                <th scope="col">{t('field.description')}</th>
                {canWrite && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((g) => (
                <tr key={g.id}>
                  <td>{g.name}</td>
                  <td>{countryNames(g.countries)}</td>
                  <td>{g.description}</td>
                  {canWrite && (
                    <td className="row-actions">
                      <button type="button" className="button-secondary" onClick={() => startEdit(g)} aria-label={t('common.editNamed', { name: g.name })}>
                        {t('common.edit')}
                      </button>
                      <DeleteButton
                        what={g.name}
                        onDelete={async () => {
                          await api.del(path('/api/v1/country-groups/{id}', { id: g.id }), g.version);
                          invalidateVocabulary();
                          groups.reload();
                        }}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {canWrite && (
        <section aria-labelledby="group-form-heading" className="panel">
          <h2 id="group-form-heading" tabIndex={-1} ref={formHeading}>
            {editing ? t('groups.edit', { name: editing.name }) : t('groups.new')}
          </h2>
          <ErrorSummary errors={form.fieldErrors} labels={{ slug: t('field.slug'), name: t('field.name'), description: t('field.description'), countries: t('field.countries') }} />
          {form.error !== undefined && <ErrorAlert error={form.error} />}
          {form.stale && <ErrorAlert><p>{t('error.stale')}</p></ErrorAlert>}
          <form onSubmit={submit} className="form" noValidate>
            <TextField label={t('field.slug')} hint={t('hint.slug')} required {...set('slug')} />
            <TextField label={t('field.name')} required {...set('name')} />
            <TextField label={t('field.countries')} hint={t('hint.countries')} {...set('countries')} />
            <TextArea label={t('field.description')} rows={2} {...set('description')} />
            <div className="actions">
              <button type="submit" disabled={form.busy}>
                {t('common.save')}
              </button>
              {editing && (
                <button type="button" className="button-secondary" onClick={() => { setEditing(null); setFields(blank); }}>
                  {t('common.cancel')}
                </button>
              )}
            </div>
          </form>
        </section>
      )}
    </>
  );
}
