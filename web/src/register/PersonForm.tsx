// Creating and editing a person. The API's field errors appear beside their fields; a 412
// means someone else saved the person meanwhile, and the user can load their version.
import { api } from '../app/api';
import { navigate } from '../app/router';
import { path, type Person, type PersonInput } from '../app/schema';
import { CheckboxGroup, Loading, SelectField, TextArea, TextField } from '../app/ui';
import { useSession } from '../app/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { SensitiveWordsWarning } from '../app/SensitiveWordsWarning';
import { RecordFormPage, RecordLoadError } from '../app/RecordFormParts';
import { useLoadedRecord } from './useLoadedRecord';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { livedExperience, perspectives, splitList, useOrganisationOptions, useVocabulary } from '../app/vocabulary';

interface PersonFields {
  name: string;
  title: string;
  organisation_id: string;
  country: string;
  perspectives: string[];
  themes: string[];
  languages: string;
  email: string;
  phone: string;
  tags: string;
  notes: string;
  // The notes hold health details: only those who see lived experience read them.
  notes_special: boolean;
  mapped_by: string;
  mapping_reason: string;
  // The day the person gave explicit consent to keeping their lived experience (sent, never read
  // back: the consent is a record of its own, listed on the person's page).
  lived_experience_consent_on: string;
}

const empty: PersonFields = {
  name: '', title: '', organisation_id: '', country: '', perspectives: [], themes: [], languages: '',
  email: '', phone: '', tags: '', notes: '', notes_special: false, mapped_by: '', mapping_reason: '', lived_experience_consent_on: '',
};

function fieldsOf(p: Person): PersonFields {
  return {
    name: p.name,
    title: p.title ?? '',
    organisation_id: p.organisation_id ? String(p.organisation_id) : '',
    country: p.country ?? '',
    perspectives: p.perspectives,
    themes: p.themes,
    languages: (p.languages ?? []).join(', '),
    email: p.email ?? '',
    phone: p.phone ?? '',
    tags: (p.tags ?? []).join(', '),
    notes: p.notes ?? '',
    notes_special: p.notes_special ?? false,
    mapped_by: p.mapped_by ?? '',
    mapping_reason: p.mapping_reason ?? '',
    lived_experience_consent_on: '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function toPersonInput(f: PersonFields): PersonInput {
  return {
    name: f.name.trim(),
    title: orNull(f.title),
    organisation_id: f.organisation_id ? Number(f.organisation_id) : null,
    country: orNull(f.country),
    perspectives: f.perspectives as PersonInput['perspectives'],
    themes: f.themes,
    languages: splitList(f.languages),
    email: orNull(f.email),
    phone: orNull(f.phone),
    tags: splitList(f.tags),
    notes: f.notes,
    notes_special: f.notes_special,
    mapped_by: orNull(f.mapped_by),
    mapping_reason: orNull(f.mapping_reason),
    ...(f.perspectives.includes(livedExperience) && f.lived_experience_consent_on ? { lived_experience_consent_on: f.lived_experience_consent_on } : {}),
  };
}

export function PersonForm({ id }: { id?: number }) {
  const { t, lang, label } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const organisations = useOrganisationOptions(lang);
  const record = useLoadedRecord(id === undefined ? undefined : path('/api/v1/people/{id}', { id }), empty, fieldsOf);
  const { fields, setFields, version } = record;

  const form = useRecordForm(
    () =>
      id === undefined
        ? api.post<Person>(path('/api/v1/people'), toPersonInput(fields))
        : api.put<Person>(path('/api/v1/people/{id}', { id }), toPersonInput(fields), version ?? 0),
    (saved) => navigate(`/people/${saved.id}`),
  );

  const title = id === undefined ? t('people.new') : t('people.edit', { name: fields.name });
  if (record.loadError !== undefined) return <RecordLoadError title={t('people.person')} error={record.loadError} />;
  if (!record.loaded) return <Loading />;

  const set = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const labels: Record<string, string> = {
    name: t('field.name'), title: t('field.title'), organisation_id: t('field.organisation'), country: t('field.country'),
    perspectives: t('field.perspectives'), themes: t('field.themes'), languages: t('field.languages'), email: t('field.email'),
    phone: t('field.phone'), tags: t('field.tags'), notes: t('field.notes'), notes_special: t('field.notesSpecial'), mapped_by: t('field.mappedBy'), mapping_reason: t('field.mappingReason'),
    lived_experience_consent_on: t('field.livedExperienceConsentOn'),
  };
  const perspectiveOptions = perspectives
    .filter((p) => p !== livedExperience || session.can('read_special_category'))
    .map((p) => ({ value: p, label: label('perspective', p) }));

  const back = id === undefined ? '/people' : `/people/${id}`;
  return (
    <RecordFormPage
      back={back}
      backLabel={id === undefined ? t('people.back') : t('common.backToRecord')}
      title={title}
      form={form}
      labels={labels}
      onLoadLatest={record.load}
    >
      <TextField label={t('field.name')} required autoComplete="off" {...set('name')} />
      <TextField label={t('field.title')} {...set('title')} />
      <SelectField label={t('field.organisation')} options={organisations.data ?? []} emptyLabel={t('common.noneChosen')} {...set('organisation_id')} />
      <SelectField label={t('field.country')} options={vocabulary.data?.countries ?? []} emptyLabel={t('common.noneChosen')} {...set('country')} />
      <CheckboxGroup legend={t('field.perspectives')} name="perspectives" options={perspectiveOptions} values={fields.perspectives} error={form.fieldErrors.perspectives && serverMessage(lang, form.fieldErrors.perspectives)} onChange={(values) => setFields((f) => ({ ...f, perspectives: values }))} />
      {fields.perspectives.includes(livedExperience) && (
        <TextField label={t('field.livedExperienceConsentOn')} type="date" hint={t('hint.livedExperienceConsentOn')} {...set('lived_experience_consent_on')} />
      )}
      <CheckboxGroup legend={t('field.themes')} name="themes" options={vocabulary.data?.themes ?? []} values={fields.themes} error={form.fieldErrors.themes && serverMessage(lang, form.fieldErrors.themes)} onChange={(values) => setFields((f) => ({ ...f, themes: values }))} />
      <TextField label={t('field.languages')} hint={t('hint.languages')} {...set('languages')} />
      <TextField label={t('field.email')} type="email" autoComplete="off" {...set('email')} />
      <TextField label={t('field.phone')} type="tel" autoComplete="off" {...set('phone')} />
      <TextField label={t('field.tags')} hint={t('hint.list')} {...set('tags')} />
      <TextArea label={t('field.notes')} rows={4} {...set('notes')} />
      <SensitiveWordsWarning text={fields.notes} />
      <div className="field">
        <label>
          <input type="checkbox" name="notes_special" checked={fields.notes_special} onChange={(e) => setFields((f) => ({ ...f, notes_special: e.target.checked }))} /> {t('field.notesSpecial')}
        </label>
      </div>
      <TextField label={t('field.mappedBy')} {...set('mapped_by')} />
      <TextArea label={t('field.mappingReason')} rows={2} {...set('mapping_reason')} />
    </RecordFormPage>
  );
}
