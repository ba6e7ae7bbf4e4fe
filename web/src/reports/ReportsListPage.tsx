// The reports this user may read, newest first (observers see approved and published ones),
// and for coordinators and administrators a form to start one over a theme and dates. An
// event's own report is started from the event's Report tab.
import { AsyncContent, DataTable } from '../app/results';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { PageTitle, Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { ProgrammeReportForm } from './ProgrammeReportForm';
import { coordinates } from './reportRules';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getReports } from './reportsApi';

export function ReportsListPage() {
  const { t, label, dateTime, number } = useI18n();
  const role = useSession().user?.role;
  const scope = useProgrammeScope();
  const reports = useProgrammeAsync(scope, getReports, []);
  return (
    <>
      <PageTitle title={t('reports.title')}>{t('reports.title')}</PageTitle>
      <p>{t('reports.intro')}</p>
      {scope.chooser}
      <AsyncContent state={reports}>
        {(list) => (
          <>
            <Status>{t('reports.count', { count: number(list.total) })}</Status>
            {list.items.length > 0 && (
              <DataTable label={t('reports.title')} headers={[t('reports.reportTitle'), t('reports.status'), t('reports.approved'), t('reports.updated')]}>
                {list.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/reports/${r.id}`}>{r.title}</Link>
                    </td>
                    <td>{label('reportStatus', r.status)}</td>
                    <td>{r.approved_at ? t('reports.byWhen', { who: r.approved_by ?? '', when: dateTime(r.approved_at) }) : t('common.none')}</td>
                    <td>{dateTime(r.updated_at)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </AsyncContent>
      {coordinates(role) && <ProgrammeReportForm />}
    </>
  );
}
