// Creating and editing an organisation, with field errors and the 412 message.
import { useEffect, useState, type FormEvent } from 'react';
import { api, request } from '../app/api';
import { Link, navigate } from '../app/router';
import { path, type Organisation, type OrganisationInput } from '../app/schema';
import { ErrorAlert, ErrorSummary, Loading, PageTitle, SelectField, TextField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { useRecordForm } from './useRecordForm';
import { levels, sectors, useOrganisationOptions, useVocabulary } from './vocabulary';

interface OrganisationFields {
  name: string;
  sector: string;
  level: string;
  country: string;
  parent_id: string;
  website: string;
}

const empty: OrganisationFields = { name: '', sector: '', level: '', country: '', parent_id: '', website: '' };
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function toInput(f: OrganisationFields): OrganisationInput {
  return {
    name: f.name.trim(),
    sector: f.sector as OrganisationInput['sector'],
    level: f.level as OrganisationInput['level'],
    country: orNull(f.country),
    parent_id: f.parent_id ? Number(f.parent_id) : null,
    website: orNull(f.website),
  };
}

export function OrganisationForm({ id }: { id?: number }) {
  const { t, lang, label } = useI18n();
  const vocabulary = useVocabulary(lang);
  const parents = useOrganisationOptions(lang);
  const [fields, setFields] = useState<OrganisationFields>(empty);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [loaded, setLoaded] = useState(id === undefined);

  const load = () => {
    if (id === undefined) return;
    request<Organisation>('GET', path('/api/v1/organisations/{id}', { id }))
      .then(({ data: o }) => {
        setFields({ name: o.name, sector: o.sector, level: o.level, country: o.country ?? '', parent_id: o.parent_id ? String(o.parent_id) : '', website: o.website ?? '' });
        setVersion(o.version);
        setLoaded(true);
      })
      .catch(setLoadError);
  };
  useEffect(load, [id]);

  const form = useRecordForm(
    () =>
      id === undefined
        ? api.post<Organisation>(path('/api/v1/organisations'), toInput(fields))
        : api.put<Organisation>(path('/api/v1/organisations/{id}', { id }), toInput(fields), version ?? 0),
    (saved) => navigate(`/organisations/${saved.id}`),
  );

  const title = id === undefined ? t('organisations.new') : t('organisations.edit', { name: fields.name });
  if (loadError !== undefined)
    return (
      <>
        <PageTitle title={t('organisations.organisation')}>{t('organisations.organisation')}</PageTitle>
        <ErrorAlert error={loadError} />
      </>
    );
  if (!loaded) return <Loading />;
  const set = (name: keyof OrganisationFields) => ({
    name,
    value: fields[name],
    error: form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]),
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });
  const labels: Record<string, string> = {
    name: t('field.name'), sector: t('field.sector'), level: t('field.level'), country: t('field.country'), parent_id: t('field.parent'), website: t('field.website'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };
  const back = id === undefined ? '/organisations' : `/organisations/${id}`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{id === undefined ? t('organisations.back') : t('common.backToRecord')}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <ErrorSummary errors={form.fieldErrors} labels={labels} />
      {form.error !== undefined && <ErrorAlert error={form.error} />}
      {form.stale && (
        <ErrorAlert>
          <p>{t('error.stale')}</p>
          <button type="button" className="button-secondary" onClick={() => { form.clearStale(); load(); }}>
            {t('common.loadLatest')}
          </button>
        </ErrorAlert>
      )}
      <form onSubmit={submit} className="form" noValidate>
        <TextField label={t('field.name')} required autoComplete="off" {...set('name')} />
        <SelectField label={t('field.sector')} required options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('common.choose')} {...set('sector')} />
        <SelectField label={t('field.level')} required options={levels.map((s) => ({ value: s, label: label('level', s) }))} emptyLabel={t('common.choose')} {...set('level')} />
        <SelectField label={t('field.country')} options={vocabulary.data?.countries ?? []} emptyLabel={t('common.noneChosen')} {...set('country')} />
        <SelectField label={t('field.parent')} options={(parents.data ?? []).filter((o) => o.value !== String(id))} emptyLabel={t('common.noneChosen')} {...set('parent_id')} />
        <TextField label={t('field.website')} type="url" hint={t('hint.website')} autoComplete="off" {...set('website')} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('common.save')}
          </button>
          <Link to={back} className="button-link button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
