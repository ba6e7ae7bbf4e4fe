// The evaluation form as the editor holds it and what it becomes on the wire, the item's text
// in the reader's language, and the participant's answer built from what they chose.
import type { EvaluationAnswer, EvaluationFormInput, EvaluationItem, EvaluationItemKind, EvaluationPhase } from '../app/schema';
import type { Lang } from '../i18n/i18n';

// The scale every statement is rated on: 1 (do not agree at all) to 5 (agree completely).
export const ratingSteps = [1, 2, 3, 4, 5] as const;

// An item being edited. `key` names it for React and for focus while it moves; `id` is the
// server's and is sent back so answers stay paired with the item; a new item has none.
export interface ItemDraft {
  key: string;
  id?: number;
  kind: EvaluationItemKind;
  text_sv: string;
  text_en: string;
}

let fresh = 0;
export const blankItem = (kind: EvaluationItemKind): ItemDraft => ({ key: `new-${++fresh}`, kind, text_sv: '', text_en: '' });
export const toDrafts = (items: EvaluationItem[]): ItemDraft[] => items.map((i) => ({ key: `item-${i.id ?? ++fresh}`, id: i.id, kind: i.kind, text_sv: i.text_sv, text_en: i.text_en }));

export function toFormInput(drafts: ItemDraft[]): EvaluationFormInput {
  return {
    items: drafts.map((d) => {
      const item: EvaluationItem = { kind: d.kind, text_sv: d.text_sv.trim(), text_en: d.text_en.trim() };
      if (d.id !== undefined) item.id = d.id;
      return item;
    }),
  };
}

export const itemText = (item: EvaluationItem, lang: Lang) => (lang === 'sv' ? item.text_sv : item.text_en);

// The field an item's answer is shown at: its rating group or its text area.
export const answerField = (item: EvaluationItem) => `item-${item.id}`;

// The participant's choices as an answer. Items left out are not sent (every item is
// optional); `fields` maps the server's answers[n].… field names back to the items' fields,
// since n counts only what was sent.
export function toAnswer(phase: EvaluationPhase, items: EvaluationItem[], ratings: Record<number, number>, texts: Record<number, string>) {
  const answer: EvaluationAnswer = { phase, answers: [] };
  const fields: Record<string, string> = {};
  for (const item of items) {
    if (item.id === undefined) continue;
    const at = `answers[${answer.answers.length}]`;
    if (item.kind === 'scale' && ratings[item.id] !== undefined) answer.answers.push({ item_id: item.id, rating: ratings[item.id] });
    else if (item.kind === 'text' && (texts[item.id] ?? '').trim() !== '') answer.answers.push({ item_id: item.id, text: texts[item.id].trim() });
    else continue;
    for (const part of ['item_id', 'rating', 'text']) fields[`${at}.${part}`] = answerField(item);
  }
  return { answer, fields };
}
