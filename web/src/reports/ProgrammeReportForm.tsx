// Starting a report over several events, for coordinators and administrators: one theme or all
// of them, and the dates the events fall between (both optional). The new report opens at once.
import { useState } from 'react';
import { FormMessages } from '../app/RecordFormParts';
import { navigate } from '../app/router';
import { SelectField, TextField } from '../app/ui';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { useI18n } from '../i18n/i18n';
import { postReport } from './reportsApi';
import { useNewRecordProgramme } from '../app/ProgrammeScope';

export function ProgrammeReportForm() {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  const [fields, setFields] = useState({ theme: '', from: '', to: '' });
  const programmeId = useNewRecordProgramme();
  const form = useRecordForm(
    () => postReport({ theme: fields.theme || null, from: fields.from || null, to: fields.to || null, programme_id: programmeId }),
    (report) => navigate(`/reports/${report.id}`),
  );
  const bind = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const labels = { theme: t('reports.theme'), from: t('reports.from'), to: t('reports.to'), event_id: t('reports.scope') };
  return (
    <section aria-labelledby="programme-report-heading" className="panel">
      <h2 id="programme-report-heading">{t('reports.programmeTitle')}</h2>
      <p>{t('reports.programmeIntro')}</p>
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <SelectField label={labels.theme} options={vocabulary.data?.themes ?? []} emptyLabel={t('reports.allThemes')} {...bind('theme')} />
        <div className="field-row">
          <TextField label={labels.from} type="date" hint={t('reports.dateHint')} {...bind('from')} />
          <TextField label={labels.to} type="date" hint={t('reports.dateHint')} {...bind('to')} />
        </div>
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('reports.start')}
          </button>
        </div>
      </form>
    </section>
  );
}
