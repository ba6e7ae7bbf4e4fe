// Moving an event along draft → designed → open for invitations → held → reported → closed.
// When the readiness gate refuses to open a workshop, the themes without a validated lesson
// are named; an administrator may open it anyway with a reason, which is kept on the event.
// Marking it reported takes an approved report, and the refusal links to the Report tab.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api';
import { Status, TextArea } from '../app/ui';
import { useSession } from '../app/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { transitionEvent } from './eventsApi';
import { nextSteps } from './eventVocabulary';
import { ProblemAlert } from '../app/ProblemAlert';
import { ReadinessRefusal, themesWithoutLesson } from './ReadinessRefusal';
import { needsApprovedReport, ReportRefusal } from './ReportRefusal';
import type { Event, EventStatus } from './types';

// The button for each step says what it does, not just the status it leads to.
function stepLabel(t: ReturnType<typeof useI18n>['t'], to: EventStatus): string {
  switch (to) {
    case 'draft':
      return t('lifecycle.toDraft');
    case 'designed':
      return t('lifecycle.toDesigned');
    case 'open_for_invitations':
      return t('lifecycle.toOpen');
    case 'held':
      return t('lifecycle.toHeld');
    case 'reported':
      return t('lifecycle.toReported');
    case 'closed':
      return t('lifecycle.toClosed');
  }
}

export function LifecyclePanel({ event, onChanged, onReload }: { event: Event; onChanged: (event: Event) => void; onReload: () => void }) {
  const { t, label, lang } = useI18n();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [refused, setRefused] = useState<string[] | null>(null);
  const [needsReport, setNeedsReport] = useState(false);
  const [moved, setMoved] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const refusalRef = useRef<HTMLDivElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (refused) refusalRef.current?.focus();
  }, [refused]);
  useEffect(() => {
    if (needsReport) reportRef.current?.focus();
  }, [needsReport]);

  const go = async (to: EventStatus, overrideReason?: string) => {
    setBusy(true);
    setError(undefined);
    setMoved('');
    setNeedsReport(false);
    try {
      const next = await transitionEvent(event, to, overrideReason);
      setRefused(null);
      setReason('');
      setReasonError('');
      setMoved(t('lifecycle.moved', { status: label('eventStatus', next.status) }));
      onChanged(next);
    } catch (e) {
      const themes = to === 'open_for_invitations' && overrideReason === undefined ? themesWithoutLesson(e, event.themes) : null;
      if (themes) setRefused(themes);
      else if (needsApprovedReport(e)) setNeedsReport(true);
      else if (e instanceof ApiError && e.status === 422 && e.problem.errors?.some((p) => p.field === 'override_reason'))
        setReasonError(serverMessage(lang, e.problem.errors.find((p) => p.field === 'override_reason')!));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const override = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setReasonError(t('readiness.reasonRequired'));
      document.getElementById('field-override_reason')?.focus();
      return;
    }
    void go('open_for_invitations', reason.trim());
  };

  const steps = event.status === 'closed' ? [] : nextSteps(event.status);
  const canPlan = session.can('plan_events');
  return (
    <section aria-labelledby="lifecycle-heading" className="panel">
      <h2 id="lifecycle-heading">{t('lifecycle.title')}</h2>
      <p>
        {t('lifecycle.current')} <strong>{label('eventStatus', event.status)}</strong>
      </p>
      {event.readiness_override && <p>{t('lifecycle.overridden', { reason: event.readiness_override })}</p>}
      {moved && <Status>{moved}</Status>}
      {error !== undefined && <ProblemAlert error={error} />}
      {error instanceof ApiError && error.status === 412 && (
        <button type="button" className="button-secondary" onClick={() => { setError(undefined); onReload(); }}>
          {t('common.loadLatest')}
        </button>
      )}
      {canPlan && steps.length > 0 && (
        <div className="actions">
          {steps.map((to) => (
            <button key={to} type="button" className={to === 'draft' ? 'button-secondary' : undefined} disabled={busy} onClick={() => void go(to)}>
              {stepLabel(t, to)}
            </button>
          ))}
        </div>
      )}
      {refused && <ReadinessRefusal ref={refusalRef} themes={refused} />}
      {needsReport && <ReportRefusal ref={reportRef} eventId={event.id} />}
      {refused && session.can('override_readiness') && (
        <form onSubmit={override} className="form" noValidate aria-labelledby="override-heading">
          <h3 id="override-heading">{t('readiness.overrideTitle')}</h3>
          <p>{t('readiness.overrideIntro')}</p>
          <TextArea label={t('readiness.reason')} name="override_reason" required rows={2} value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('readiness.openAnyway')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
