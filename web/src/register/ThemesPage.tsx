// Themes: everyone who reads the register sees them; coordinators and admins edit them.
import { api } from '../app/api';
import { AsyncTable } from '../app/results';
import { path, type Theme, type ThemeList } from '../app/schema';
import { PageTitle, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { RowActions, TaxonomyForm, useTaxonomyEditor } from './TaxonomyEditor';

const blank = { slug: '', name_en: '', name_sv: '', description: '' };

export function ThemesPage() {
  const { t, lang, compare } = useI18n();
  const session = useSession();
  const themes = useAsync(() => api.get<ThemeList>(path('/api/v1/themes'), { lang }), [lang]);
  const editor = useTaxonomyEditor<Theme, typeof blank>({
    blank,
    fieldsOf: (th) => ({ slug: th.slug, name_en: th.name_en, name_sv: th.name_sv, description: th.description ?? '' }),
    save: (editing, fields) =>
      editing
        ? api.put<Theme>(path('/api/v1/themes/{id}', { id: editing.id }), fields, editing.version)
        : api.post<Theme>(path('/api/v1/themes'), fields),
    remove: (th) => api.del(path('/api/v1/themes/{id}', { id: th.id }), th.version),
    savedMessage: (theme) => t('common.savedNamed', { name: lang === 'sv' ? theme.name_sv : theme.name_en }),
    reload: themes.reload,
  });
  const { editing, field } = editor;
  const name = (th: Theme) => (lang === 'sv' ? th.name_sv : th.name_en);
  const items = [...(themes.data?.items ?? [])].sort((a, b) => compare(name(a), name(b)));
  const canWrite = session.can('write_taxonomy');

  return (
    <>
      <PageTitle title={t('themes.title')}>{t('themes.title')}</PageTitle>
      <p>{t('themes.intro')}</p>
      {editor.saved && <Status>{editor.saved}</Status>}
      <AsyncTable
        state={themes}
        label={t('themes.title')}
        headers={[t('field.nameSv'), t('field.nameEn'), t('field.slug'), t('field.description'), canWrite && t('common.actions')]}
        rows={() =>
          items.map((th) => (
            <tr key={th.id}>
              <td lang="sv">{th.name_sv}</td>
              <td lang="en">{th.name_en}</td>
              <td>
                <code>{th.slug}</code>
              </td>
              <td>{th.description}</td>
              {canWrite && <RowActions editor={editor} record={th} name={name(th)} />}
            </tr>
          ))
        }
      />
      {canWrite && (
        <TaxonomyForm
          editor={editor}
          headingId="theme-form-heading"
          heading={editing ? t('themes.edit', { name: name(editing) }) : t('themes.new')}
          labels={{ slug: t('field.slug'), name_en: t('field.nameEn'), name_sv: t('field.nameSv'), description: t('field.description') }}
        >
          <TextField label={t('field.slug')} hint={t('hint.slug')} required {...field('slug')} />
          <TextField label={t('field.nameSv')} required lang="sv" {...field('name_sv')} />
          <TextField label={t('field.nameEn')} required lang="en" {...field('name_en')} />
          <TextArea label={t('field.description')} rows={2} {...field('description')} />
        </TaxonomyForm>
      )}
    </>
  );
}
