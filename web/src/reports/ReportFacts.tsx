// What a report is about and where it stands: its status, who approved it and when, when it
// was published, and who started it.
import type { ReactNode } from 'react';
import type { Report } from '../app/schema';
import { useI18n } from '../i18n/i18n';

export function ReportFacts({ report }: { report: Report }) {
  const { t, label, dateTime } = useI18n();
  // The status is where the error summary's link leads when the server refuses a change
  // because of it (field "status"), hence its id.
  const status = (
    <strong id="field-status" tabIndex={-1}>
      {label('reportStatus', report.status)}
    </strong>
  );
  const rows: [string, ReactNode][] = [[t('reports.status'), status]];
  if (report.approved_at) rows.push([t('reports.approved'), t('reports.byWhen', { who: report.approved_by ?? '', when: dateTime(report.approved_at) })]);
  if (report.published_at) rows.push([t('reports.published'), dateTime(report.published_at)]);
  rows.push([t('reports.started'), t('reports.byWhen', { who: report.created_by, when: dateTime(report.created_at) })]);
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
