// Writing or editing one lesson learned: its text, where it comes from, its themes and whether
// it is validated. The form sits below the register and takes focus when a row is edited.
import { forwardRef, useEffect, useState } from 'react';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { postLesson, putLesson } from './eventsApi';
import type { Lesson, LessonInput } from './types';

const blank: LessonInput = { text: '', source: '', themes: [], status: 'identified' };

export const LessonForm = forwardRef<HTMLHeadingElement, { editing: Lesson | null; onSaved: (lesson: Lesson) => void; onCancel: () => void }>(function LessonForm(
  { editing, onSaved, onCancel },
  heading,
) {
  const { t, lang, label } = useI18n();
  const vocabulary = useVocabulary(lang);
  const [fields, setFields] = useState<LessonInput>(blank);
  useEffect(() => setFields(editing ? { text: editing.text, source: editing.source, themes: editing.themes, status: editing.status } : blank), [editing]);
  const form = useRecordForm(
    () => (editing ? putLesson(editing, fields) : postLesson(fields)),
    (lesson) => {
      setFields(blank);
      onSaved(lesson);
    },
  );
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const labels = { text: t('lessons.text'), source: t('lessons.source'), themes: t('event.themes'), status: t('lessons.status') };
  return (
    <section aria-labelledby="lesson-form-heading" className="panel">
      <h2 id="lesson-form-heading" tabIndex={-1} ref={heading}>
        {editing ? t('lessons.edit') : t('lessons.new')}
      </h2>
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <TextArea label={t('lessons.text')} name="text" required rows={3} value={fields.text} error={error('text')} onChange={(e) => setFields((f) => ({ ...f, text: e.target.value }))} />
        <TextField label={t('lessons.source')} hint={t('lessons.sourceHint')} name="source" value={fields.source ?? ''} error={error('source')} onChange={(e) => setFields((f) => ({ ...f, source: e.target.value }))} />
        <CheckboxGroup legend={t('event.themes')} name="themes" options={vocabulary.data?.themes ?? []} values={fields.themes} error={error('themes')} onChange={(themes) => setFields((f) => ({ ...f, themes }))} />
        <SelectField
          label={t('lessons.status')}
          name="status"
          hint={t('lessons.statusHint')}
          options={(['identified', 'validated'] as const).map((s) => ({ value: s, label: label('lessonStatus', s) }))}
          value={fields.status}
          error={error('status')}
          onChange={(e) => setFields((f) => ({ ...f, status: e.target.value as LessonInput['status'] }))}
        />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('common.save')}
          </button>
          {editing && (
            <button type="button" className="button-secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
});
