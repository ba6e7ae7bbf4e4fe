// Moving a report along draft → in review → approved → published. Those who write it send a
// draft for review; coordinators and administrators take it back to draft, approve it (the
// figures are then kept as they were), publish it and take it back from publication. Only the
// steps this role may take are offered; the server decides regardless.
import { useState } from 'react';
import { ApiError } from '../app/api';
import { ProblemAlert } from '../app/ProblemAlert';
import type { Report, ReportStatus } from '../app/schema';
import { useSession } from '../app/session';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { stepsFor } from './reportRules';
import { transitionReport } from './reportsApi';

// Each button says what it does, from where the report is.
function stepKey(from: ReportStatus, to: ReportStatus): MessageKey {
  if (to === 'in_review') return 'reports.toReview';
  if (to === 'draft') return 'reports.toDraft';
  if (to === 'published') return 'reports.toPublished';
  return from === 'published' ? 'reports.unpublish' : 'reports.toApproved';
}

export function ReportLifecycle({ report, onChanged, onReload }: { report: Report; onChanged: (report: Report) => void; onReload: () => void }) {
  const { t, label } = useI18n();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [moved, setMoved] = useState('');
  const steps = stepsFor(session.user?.role, report);

  const go = (to: ReportStatus) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setMoved('');
    transitionReport(report, to)
      .then((next) => {
        setMoved(t('reports.moved', { status: label('reportStatus', next.status) }));
        onChanged(next);
      }, setError)
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="report-lifecycle-heading" className="panel">
      <h2 id="report-lifecycle-heading">{t('reports.lifecycle')}</h2>
      <p>{t(`reports.stage.${report.status}` as MessageKey)}</p>
      <div role="status">{moved && <p className="status">{moved}</p>}</div>
      {error !== undefined && <ProblemAlert error={error} labels={{ to: t('reports.status') }} />}
      {error instanceof ApiError && error.status === 412 && (
        <button type="button" className="button-secondary" onClick={() => { setError(undefined); onReload(); }}>
          {t('common.loadLatest')}
        </button>
      )}
      {steps.length > 0 && (
        <div className="actions">
          {steps.map((to) => (
            <button key={to} type="button" className={to === 'draft' || report.status === 'published' ? 'button-secondary' : undefined} onClick={() => go(to)}>
              {t(stepKey(report.status, to))}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
