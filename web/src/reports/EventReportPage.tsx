// An event's Report tab (/events/:id/report): its newest report, or for those who plan events a
// button to start one. An event is marked reported only once its report is approved, which the
// lifecycle on the Design tab says and links here for. Others read a report once approved.
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../app/ProblemAlert';
import { AsyncContent } from '../app/results';
import { Link } from '../app/router';
import type { Report, ReportList } from '../app/schema';
import { useSession } from '../app/session';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { EventPageFrame } from '../events/EventPageFrame';
import type { Event } from '../events/types';
import { getReports, postReport } from './reportsApi';
import { ReportView } from './ReportView';

export function EventReportPage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <EventPageFrame id={id} title={(e) => t('reports.eventTitle', { event: e.title })}>
      {(event) => <EventReport event={event} />}
    </EventPageFrame>
  );
}

// The newest of the event's reports (the highest id), if any.
const newestFor = (list: ReportList, eventId: number) =>
  list.items.filter((r) => r.event_id === eventId).reduce<Report | null>((a, r) => (a === null || r.id > a.id ? r : a), null);

function EventReport({ event }: { event: Event }) {
  const { t } = useI18n();
  const reports = useAsync(getReports, []);
  // The button that started the report is gone: focus goes to the first of its texts.
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) document.getElementById('field-intro_sv')?.focus();
  }, [started]);
  return (
    <AsyncContent state={reports}>
      {(list) => {
        const report = newestFor(list, event.id);
        const replace = (next: Report) => reports.setData({ ...list, items: [next, ...list.items.filter((r) => r.id !== next.id)] });
        if (!report)
          return (
            <StartReport
              eventId={event.id}
              onStarted={(r) => {
                replace(r);
                setStarted(true);
              }}
            />
          );
        return (
          <>
            <p>
              <Link to={`/reports/${report.id}`}>{t('reports.openPage')}</Link>
            </p>
            <ReportView report={report} onChanged={replace} onReload={reports.reload} />
          </>
        );
      }}
    </AsyncContent>
  );
}

function StartReport({ eventId, onStarted }: { eventId: number; onStarted: (report: Report) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  if (!session.can('plan_events')) return <p>{t('reports.noneYet')}</p>;
  const start = () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    postReport({ event_id: eventId })
      .then(onStarted, setError)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="report-start-heading" className="panel">
      <h2 id="report-start-heading">{t('reports.startTitle')}</h2>
      <p>{t('reports.startIntro')}</p>
      {error !== undefined && <ProblemAlert error={error} labels={{ event_id: t('events.event') }} />}
      <div className="actions">
        <button type="button" onClick={start}>
          {t('reports.start')}
        </button>
      </div>
    </section>
  );
}
