// The report as it reads, in a frame of the same origin (the server lets the app frame it and
// gives it its own CSP), in Swedish or English whatever the app's language. The switch is two
// native radio buttons, so arrow keys move between them.
import { useState } from 'react';
import type { Report } from '../app/schema';
import { useI18n } from '../i18n/i18n';
import { reportFileUrl, reportLangs, type ReportLang } from './reportsApi';

export function ReportPreview({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const [shown, setShown] = useState<ReportLang>(lang);
  const languageName = (l: ReportLang) => (l === 'sv' ? t('reports.inSwedish') : t('reports.inEnglish'));
  return (
    <section aria-labelledby="report-preview-heading" className="panel">
      <h2 id="report-preview-heading">{t('reports.preview')}</h2>
      <fieldset className="field">
        <legend>{t('reports.previewLanguage')}</legend>
        <div className="checkboxes">
          {reportLangs.map((l) => (
            <label key={l} className="checkbox">
              <input type="radio" name="preview-lang" value={l} checked={shown === l} onChange={() => setShown(l)} />
              {languageName(l)}
            </label>
          ))}
        </div>
      </fieldset>
      {/* A new version remounts the frame, which loads the report again. */}
      <iframe
        key={`${shown}-${report.version}`}
        className="report-preview"
        title={t('reports.previewFrame', { title: report.title, language: languageName(shown) })}
        src={reportFileUrl(report.id, 'html', shown)}
      />
      <p>
        <a href={reportFileUrl(report.id, 'html', shown)} target="_blank" rel="noreferrer">
          {t('reports.openPreview', { language: languageName(shown) })}
        </a>
      </p>
    </section>
  );
}
