// The report's own words, in Swedish and English: the introduction and the next steps. They
// change only while the report is a draft; Save sends the version the texts were based on
// (If-Match), so someone else's save in between is said rather than overwritten.
import { useState } from 'react';
import { FormMessages } from '../app/RecordFormParts';
import type { Report, ReportPatch } from '../app/schema';
import { TextArea } from '../app/ui';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { useI18n } from '../i18n/i18n';
import { patchReport } from './reportsApi';

type Texts = Required<ReportPatch>;
const textsOf = (r: Report): Texts => ({ intro_sv: r.intro_sv, intro_en: r.intro_en, conclusions_sv: r.conclusions_sv, conclusions_en: r.conclusions_en });

export function ReportTexts({ report, onSaved, onReload }: { report: Report; onSaved: (report: Report) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const [texts, setTexts] = useState<Texts>(() => textsOf(report));
  const [saved, setSaved] = useState(false);
  // A newer version (saved here, loaded after someone else's save, or moved) replaces the texts.
  const [seen, setSeen] = useState(report.version);
  if (report.version !== seen) {
    setSeen(report.version);
    setTexts(textsOf(report));
  }
  const form = useRecordForm(
    () => {
      setSaved(false);
      return patchReport(report, texts);
    },
    (next) => {
      setSaved(true);
      onSaved(next);
    },
  );
  const bind = fieldBinder(texts, setTexts, form.fieldErrors, lang);
  const labels = {
    intro_sv: t('reports.introSv'),
    intro_en: t('reports.introEn'),
    conclusions_sv: t('reports.conclusionsSv'),
    conclusions_en: t('reports.conclusionsEn'),
    status: t('reports.status'),
  };
  return (
    <section aria-labelledby="report-texts-heading" className="panel">
      <h2 id="report-texts-heading">{t('reports.texts')}</h2>
      <p>{t('reports.textsIntro')}</p>
      <FormMessages form={form} labels={labels} onLoadLatest={onReload} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <TextArea label={labels.intro_sv} lang="sv" rows={5} {...bind('intro_sv')} />
        <TextArea label={labels.intro_en} lang="en" rows={5} {...bind('intro_en')} />
        <TextArea label={labels.conclusions_sv} lang="sv" rows={4} {...bind('conclusions_sv')} />
        <TextArea label={labels.conclusions_en} lang="en" rows={4} {...bind('conclusions_en')} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('reports.saveTexts')}
          </button>
        </div>
        <div role="status">{saved && <p className="status">{t('reports.textsSaved')}</p>}</div>
      </form>
    </section>
  );
}
