// Building a new kickoff invitation list (coordinators): a title, which part of the analysis
// it draws from, and whether to fill the coverage gaps. The server builds and saves the list;
// the user lands on it to review the entries.
import { useState } from 'react';
import type { FieldProblem } from '../app/api';
import { navigate } from '../app/router';
import { CheckboxGroup, SelectField, TextField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { postKickoffList } from './analysisApi';
import { refuseAny } from '../app/formErrors';
import type { Quadrant } from './types';
import { useNewRecordProgramme } from '../app/ProgrammeScope';

export const quadrants: Quadrant[] = ['key_player', 'keep_satisfied', 'keep_informed', 'minimal_effort'];

export function KickoffBuildForm() {
  const { t, lang, label } = useI18n();
  const vocabulary = useVocabulary(lang);
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [group, setGroup] = useState('');
  const [country, setCountry] = useState('');
  const [included, setIncluded] = useState<string[]>(['key_player', 'keep_satisfied']);
  const [closeGaps, setCloseGaps] = useState(true);
  const programmeId = useNewRecordProgramme();
  const form = useRecordForm(
    () => {
      const errors: FieldProblem[] = [];
      if (title.trim() === '') errors.push({ field: 'title', message: t('kickoff.titleRequired') });
      if (included.length === 0) errors.push({ field: 'include_quadrants', message: t('kickoff.quadrantsRequired') });
      refuseAny(errors);
      return postKickoffList(
        { title: title.trim(), theme: theme || null, country_group: group || null, country: country || null, include_quadrants: quadrants.filter((q) => included.includes(q)), close_gaps: closeGaps, programme_id: programmeId },
        lang,
      );
    },
    (list) => navigate(`/analysis/kickoff/${list.id}`),
  );
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const labels = { title: t('kickoff.listTitle'), theme: t('field.theme'), country_group: t('field.countryGroup'), country: t('field.country'), include_quadrants: t('kickoff.quadrants'), close_gaps: t('kickoff.closeGaps') };
  return (
    <section aria-labelledby="kickoff-new-heading" className="panel">
      <h2 id="kickoff-new-heading">{t('kickoff.new')}</h2>
      <p>{t('kickoff.newIntro')}</p>
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <TextField label={t('kickoff.listTitle')} name="title" required value={title} error={error('title')} onChange={(e) => setTitle(e.target.value)} />
        <SelectField label={t('field.theme')} name="theme" options={vocabulary.data?.themes ?? []} emptyLabel={t('analysis.allThemes')} value={theme} error={error('theme')} onChange={(e) => setTheme(e.target.value)} />
        <SelectField label={t('field.countryGroup')} name="country_group" options={vocabulary.data?.groups ?? []} emptyLabel={t('analysis.allCountries')} value={group} error={error('country_group')} onChange={(e) => setGroup(e.target.value)} />
        <SelectField label={t('field.country')} hint={t('kickoff.countryHint')} name="country" options={vocabulary.data?.countries ?? []} emptyLabel={t('analysis.allCountries')} value={country} error={error('country')} onChange={(e) => setCountry(e.target.value)} />
        <CheckboxGroup
          legend={t('kickoff.quadrants')}
          name="include_quadrants"
          options={quadrants.map((q) => ({ value: q, label: label('quadrant', q) }))}
          values={included}
          error={error('include_quadrants')}
          onChange={setIncluded}
        />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name="close_gaps" checked={closeGaps} onChange={(e) => setCloseGaps(e.target.checked)} />
            {t('kickoff.closeGaps')}
          </label>
          <p className="hint">{t('kickoff.closeGapsHint')}</p>
        </div>
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('kickoff.build')}
          </button>
        </div>
      </form>
    </section>
  );
}
