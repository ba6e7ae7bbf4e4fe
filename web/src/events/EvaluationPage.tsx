// An event's before/after evaluation (/events/:id/evaluation): the form participants answer,
// for those who may plan events to change until the first answers come in; the button that
// asks those who came for their "after" answers once the event is held; and the results. An
// observer may read only once the event has been held: before that the server answers 403,
// which is expected rather than an error, so it is said in a plain sentence.
import { ApiError } from '../app/api';
import { AsyncContent } from '../app/results';
import { useSession } from '../app/session';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getEvaluationForm } from './evaluationApi';
import { EvaluationFollowUps } from './EvaluationFollowUps';
import { EvaluationFormSection } from './EvaluationFormSection';
import { EvaluationResultsSection } from './EvaluationResultsSection';
import { EventPageFrame } from './EventPageFrame';
import type { Event } from './types';

export function EvaluationPage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <EventPageFrame id={id} title={(e) => t('evaluation.title', { event: e.title })}>
      {(event) => <Evaluation event={event} />}
    </EventPageFrame>
  );
}

function Evaluation({ event }: { event: Event }) {
  const { t } = useI18n();
  const session = useSession();
  const form = useAsync(() => getEvaluationForm(event.id), [event.id]);
  const mayPlan = session.can('plan_events');
  if (form.error instanceof ApiError && form.error.status === 403 && !mayPlan) return <p>{t('evaluation.notYet')}</p>;
  const held = event.status === 'held' || event.status === 'reported';
  return (
    <>
      <p>{t('evaluation.intro')}</p>
      <section aria-labelledby="evaluation-form-heading">
        <h2 id="evaluation-form-heading">{t('evaluation.formTitle')}</h2>
        <AsyncContent state={form}>
          {(data) => <EvaluationFormSection event={event} form={data} mayPlan={mayPlan} onSaved={form.setData} onReload={form.reload} />}
        </AsyncContent>
      </section>
      {mayPlan && held && <EvaluationFollowUps eventId={event.id} />}
      <EvaluationResultsSection eventId={event.id} />
    </>
  );
}
