// The before/after evaluation on the RSVP page, below the invitation's answer. The same
// personal link opens it: before the event while invitations are open, and after it (the link
// in the "after" message) for those who came. Each phase is answered once; afterwards the
// section says so. Nothing shows when no phase is open and nothing was answered.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api';
import type { ParticipantEvaluation } from '../app/schema';
import { ErrorAlert, Loading } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getRsvpEvaluation } from './rsvpApi';
import { RsvpEvaluationForm } from './RsvpEvaluationForm';

export function RsvpEvaluation({ token }: { token: string }) {
  const { t } = useI18n();
  const state = useAsync(() => getRsvpEvaluation(token), [token]);
  const [justAnswered, setJustAnswered] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // The form is gone once answered: focus goes to the thank-you instead of the page's top.
  useEffect(() => {
    if (justAnswered) heading.current?.focus();
  }, [justAnswered]);

  // A link that does not work is said once, by the page above.
  if (state.error instanceof ApiError && state.error.status === 404) return null;
  if (state.error !== undefined) return <ErrorAlert error={state.error} />;
  if (!state.data) return <Loading />;
  const evaluation = state.data;
  const phase = evaluation.open_phase;
  const answeredNow = phase === 'before' ? evaluation.answered_before : phase === 'after' ? evaluation.answered_after : false;

  if (phase && !answeredNow)
    return (
      <section aria-labelledby="evaluation-heading" className="rsvp-answer">
        <h2 id="evaluation-heading">{t(phase === 'before' ? 'rsvpEvaluation.beforeTitle' : 'rsvpEvaluation.afterTitle')}</h2>
        <p>{t(phase === 'before' ? 'rsvpEvaluation.beforeIntro' : 'rsvpEvaluation.afterIntro')}</p>
        <p className="status">{t('rsvpEvaluation.anonymous')}</p>
        <RsvpEvaluationForm
          token={token}
          evaluation={evaluation}
          phase={phase}
          onAnswered={(next: ParticipantEvaluation) => {
            state.setData(next);
            setJustAnswered(true);
          }}
        />
      </section>
    );
  if (!evaluation.answered_before && !evaluation.answered_after) return null;
  return (
    <section aria-labelledby="evaluation-heading" className="rsvp-answer">
      <h2 id="evaluation-heading" tabIndex={-1} ref={heading}>
        {justAnswered ? t('rsvpEvaluation.thanks') : t('rsvpEvaluation.title')}
      </h2>
      <div role="status">
        {evaluation.answered_before && <p>{t('rsvpEvaluation.answeredBefore')}</p>}
        {evaluation.answered_after && <p>{t('rsvpEvaluation.answeredAfter')}</p>}
        {evaluation.answered_before && !evaluation.answered_after && phase === 'before' && <p>{t('rsvpEvaluation.afterComing')}</p>}
        {justAnswered && <p>{t('rsvpEvaluation.neverNamed')}</p>}
      </div>
    </section>
  );
}
