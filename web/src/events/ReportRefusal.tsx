// What the lifecycle says when an event may not be marked reported yet: that takes an approved
// report (code needs_approved_report), so it links to the event's Report tab, where the report
// is written, sent for review and approved.
import { forwardRef } from 'react';
import { ApiError } from '../app/api';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';

export function needsApprovedReport(error: unknown): boolean {
  return error instanceof ApiError && error.status === 422 && (error.problem.errors ?? []).some((e) => e.code === 'needs_approved_report');
}

export const ReportRefusal = forwardRef<HTMLDivElement, { eventId: number }>(function ReportRefusal({ eventId }, ref) {
  const { t } = useI18n();
  return (
    <div role="alert" className="alert alert-error" tabIndex={-1} ref={ref} id="report-refusal">
      <p>{t('lifecycle.needsReport')}</p>
      <p>
        <Link to={`/events/${eventId}/report`}>{t('lifecycle.toReport')}</Link>
      </p>
    </div>
  );
});
