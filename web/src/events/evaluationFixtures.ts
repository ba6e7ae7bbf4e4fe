// Test data for the evaluation: a form of two statements and a question, what the results
// route answers for it (with and without a breakdown), and a participant's view through the link.
import type { EvaluationForm, EvaluationItem, EvaluationItemResult, EvaluationResults, ParticipantEvaluation } from '../app/schema';

export const evaluationItems: EvaluationItem[] = [
  { id: 1, kind: 'scale', text_sv: 'Jag förstår temats politik.', text_en: 'I understand the policy landscape.' },
  { id: 2, kind: 'scale', text_sv: 'Jag vet vem jag kan kontakta.', text_en: 'I know whom to contact.' },
  { id: 3, kind: 'text', text_sv: 'Vill du berätta något mer?', text_en: 'Anything else?' },
];

export const evaluationForm = (extra: Partial<EvaluationForm> = {}): EvaluationForm => ({
  event_id: 3, items: evaluationItems, customised: false, answers: 0, updated_at: null, updated_by: null, version: 0, ...extra,
});

const none = { n: 0, mean: null, median: null, distribution: [0, 0, 0, 0, 0] };
const noShift = { n: 0, mean_shift: null, median_shift: null, improved: 0, unchanged: 0, worsened: 0, wilcoxon: null };

export const understandResult: EvaluationItemResult = {
  item: evaluationItems[0],
  before: { n: 13, mean: 3.076923, median: 3, distribution: [0, 4, 4, 5, 0] },
  after: { n: 13, mean: 3.307692, median: 3.5, distribution: [1, 2, 4, 4, 2] },
  shift: {
    n: 11, mean_shift: 0.545454, median_shift: 1, improved: 6, unchanged: 3, worsened: 2,
    wilcoxon: { n: 8, w_plus: 29, w_minus: 7, statistic: 7, z: -1.613, p_value: 0.10671 },
  },
  text_count: 0,
};

export const contactResult: EvaluationItemResult = {
  item: evaluationItems[1],
  before: { n: 4, mean: 2.5, median: 2.5, distribution: [0, 2, 2, 0, 0] },
  after: { n: 3, mean: 4, median: 4, distribution: [0, 0, 0, 3, 0] },
  shift: { n: 3, mean_shift: 1.666667, median_shift: 2, improved: 3, unchanged: 0, worsened: 0, wilcoxon: null },
  text_count: 0,
};

export const textResult = (texts?: string[]): EvaluationItemResult => ({ item: evaluationItems[2], before: none, after: none, shift: noShift, text_count: 2, texts });

export const evaluationResults = (extra: Partial<EvaluationResults> = {}): EvaluationResults => ({
  event_id: 3, invited: 20, answered_before: 13, answered_after: 13, answered_both: 11,
  items: [understandResult, contactResult, textResult(['More time in groups, please.', 'I hope to meet the regions.'])],
  by: null, groups: [], small_groups: 0, ...extra,
});

export const participantEvaluation = (extra: Partial<ParticipantEvaluation> = {}): ParticipantEvaluation => ({
  event_id: 3, event_title: 'Workshop: co-produced stigma reduction', language: 'en', open_phase: 'before',
  answered_before: false, answered_after: false, items: evaluationItems, ...extra,
});
