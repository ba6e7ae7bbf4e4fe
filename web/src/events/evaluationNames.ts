// What the evaluation's items are called on the event's page: "Statement 2" or "Question 6"
// by their place in the form, and what their kind means for the one answering.
import type { EvaluationItemKind } from '../app/schema';
import { useI18n } from '../i18n/i18n';

export function useItemNames() {
  const { t } = useI18n();
  return {
    name: (kind: EvaluationItemKind, index: number) => t(kind === 'scale' ? 'evaluation.statementName' : 'evaluation.questionName', { n: index + 1 }),
    kind: (kind: EvaluationItemKind) => t(kind === 'scale' ? 'evaluation.scaleKind' : 'evaluation.textKind'),
  };
}
