// Changing an event's evaluation form: statements (rated 1–5) and questions (answered in
// words), each in Swedish and English, added, removed and reordered with buttons (no
// dragging, so keyboards and screen readers can), then saved with If-Match. After each change
// focus stays with the item that moved, and a status line says what happened.
import { useEffect, useState } from 'react';
import { FormMessages } from '../app/RecordFormParts';
import type { EvaluationForm, EvaluationItemKind } from '../app/schema';
import { TextArea } from '../app/ui';
import { useRecordForm } from '../app/useRecordForm';
import { serverMessage, useI18n } from '../i18n/i18n';
import { putEvaluationForm } from './evaluationApi';
import { blankItem, toDrafts, toFormInput, type ItemDraft } from './evaluationFields';
import { useItemNames } from './evaluationNames';

export function EvaluationFormEditor({ eventId, form, onSaved, onReload }: { eventId: number; form: EvaluationForm; onSaved: (form: EvaluationForm) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const names = useItemNames();
  const [drafts, setDrafts] = useState<ItemDraft[]>(() => toDrafts(form.items));
  const [focusId, setFocusId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [saved, setSaved] = useState(false);
  const record = useRecordForm(
    () => putEvaluationForm(eventId, toFormInput(drafts), form.version),
    (next) => {
      onSaved(next);
      setSaved(true);
    },
  );

  // A saved or reloaded form replaces what was being edited.
  useEffect(() => setDrafts(toDrafts(form.items)), [form]);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, drafts]);

  const error = (field: string) => record.fieldErrors[field] && serverMessage(lang, record.fieldErrors[field]);
  const name = (d: ItemDraft, i: number) => names.name(d.kind, i);
  const labels: Record<string, string> = { items: t('evaluation.items') };
  drafts.forEach((d, i) => {
    labels[`items[${i}].text_sv`] = `${name(d, i)}, ${t('evaluation.textSv')}`;
    labels[`items[${i}].text_en`] = `${name(d, i)}, ${t('evaluation.textEn')}`;
    labels[`items[${i}].kind`] = name(d, i);
    labels[`items[${i}].id`] = name(d, i);
  });

  const change = (next: ItemDraft[], message: string) => {
    setDrafts(next);
    setSaved(false);
    setSaid(message);
  };
  const update = (index: number, part: Partial<ItemDraft>) => {
    setDrafts(drafts.map((d, i) => (i === index ? { ...d, ...part } : d)));
    setSaved(false);
  };
  const add = (kind: EvaluationItemKind) => {
    const item = blankItem(kind);
    change([...drafts, item], t('evaluation.added', { name: names.name(kind, drafts.length) }));
    setFocusId(`field-items[${drafts.length}].text_sv`);
  };
  const remove = (index: number) => {
    const next = drafts[index + 1] ?? drafts[index - 1];
    change(drafts.filter((_, i) => i !== index), t('evaluation.removed', { name: name(drafts[index], index) }));
    setFocusId(next ? `evaluation-${next.key}-remove` : 'evaluation-add-scale');
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...drafts];
    [next[index], next[target]] = [next[target], next[index]];
    change(next, t('evaluation.moved', { n: target + 1 }));
    // Keep focus on the same button unless the item reached the end it was moving to.
    const atEdge = target === 0 || target === drafts.length - 1;
    const direction = by < 0 ? 'up' : 'down';
    setFocusId(`evaluation-${drafts[index].key}-${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`);
  };

  const itemsError = error('items');
  return (
    <>
      <p className="hint">{t('evaluation.editIntro')}</p>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      <FormMessages form={record} labels={labels} onLoadLatest={onReload} />
      <form onSubmit={record.onSubmit} className="form evaluation-editor" noValidate>
        {itemsError && (
          <p className="field-error" id="field-items" tabIndex={-1}>
            <span aria-hidden="true">⚠ </span>
            {itemsError}
          </p>
        )}
        {drafts.length === 0 && <p>{t('evaluation.empty')}</p>}
        <ol className="agenda-list">
          {drafts.map((d, i) => (
            <li key={d.key}>
              <fieldset className="agenda-item">
                <legend>
                  {name(d, i)} <span className="required">({names.kind(d.kind)})</span>
                </legend>
                <TextArea label={t('evaluation.textSv')} name={`items[${i}].text_sv`} lang="sv" rows={2} required value={d.text_sv} error={error(`items[${i}].text_sv`)} onChange={(e) => update(i, { text_sv: e.target.value })} />
                <TextArea label={t('evaluation.textEn')} name={`items[${i}].text_en`} lang="en" rows={2} required value={d.text_en} error={error(`items[${i}].text_en`)} onChange={(e) => update(i, { text_en: e.target.value })} />
                <div className="row-actions">
                  <button type="button" className="button-secondary" id={`evaluation-${d.key}-up`} disabled={i === 0} aria-label={t('evaluation.moveUpNamed', { name: name(d, i) })} onClick={() => move(i, -1)}>
                    {t('evaluation.moveUp')}
                  </button>
                  <button type="button" className="button-secondary" id={`evaluation-${d.key}-down`} disabled={i === drafts.length - 1} aria-label={t('evaluation.moveDownNamed', { name: name(d, i) })} onClick={() => move(i, 1)}>
                    {t('evaluation.moveDown')}
                  </button>
                  <button type="button" className="button-secondary" id={`evaluation-${d.key}-remove`} aria-label={t('evaluation.removeNamed', { name: name(d, i) })} onClick={() => remove(i)}>
                    {t('evaluation.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" className="button-secondary" id="evaluation-add-scale" onClick={() => add('scale')}>
            {t('evaluation.addStatement')}
          </button>
          <button type="button" className="button-secondary" id="evaluation-add-text" onClick={() => add('text')}>
            {t('evaluation.addQuestion')}
          </button>
        </div>
        <div className="actions">
          <button type="submit" disabled={record.busy}>
            {t('evaluation.save')}
          </button>
        </div>
        <div role="status">{saved && <p className="status">{t('evaluation.saved')}</p>}</div>
      </form>
    </>
  );
}
