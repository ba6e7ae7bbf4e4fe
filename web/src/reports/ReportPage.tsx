// One report's page (/reports/:id), named after what it reports on; an event's report links to
// the event.
import { Link } from '../app/router';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getReport } from './reportsApi';
import { ReportView } from './ReportView';

export function ReportPage({ id }: { id: number }) {
  const { t } = useI18n();
  const report = useAsync(() => getReport(id), [id]);
  const back = (
    <p className="breadcrumb">
      <Link to="/reports">{t('reports.back')}</Link>
    </p>
  );
  if (!report.data)
    return report.error !== undefined ? (
      <>
        {back}
        <PageTitle title={t('reports.report')}>{t('reports.report')}</PageTitle>
        <ErrorAlert error={report.error} />
      </>
    ) : (
      <Loading />
    );
  const r = report.data;
  return (
    <>
      {back}
      <PageTitle title={r.title}>{r.title}</PageTitle>
      {r.event_id !== null && (
        <p>
          <Link to={`/events/${r.event_id}`}>{t('reports.toEvent')}</Link>
        </p>
      )}
      <ReportView report={r} onChanged={report.setData} onReload={report.reload} />
    </>
  );
}
