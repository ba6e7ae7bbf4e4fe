// The evaluation form on the RSVP page, in the page's language: each statement rated 1–5,
// each question answered in words, every one optional. The server's refusals appear beside
// the item they concern (its answers[n] renamed to the item's field) and in the summary.
import { useState } from 'react';
import { refuse, renamingFields } from '../app/formErrors';
import { FormMessages } from '../app/RecordFormParts';
import type { EvaluationPhase, ParticipantEvaluation } from '../app/schema';
import { TextArea } from '../app/ui';
import { useRecordForm } from '../app/useRecordForm';
import { serverMessage, useI18n } from '../i18n/i18n';
import { answerField, itemText, toAnswer } from './evaluationFields';
import { RatingRadios } from './RatingRadios';
import { postRsvpEvaluation } from './rsvpApi';

export function RsvpEvaluationForm({ token, evaluation, phase, onAnswered }: {
  token: string;
  evaluation: ParticipantEvaluation;
  phase: EvaluationPhase;
  onAnswered: (next: ParticipantEvaluation) => void;
}) {
  const { t, lang } = useI18n();
  const [ratings, setRatings] = useState<Record<number, number>>({});
  const [texts, setTexts] = useState<Record<number, string>>({});
  const items = evaluation.items.filter((i) => i.id !== undefined);
  const form = useRecordForm(() => {
    const { answer, fields } = toAnswer(phase, items, ratings, texts);
    // Checked here too, so an empty form says so at once.
    if (answer.answers.length === 0) refuse([{ field: 'answers', message: t('rsvpEvaluation.answerSomething') }]);
    return renamingFields(() => postRsvpEvaluation(token, answer), fields);
  }, onAnswered);
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const labels: Record<string, string> = { phase: t('rsvpEvaluation.formLabel'), answers: t('rsvpEvaluation.answers') };
  for (const item of items) labels[answerField(item)] = itemText(item, lang);

  // Errors that belong to the whole form, each the target of its link in the summary.
  const formError = (name: 'phase' | 'answers') =>
    error(name) && (
      <p className="field-error" id={`field-${name}`} tabIndex={-1}>
        <span aria-hidden="true">⚠ </span>
        {error(name)}
      </p>
    );
  return (
    <>
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        {formError('phase')}
        {formError('answers')}
        {items.map((item) =>
          item.kind === 'scale' ? (
            <RatingRadios
              key={item.id}
              name={answerField(item)}
              legend={itemText(item, lang)}
              value={ratings[item.id!]}
              error={error(answerField(item))}
              onChange={(n) => setRatings((r) => ({ ...r, [item.id!]: n }))}
            />
          ) : (
            <TextArea
              key={item.id}
              label={itemText(item, lang)}
              name={answerField(item)}
              rows={3}
              value={texts[item.id!] ?? ''}
              error={error(answerField(item))}
              onChange={(e) => setTexts((x) => ({ ...x, [item.id!]: e.target.value }))}
            />
          ),
        )}
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('rsvpEvaluation.send')}
          </button>
        </div>
      </form>
    </>
  );
}
