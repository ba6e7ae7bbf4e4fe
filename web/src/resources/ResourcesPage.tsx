// The resource library (/resources): documents and links the programme keeps for its people —
// knowledge, tools, reports and policies — found by words, kind, language and theme (kept in the
// URL). Each resource is a card that works on a phone: its link, its file to download (name, type
// and size said before anyone clicks), and for those who keep the library, edit, remove the file
// and delete. Participants see what is shared with everyone; the server decides that.
import { useRef, useState } from 'react';
import { DeleteButton } from '../app/DeleteButton';
import { FilterForm, useListFilters } from '../app/listing';
import { AsyncContent } from '../app/results';
import { useSession } from '../app/session';
import { PageTitle, SelectField, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useVocabulary } from '../app/vocabulary';
import { languageName } from '../events/eventVocabulary';
import { useI18n } from '../i18n/i18n';
import { ResourceForm } from './ResourceForm';
import { deleteResource, fileUrl, getResources, kinds, removeFile, type Resource } from './resourcesApi';
import './resources.css';

// "2.4 MB", "860 kB", "312 bytes" in the reader's number format.
function useSize() {
  const { t, number } = useI18n();
  return (bytes: number) => {
    if (bytes >= 1024 * 1024) return t('resources.megabytes', { size: number(Math.round((bytes / (1024 * 1024)) * 10) / 10) });
    if (bytes >= 1024) return t('resources.kilobytes', { size: number(Math.round(bytes / 1024)) });
    return t('resources.bytes', { size: number(bytes) });
  };
}

// The kind of file in plain words, from the type the server found in it.
function useFileKind() {
  const { t } = useI18n();
  return (contentType: string) => {
    const type = contentType.split(';')[0];
    if (type === 'application/pdf') return 'PDF';
    if (type.includes('wordprocessingml')) return 'Word';
    if (type.includes('spreadsheetml')) return 'Excel';
    if (type.includes('presentationml')) return 'PowerPoint';
    if (type.includes('opendocument')) return 'OpenDocument';
    if (type === 'text/csv') return 'CSV';
    if (type.startsWith('image/')) return t('resources.picture', { format: type.slice(6).toUpperCase() });
    return t('resources.text');
  };
}

// The theme filter, for those who read the themes (participants do not: their cards name the
// themes the server sent with each resource).
function ThemeFilter(field: { name: string; value: string; onChange: (e: { target: { value: string } }) => void }) {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  return <SelectField label={t('resources.theme')} options={vocabulary.data?.themes ?? []} emptyLabel={t('list.any')} {...field} />;
}

function ResourceCard({ r, canManage, onEdit, onChanged }: { r: Resource; canManage: boolean; onEdit: () => void; onChanged: (message: string) => void }) {
  const { t, lang } = useI18n();
  const size = useSize();
  const fileKind = useFileKind();
  const headingId = `resource-${r.id}`;
  const themes = r.theme_names.map((n) => (lang === 'sv' ? n.name_sv : n.name_en));
  return (
    <li>
      <article className="resource-card" aria-labelledby={headingId}>
        <h2 id={headingId}>{r.title}</h2>
        <p className="resource-meta">
          {t(`resources.kinds.${r.kind}`)} · {languageName(lang, r.language)}
          {themes.length > 0 && <> · {themes.join(', ')}</>}
          {r.audience === 'team' && (
            <>
              {' '}
              · <strong>{t('resources.teamOnly')}</strong>
            </>
          )}
        </p>
        {r.description && <p className="prewrap">{r.description}</p>}
        <ul className="resource-links">
          {r.url && (
            <li>
              <a href={r.url} rel="noopener noreferrer" target="_blank">
                {t('resources.openLink', { title: r.title })}
                <span className="visually-hidden"> {t('resources.newTab')}</span>
              </a>
            </li>
          )}
          {r.file && (
            <li>
              <a href={fileUrl(r)} download={r.file.name}>
                {t('resources.download', { name: r.file.name })}
              </a>{' '}
              <span className="muted">
                ({fileKind(r.file.content_type)}, {size(r.file.size)})
              </span>
            </li>
          )}
          {!r.url && !r.file && <li className="muted">{t('resources.noFileYet')}</li>}
        </ul>
        {canManage && (
          <div className="row-actions">
            <button type="button" className="button-secondary" onClick={onEdit} aria-label={t('common.editNamed', { name: r.title })}>
              {t('common.edit')}
            </button>
            {r.file && (
              <DeleteButton
                what={r.file.name}
                label={t('resources.removeFile', { name: r.file.name })}
                question={t('resources.removeFileQuestion', { name: r.file.name, title: r.title })}
                onDelete={async () => {
                  await removeFile(r);
                  onChanged(t('resources.fileRemoved', { name: r.file?.name ?? '' }));
                }}
              />
            )}
            <DeleteButton
              what={r.title}
              onDelete={async () => {
                await deleteResource(r);
                onChanged(t('resources.deleted', { title: r.title }));
              }}
            />
          </div>
        )}
      </article>
    </li>
  );
}

export function ResourcesPage() {
  const { t, lang, number } = useI18n();
  const session = useSession();
  const readsRegister = session.can('read_register');
  const canManage = session.can('manage_resources');
  const { values, field, apply, clear } = useListFilters('/resources', ['q', 'kind', 'language', 'theme']);
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<Resource | null>(null);
  const [message, setMessage] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  const filters = { q: values.q || undefined, kind: values.kind || undefined, language: values.language || undefined, theme: values.theme || undefined };
  const list = useAsync(() => getResources(filters), [values.q, values.kind, values.language, values.theme, reload]);
  const changed = (said: string) => {
    setMessage(said);
    setReload((n) => n + 1);
  };
  const languages = ['sv', 'en', ...new Set((list.data?.items ?? []).map((r) => r.language))].filter((c, i, all) => all.indexOf(c) === i);
  return (
    <>
      <PageTitle title={t('resources.title')}>{t('resources.title')}</PageTitle>
      <p>{t(readsRegister ? 'resources.intro' : 'resources.introParticipant')}</p>
      <FilterForm label={t('resources.search')} onSubmit={apply} onClear={clear}>
        {/* Named apart from the form's fields below, whose ids (field-kind …) the error summary links to. */}
        <TextField label={t('resources.words')} type="search" {...field('q')} name="find_q" />
        <SelectField label={t('resources.kind')} options={kinds.map((k) => ({ value: k, label: t(`resources.kinds.${k}`) }))} emptyLabel={t('list.any')} {...field('kind')} name="find_kind" />
        <SelectField label={t('resources.language')} options={languages.map((c) => ({ value: c, label: languageName(lang, c) }))} emptyLabel={t('list.any')} {...field('language')} name="find_language" />
        {readsRegister && <ThemeFilter {...field('theme')} name="find_theme" />}
      </FilterForm>
      {message && <Status>{message}</Status>}
      <AsyncContent state={list}>
        {(data) => (
          <>
            <Status>{t('resources.count', { count: number(data.items.length) })}</Status>
            {data.items.length > 0 && (
              <ul className="resource-list">
                {data.items.map((r) => (
                  <ResourceCard
                    key={r.id}
                    r={r}
                    canManage={canManage}
                    onEdit={() => {
                      setEditing(r);
                      setMessage('');
                      window.setTimeout(() => formHeading.current?.focus(), 0);
                    }}
                    onChanged={changed}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </AsyncContent>
      {canManage && (
        <ResourceForm
          ref={formHeading}
          editing={editing}
          onCancel={() => setEditing(null)}
          onPartlySaved={() => setReload((n) => n + 1)}
          onSaved={(r) => {
            setEditing(null);
            changed(t('resources.saved', { title: r.title }));
          }}
        />
      )}
    </>
  );
}
