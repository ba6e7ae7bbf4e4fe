// The report to keep or send on, in every format and both languages. Plain links: the session
// cookie authenticates a GET, and the server names each file (Content-Disposition).
import type { Report } from '../app/schema';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { reportFileUrl, reportFormats, reportLangs, type ReportFormat } from './reportsApi';

const formatNames: Record<ReportFormat, MessageKey> = {
  html: 'reports.formatHtml',
  pdf: 'reports.formatPdf',
  docx: 'reports.formatDocx',
  md: 'reports.formatMd',
};

export function ReportDownloads({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="report-downloads-heading" className="panel">
      <h2 id="report-downloads-heading">{t('reports.downloads')}</h2>
      <p>{report.status === 'draft' || report.status === 'in_review' ? t('reports.downloadsDraft') : t('reports.downloadsIntro')}</p>
      <ul className="plain-list download-list">
        {reportFormats.map((format) => (
          <li key={format}>
            {reportLangs.map((l) => (
              <a key={l} href={reportFileUrl(report.id, format, l)} download>
                {t('reports.downloadAs', { format: t(formatNames[format]), language: t(l === 'sv' ? 'reports.inSwedish' : 'reports.inEnglish') })}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
