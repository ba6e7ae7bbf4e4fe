// Recording an assessment of a person or organisation (coordinators and admins). The values
// are checked in the browser first; the server's 422 field errors appear the same way, beside
// their fields and in the summary above the form.
import { useState } from 'react';
import { SelectField, Status, TextArea, TextField } from '../app/ui';
import { serverMessage, useI18n, type MessageKey } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { postAssessment } from './analysisApi';
import { assessmentInput, emptyScores, type AssessmentFields } from './assessmentInput';
import { today } from '../app/format';
import { useSession } from '../app/session';
import { SensitiveWordsWarning } from '../app/SensitiveWordsWarning';
import { maxRationaleBytes, relevanceRange, scales, steps } from './scales';
import { ScaleRadios } from './ScaleRadios';
import type { SubjectType } from './types';

// The words for relevance 0, 1, 2 and 3.
const relevanceWords: MessageKey[] = ['assess.relevanceNone', 'assess.relevanceSome', 'assess.relevanceMuch', 'assess.relevanceCentral'];

const blank = (): AssessmentFields => ({ scores: { ...emptyScores }, relevance: {}, assessed_on: today(), rationale: '' });

export function AssessmentForm({ subjectType, subjectId, onSaved }: { subjectType: SubjectType; subjectId: number; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const themes = vocabulary.data?.themes ?? [];
  const [fields, setFields] = useState<AssessmentFields>(blank);
  const [saved, setSaved] = useState(false);
  const form = useRecordForm(
    () => {
      // Every theme is sent, 0 included: "not relevant" is a judgement too.
      const relevance = Object.fromEntries(themes.map((th) => [th.value, fields.relevance[th.value] ?? 0]));
      const input = assessmentInput(subjectType, subjectId, { ...fields, relevance }, today(), {
        choose: t('assess.choose'),
        date: t('assess.badDate'),
        future: t('assess.future'),
        tooLong: t('assess.tooLong', { max: maxRationaleBytes }),
        relevance: t('assess.badRelevance'),
      });
      return postAssessment(input);
    },
    () => {
      setFields(blank());
      setSaved(true);
      onSaved();
    },
  );
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const change = (next: Partial<AssessmentFields>) => {
    setSaved(false);
    setFields((f) => ({ ...f, ...next }));
  };
  const labels: Record<string, string> = {
    subject_id: t('assess.subject'),
    assessed_on: t('assess.date'),
    rationale: t('assess.rationale'),
    ...Object.fromEntries(scales.map((s) => [s.name, t(s.label)])),
    ...Object.fromEntries(themes.map((th) => [`relevance.${th.value}`, t('assess.relevanceTo', { theme: th.label })])),
  };
  const relevanceOptions = steps(relevanceRange.min, relevanceRange.max).map((n) => ({ value: String(n), label: t(relevanceWords[n]) }));
  return (
    <section aria-labelledby="assess-heading" className="panel">
      <h3 id="assess-heading">{t('assess.title')}</h3>
      <p>{t('assess.intro')}</p>
      {saved && <Status>{t('assess.saved')}</Status>}
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        {scales.map((s) => (
          <ScaleRadios key={s.name} scale={s} value={fields.scores[s.name]} error={error(s.name)} onChange={(v) => change({ scores: { ...fields.scores, [s.name]: v } })} />
        ))}
        {themes.length > 0 && (
          <fieldset className="field">
            <legend>{t('assess.relevance')}</legend>
            <p className="hint">{t('assess.relevanceHint')}</p>
            <div className="relevance-grid">
              {themes.map((th) => (
                <SelectField
                  key={th.value}
                  label={th.label}
                  name={`relevance.${th.value}`}
                  options={relevanceOptions}
                  value={String(fields.relevance[th.value] ?? 0)}
                  error={error(`relevance.${th.value}`)}
                  onChange={(e) => change({ relevance: { ...fields.relevance, [th.value]: Number(e.target.value) } })}
                />
              ))}
            </div>
          </fieldset>
        )}
        <TextField label={t('assess.date')} type="date" name="assessed_on" required max={today()} value={fields.assessed_on} error={error('assessed_on')} onChange={(e) => change({ assessed_on: e.target.value })} />
        <TextArea label={t('assess.rationale')} hint={t('assess.rationaleHint')} name="rationale" rows={3} value={fields.rationale} error={error('rationale')} onChange={(e) => change({ rationale: e.target.value })} />
        <SensitiveWordsWarning text={fields.rationale} />
        {session.can('read_special_category') && (
          <div className="field">
            <label>
              <input type="checkbox" name="rationale_special" checked={fields.rationale_special ?? false} onChange={(e) => change({ rationale_special: e.target.checked })} /> {t('assess.rationaleSpecial')}
            </label>
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('assess.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
