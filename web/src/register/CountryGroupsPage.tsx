// Country groups ("Member States", "Associated Countries"): read by all register readers,
// edited by coordinators and admins. Countries are typed as ISO codes and shown by name.
import { api } from '../app/api';
import { AsyncTable } from '../app/results';
import { path, type CountryGroup, type CountryGroupList } from '../app/schema';
import { PageTitle, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { RowActions, TaxonomyForm, useTaxonomyEditor } from './TaxonomyEditor';
import { splitList, useVocabulary } from '../app/vocabulary';

const blank = { slug: '', name: '', description: '', countries: '' };

const toInput = (fields: typeof blank) => ({ slug: fields.slug, name: fields.name, description: fields.description, countries: splitList(fields.countries.toUpperCase()) });

export function CountryGroupsPage() {
  const { t, lang, compare } = useI18n();
  const session = useSession();
  const groups = useAsync(() => api.get<CountryGroupList>(path('/api/v1/country-groups'), { lang }), [lang]);
  const vocabulary = useVocabulary(lang);
  const editor = useTaxonomyEditor<CountryGroup, typeof blank>({
    blank,
    fieldsOf: (g) => ({ slug: g.slug, name: g.name, description: g.description ?? '', countries: g.countries.join(', ') }),
    save: (editing, fields) =>
      editing
        ? api.put<CountryGroup>(path('/api/v1/country-groups/{id}', { id: editing.id }), toInput(fields), editing.version)
        : api.post<CountryGroup>(path('/api/v1/country-groups'), toInput(fields)),
    remove: (g) => api.del(path('/api/v1/country-groups/{id}', { id: g.id }), g.version),
    savedMessage: (group) => t('common.savedNamed', { name: group.name }),
    reload: groups.reload,
  });
  const { editing, field } = editor;
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
      {editor.saved && <Status>{editor.saved}</Status>}
      <AsyncTable
        state={groups}
        label={t('groups.title')}
        headers={[t('field.name'), t('field.countries'), t('field.description'), canWrite && t('common.actions')]}
        rows={() =>
          items.map((g) => (
            <tr key={g.id}>
              <td>{g.name}</td>
              <td>{countryNames(g.countries)}</td>
              <td>{g.description}</td>
              {canWrite && <RowActions editor={editor} record={g} name={g.name} />}
            </tr>
          ))
        }
      />
      {canWrite && (
        <TaxonomyForm
          editor={editor}
          headingId="group-form-heading"
          heading={editing ? t('groups.edit', { name: editing.name }) : t('groups.new')}
          labels={{ slug: t('field.slug'), name: t('field.name'), description: t('field.description'), countries: t('field.countries') }}
        >
          <TextField label={t('field.slug')} hint={t('hint.slug')} required {...field('slug')} />
          <TextField label={t('field.name')} required {...field('name')} />
          <TextField label={t('field.countries')} hint={t('hint.countries')} {...field('countries')} />
          <TextArea label={t('field.description')} rows={2} {...field('description')} />
        </TaxonomyForm>
      )}
    </>
  );
}
