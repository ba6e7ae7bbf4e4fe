// Creating and editing an organisation, with field errors and the 412 message.
import { api } from '../app/api';
import { navigate } from '../app/router';
import { path, type Organisation, type OrganisationInput, type PersonPage } from '../app/schema';
import { useAsync } from '../app/useAsync';
import { Loading, SelectField, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { RecordFormPage, RecordLoadError } from '../app/RecordFormParts';
import { useLoadedRecord } from './useLoadedRecord';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { levels, sectors, useOrganisationOptions, useVocabulary } from '../app/vocabulary';

interface OrganisationFields {
  name: string;
  sector: string;
  level: string;
  country: string;
  parent_id: string;
  website: string;
  contact_person_id: string;
  contact_person_name: string; // to offer the current contact even when they work elsewhere
}

const empty: OrganisationFields = { name: '', sector: '', level: '', country: '', parent_id: '', website: '', contact_person_id: '', contact_person_name: '' };
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function fieldsOf(o: Organisation): OrganisationFields {
  return {
    name: o.name,
    sector: o.sector ?? '',
    level: o.level ?? '',
    country: o.country ?? '',
    parent_id: o.parent_id ? String(o.parent_id) : '',
    website: o.website ?? '',
    contact_person_id: o.contact_person_id ? String(o.contact_person_id) : '',
    contact_person_name: o.contact_person_name ?? '',
  };
}

function toInput(f: OrganisationFields): OrganisationInput {
  return {
    name: f.name.trim(),
    sector: f.sector as OrganisationInput['sector'],
    level: f.level as OrganisationInput['level'],
    country: orNull(f.country),
    parent_id: f.parent_id ? Number(f.parent_id) : null,
    website: orNull(f.website),
    contact_person_id: f.contact_person_id ? Number(f.contact_person_id) : null,
  };
}

// Whom the organisation's contact person can be: its own people (and the current contact).
function useContactOptions(id: number | undefined, current: { id: string; name: string }) {
  const people = useAsync(
    () => (id === undefined ? Promise.resolve({ items: [], total: 0, next: null } as PersonPage) : api.get<PersonPage>(path('/api/v1/people'), { organisation: id, sort: 'name', limit: 200 })),
    [id],
  );
  const options = (people.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name }));
  if (current.id && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return options;
}

export function OrganisationForm({ id }: { id?: number }) {
  const { t, lang, label } = useI18n();
  const vocabulary = useVocabulary(lang);
  const parents = useOrganisationOptions(lang);
  const record = useLoadedRecord(id === undefined ? undefined : path('/api/v1/organisations/{id}', { id }), empty, fieldsOf);
  const { fields, version } = record;
  const contacts = useContactOptions(id, { id: fields.contact_person_id, name: fields.contact_person_name });

  const form = useRecordForm(
    () =>
      id === undefined
        ? api.post<Organisation>(path('/api/v1/organisations'), toInput(fields))
        : api.put<Organisation>(path('/api/v1/organisations/{id}', { id }), toInput(fields), version ?? 0),
    (saved) => navigate(`/organisations/${saved.id}`),
  );

  const title = id === undefined ? t('organisations.new') : t('organisations.edit', { name: fields.name });
  if (record.loadError !== undefined) return <RecordLoadError title={t('organisations.organisation')} error={record.loadError} />;
  if (!record.loaded) return <Loading />;
  const set = fieldBinder(fields, record.setFields, form.fieldErrors, lang);
  const labels: Record<string, string> = {
    name: t('field.name'), sector: t('field.sector'), level: t('field.level'), country: t('field.country'), parent_id: t('field.parent'), website: t('field.website'), contact_person_id: t('field.contactPerson'),
  };
  const back = id === undefined ? '/organisations' : `/organisations/${id}`;
  return (
    <RecordFormPage
      back={back}
      backLabel={id === undefined ? t('organisations.back') : t('common.backToRecord')}
      title={title}
      form={form}
      labels={labels}
      onLoadLatest={record.load}
    >
      <TextField label={t('field.name')} required autoComplete="off" {...set('name')} />
      <SelectField label={t('field.sector')} required options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('common.choose')} {...set('sector')} />
      <SelectField label={t('field.level')} required options={levels.map((s) => ({ value: s, label: label('level', s) }))} emptyLabel={t('common.choose')} {...set('level')} />
      <SelectField label={t('field.country')} options={vocabulary.data?.countries ?? []} emptyLabel={t('common.noneChosen')} {...set('country')} />
      <SelectField label={t('field.parent')} options={(parents.data ?? []).filter((o) => o.value !== String(id))} emptyLabel={t('common.noneChosen')} {...set('parent_id')} />
      <TextField label={t('field.website')} type="url" hint={t('hint.website')} autoComplete="off" {...set('website')} />
      <SelectField label={t('field.contactPerson')} hint={t('hint.contactPerson')} options={contacts} emptyLabel={t('common.noneChosen')} {...set('contact_person_id')} />
    </RecordFormPage>
  );
}
