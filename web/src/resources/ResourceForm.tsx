// Adding a resource to the library, or changing one: what it is, in which language, for whom,
// a link and/or a file. A chosen file is uploaded after the description is saved; if the server
// refuses it (too large, a refused type), the description stays saved and the form says why
// beside the file field, so the user can pick another file.
import { forwardRef, useEffect, useState } from 'react';
import { ApiError } from '../app/api';
import { fieldProblems } from '../app/formErrors';
import { useNewRecordProgramme } from '../app/ProgrammeScope';
import { CheckboxGroup, ErrorAlert, ErrorSummary, RadioGroup, SelectField, TextArea, TextField } from '../app/ui';
import { useVocabulary } from '../app/vocabulary';
import { languageName } from '../events/eventVocabulary';
import { useI18n } from '../i18n/i18n';
import { audiences, kinds, maxFileBytes, postResource, putResource, uploadFile, type Audience, type Resource, type ResourceInput, type ResourceKind } from './resourcesApi';

// The languages offered first; a resource in another one keeps its code.
const commonLanguages = ['sv', 'en', 'fi', 'no', 'da', 'is', 'se', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ar', 'so', 'fa', 'uk'];

function blank(): ResourceInput {
  return { title: '', description: '', kind: 'knowledge', language: 'sv', themes: [], audience: 'everyone', url: null };
}

function inputOf(r: Resource): ResourceInput {
  return { programme_id: r.programme_id, title: r.title, description: r.description, kind: r.kind, language: r.language, themes: r.themes, audience: r.audience, url: r.url };
}

export const ResourceForm = forwardRef<HTMLHeadingElement, { editing: Resource | null; onSaved: (r: Resource) => void; onPartlySaved: () => void; onCancel: () => void }>(function ResourceForm({ editing, onSaved, onPartlySaved, onCancel }, heading) {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  const programmeId = useNewRecordProgramme();
  const [form, setForm] = useState<ResourceInput>(blank);
  const [saved, setSaved] = useState<Resource | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const current = saved ?? editing;
  useEffect(() => {
    setForm(editing ? inputOf(editing) : blank());
    setSaved(null);
    setError(undefined);
  }, [editing]);
  const { problems, problem } = fieldProblems(error, lang);
  const set = <K extends keyof ResourceInput>(key: K, value: ResourceInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const languages = [...new Set([...commonLanguages, form.language ?? 'sv'])].map((code) => ({ value: code, label: languageName(lang, code) }));
  const labels = { title: t('resources.titleField'), description: t('resources.description'), kind: t('resources.kind'), language: t('resources.language'), themes: t('resources.themes'), audience: t('resources.audience'), url: t('resources.url'), file: t('resources.file'), filename: t('resources.file') };

  const submit = async () => {
    setError(undefined);
    if (file && file.size > maxFileBytes) {
      setError(new ApiError(413, { status: 413, title: 'Content Too Large', errors: [{ field: 'file', code: 'file_too_large', params: { max: '10' }, message: t('resources.fileTooLarge') }] }));
      return;
    }
    setBusy(true);
    try {
      const input = { ...form, url: form.url?.trim() ? form.url.trim() : null };
      let record = current ? await putResource(current, input) : await postResource({ ...input, programme_id: programmeId });
      setSaved(record);
      if (file) {
        // The description is saved: the list shows it even if the file is refused next.
        onPartlySaved();
        record = await uploadFile(record, file);
      }
      setFile(null);
      setFileKey((k) => k + 1);
      setSaved(null);
      setForm(blank());
      onSaved(record);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const headingId = 'resource-form-heading';
  return (
    <form
      className="panel"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {current ? t('resources.editNamed', { title: current.title }) : t('resources.add')}
      </h2>
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      {saved && !editing && <p>{t('resources.savedWithoutFile')}</p>}
      <TextField label={t('resources.titleField')} name="title" value={form.title} onChange={(e) => set('title', e.target.value)} error={problem('title')} required maxLength={200} />
      <TextArea label={t('resources.description')} name="description" value={form.description ?? ''} onChange={(e) => set('description', e.target.value)} error={problem('description')} maxLength={4000} />
      <SelectField label={t('resources.kind')} name="kind" value={form.kind} onChange={(e) => set('kind', e.target.value as ResourceKind)} options={kinds.map((k) => ({ value: k, label: t(`resources.kinds.${k}`) }))} error={problem('kind')} />
      <SelectField label={t('resources.language')} name="language" value={form.language} onChange={(e) => set('language', e.target.value)} options={languages} error={problem('language')} />
      <CheckboxGroup legend={t('resources.themes')} name="themes" options={vocabulary.data?.themes ?? []} values={form.themes ?? []} onChange={(v) => set('themes', v)} error={problem('themes')} />
      <RadioGroup legend={t('resources.audience')} name="audience" value={form.audience ?? 'everyone'} onChange={(v) => set('audience', v as Audience)} options={audiences.map((a) => ({ value: a, label: t(`resources.audiences.${a}`) }))} error={problem('audience')} />
      <TextField label={t('resources.url')} name="url" type="url" value={form.url ?? ''} onChange={(e) => set('url', e.target.value)} hint={t('resources.urlHint')} error={problem('url')} />
      <TextField
        key={fileKey}
        label={current?.file ? t('resources.replaceFile', { name: current.file.name }) : t('resources.file')}
        name="file"
        type="file"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        hint={t('resources.fileHint')}
        error={problem('file') ?? problem('filename')}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {current ? t('resources.saveChanges') : t('resources.save')}
        </button>
        {current && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setSaved(null);
              setForm(blank());
              setError(undefined);
              onCancel();
            }}
          >
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
});
