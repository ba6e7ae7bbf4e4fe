// Themes: everyone who reads the register sees them; coordinators and admins edit them.
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../app/api';
import { path, type Theme, type ThemeList } from '../app/schema';
import { ErrorAlert, ErrorSummary, Loading, PageTitle, Status, TableWrap, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../access/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { DeleteButton } from './DeleteButton';
import { useRecordForm } from './useRecordForm';
import { invalidateVocabulary } from './vocabulary';

const blank = { slug: '', name_en: '', name_sv: '', description: '' };

export function ThemesPage() {
  const { t, lang, compare } = useI18n();
  const session = useSession();
  const themes = useAsync(() => api.get<ThemeList>(path('/api/v1/themes'), { lang }), [lang]);
  const [editing, setEditing] = useState<Theme | null>(null);
  const [fields, setFields] = useState(blank);
  const [saved, setSaved] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);

  const form = useRecordForm(
    () =>
      editing
        ? api.put<Theme>(path('/api/v1/themes/{id}', { id: editing.id }), fields, editing.version)
        : api.post<Theme>(path('/api/v1/themes'), fields),
    (theme) => {
      invalidateVocabulary();
      setSaved(t('common.savedNamed', { name: lang === 'sv' ? theme.name_sv : theme.name_en }));
      setEditing(null);
      setFields(blank);
      themes.reload();
    },
  );
  const startEdit = (theme: Theme) => {
    setEditing(theme);
    setFields({ slug: theme.slug, name_en: theme.name_en, name_sv: theme.name_sv, description: theme.description ?? '' });
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
  const name = (th: Theme) => (lang === 'sv' ? th.name_sv : th.name_en);
  const items = [...(themes.data?.items ?? [])].sort((a, b) => compare(name(a), name(b)));
  const canWrite = session.can('write_taxonomy');

  return (
    <>
      <PageTitle title={t('themes.title')}>{t('themes.title')}</PageTitle>
      <p>{t('themes.intro')}</p>
      {saved && <Status>{saved}</Status>}
      {themes.error !== undefined && <ErrorAlert error={themes.error} />}
      {themes.loading && !themes.data && <Loading />}
      {themes.data && (
        <TableWrap label={t('themes.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('field.nameSv')}</th>
                <th scope="col">{t('field.nameEn')}</th>
                <th scope="col">{t('field.slug')}</th>
                <th scope="col">{t('field.description')}</th>
                {canWrite && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((th) => (
                <tr key={th.id}>
                  <td lang="sv">{th.name_sv}</td>
                  <td lang="en">{th.name_en}</td>
                  <td>
                    <code>{th.slug}</code>
                  </td>
                  <td>{th.description}</td>
                  {canWrite && (
                    <td className="row-actions">
                      <button type="button" className="button-secondary" onClick={() => startEdit(th)} aria-label={t('common.editNamed', { name: name(th) })}>
                        {t('common.edit')}
                      </button>
                      <DeleteButton
                        what={name(th)}
                        onDelete={async () => {
                          await api.del(path('/api/v1/themes/{id}', { id: th.id }), th.version);
                          invalidateVocabulary();
                          themes.reload();
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
        <section aria-labelledby="theme-form-heading" className="panel">
          <h2 id="theme-form-heading" tabIndex={-1} ref={formHeading}>
            {editing ? t('themes.edit', { name: name(editing) }) : t('themes.new')}
          </h2>
          <ErrorSummary errors={form.fieldErrors} labels={{ slug: t('field.slug'), name_en: t('field.nameEn'), name_sv: t('field.nameSv'), description: t('field.description') }} />
          {form.error !== undefined && <ErrorAlert error={form.error} />}
          {form.stale && <ErrorAlert><p>{t('error.stale')}</p></ErrorAlert>}
          <form onSubmit={submit} className="form" noValidate>
            <TextField label={t('field.slug')} hint={t('hint.slug')} required {...set('slug')} />
            <TextField label={t('field.nameSv')} required lang="sv" {...set('name_sv')} />
            <TextField label={t('field.nameEn')} required lang="en" {...set('name_en')} />
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
