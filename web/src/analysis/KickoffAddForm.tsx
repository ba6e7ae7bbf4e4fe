// Adding a stakeholder to a kickoff list by hand, with the coordinator's reason. The person or
// organisation is found by searching the register by name, or given by its id.
import { useState, type KeyboardEvent } from 'react';
import { api, type FieldProblem } from '../app/api';
import { path, type OrganisationPage, type PersonPage } from '../app/schema';
import { Status, TextArea, TextField } from '../app/ui';
import { serverMessage, useI18n, type Lang } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { addKickoffEntry } from './analysisApi';
import { refuseAny } from '../app/formErrors';
import type { KickoffList, SubjectType } from './types';

interface Found {
  id: number;
  name: string;
  detail: string;
}

async function search(type: SubjectType, q: string, lang: Lang): Promise<Found[]> {
  if (type === 'person') {
    const page = await api.get<PersonPage>(path('/api/v1/people'), { q, limit: 10, sort: 'name', lang });
    return page.items.map((p) => ({ id: p.id, name: p.name, detail: [p.organisation_name, p.country].filter(Boolean).join(', ') }));
  }
  const page = await api.get<OrganisationPage>(path('/api/v1/organisations'), { q, limit: 10, sort: 'name', lang });
  return page.items.map((o) => ({ id: o.id, name: o.name, detail: o.country ?? '' }));
}

export function KickoffAddForm({ list, onChanged, onReload }: { list: KickoffList; onChanged: (list: KickoffList) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const [type, setType] = useState<SubjectType>('person');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [searchError, setSearchError] = useState(false);
  const [subjectId, setSubjectId] = useState('');
  const [reason, setReason] = useState('');
  const [added, setAdded] = useState('');
  const runSearch = () => {
    setSearchError(false);
    search(type, query.trim(), lang).then(setFound, () => setSearchError(true));
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches rather than submitting the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      runSearch();
    }
  };
  const form = useRecordForm(
    () => {
      const errors: FieldProblem[] = [];
      const id = Number(subjectId);
      if (!Number.isInteger(id) || id <= 0) errors.push({ field: 'subject_id', message: t('kickoff.chooseSomeone') });
      if (reason.trim() === '') errors.push({ field: 'reason', message: t('kickoff.reasonRequired') });
      refuseAny(errors);
      return addKickoffEntry(list, { subject_type: type, subject_id: id }, reason.trim(), lang);
    },
    (next) => {
      const name = found?.find((f) => String(f.id) === subjectId)?.name ?? `#${subjectId}`;
      setAdded(t('kickoff.added', { name }));
      setSubjectId('');
      setReason('');
      setFound(null);
      setQuery('');
      onChanged(next);
    },
  );
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  return (
    <section aria-labelledby="kickoff-add-heading" className="panel">
      <h2 id="kickoff-add-heading">{t('kickoff.add')}</h2>
      {added && <Status>{added}</Status>}
      <FormMessages form={form} labels={{ subject_id: t('kickoff.subjectId'), reason: t('kickoff.addReason') }} onLoadLatest={onReload} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <fieldset className="field">
          <legend>{t('kickoff.subjectType')}</legend>
          <div className="checkboxes">
            {(['person', 'organisation'] as SubjectType[]).map((st) => (
              <label key={st} className="checkbox">
                <input type="radio" name="subject_type" value={st} checked={type === st} onChange={() => { setType(st); setFound(null); setSubjectId(''); }} />
                {st === 'person' ? t('people.person') : t('organisations.organisation')}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="inline-search">
          <TextField label={t('kickoff.searchName')} type="search" name="subject_search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey} />
          <button type="button" className="button-secondary" onClick={runSearch}>
            {t('kickoff.search')}
          </button>
        </div>
        {searchError && <p className="field-error">{t('error.unexpected')}</p>}
        {found && found.length === 0 && <Status>{t('kickoff.noMatches')}</Status>}
        {found && found.length > 0 && (
          <fieldset className="field">
            <legend>{found.length === 1 ? t('kickoff.matchesOne') : t('kickoff.matches', { count: found.length })}</legend>
            {found.map((f) => (
              <label key={f.id} className="checkbox">
                <input type="radio" name="subject_choice" value={f.id} checked={subjectId === String(f.id)} onChange={() => setSubjectId(String(f.id))} />
                {f.name}
                {f.detail && <span className="muted"> – {f.detail}</span>}
              </label>
            ))}
          </fieldset>
        )}
        <TextField label={t('kickoff.subjectId')} hint={t('kickoff.subjectIdHint')} name="subject_id" inputMode="numeric" value={subjectId} error={error('subject_id')} onChange={(e) => setSubjectId(e.target.value.trim())} />
        <TextArea label={t('kickoff.addReason')} name="reason" rows={2} required value={reason} error={error('reason')} onChange={(e) => setReason(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('kickoff.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
