// The participant's answer: take part, maybe, or not; for a hybrid event, whether in person or
// online (asked of whoever may come); interpretation into one of the event's
// interpretation languages; access needs, kept only with explicit consent because they can
// reveal health or disability (GDPR art. 9(2)(a)); and a comment.
import { useState } from 'react';
import type { FieldProblem } from '../app/api';
import { RadioGroup, TextArea, SelectField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { refuseAny } from '../app/formErrors';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { languageName } from './eventVocabulary';
import { postRsvp } from './rsvpApi';
import type { AttendanceMode, Rsvp, RsvpAnswer, RsvpResponse } from './types';

const responses: RsvpResponse[] = ['accepted', 'tentative', 'declined'];
const modes: AttendanceMode[] = ['in_person', 'online'];

export function RsvpForm({ token, rsvp, onAnswered }: { token: string; rsvp: Rsvp; onAnswered: (rsvp: Rsvp) => void }) {
  const { t, lang } = useI18n();
  const [response, setResponse] = useState<RsvpResponse | ''>(responses.includes(rsvp.status as RsvpResponse) ? (rsvp.status as RsvpResponse) : '');
  const [mode, setMode] = useState<AttendanceMode | ''>(rsvp.attendance_mode ?? '');
  const [interpretation, setInterpretation] = useState(rsvp.interpretation_language ?? '');
  const [needs, setNeeds] = useState(rsvp.access_needs ?? '');
  const [consent, setConsent] = useState(false);
  const [comment, setComment] = useState(rsvp.comment ?? '');
  const asksMode = rsvp.event.format === 'hybrid';
  const form = useRecordForm(() => {
    const errors: FieldProblem[] = [];
    if (!response) errors.push({ field: 'response', message: t('rsvp.chooseAnswer') });
    if (asksMode && response !== 'declined' && response !== '' && !mode) errors.push({ field: 'attendance_mode', message: t('rsvp.chooseMode') });
    if (needs.trim() !== '' && !consent) errors.push({ field: 'access_needs_consent', message: t('rsvp.consentNeeded') });
    refuseAny(errors);
    const answer: RsvpAnswer = { response: response as RsvpResponse, interpretation_language: interpretation || null, comment: comment.trim() };
    if (asksMode && response !== 'declined') answer.attendance_mode = mode || null;
    // Every answer replaces the last one: empty needs are sent as null, which clears them.
    if (needs.trim() !== '') {
      answer.access_needs = needs.trim();
      answer.access_needs_consent = consent;
    } else answer.access_needs = null;
    return postRsvp(token, answer);
  }, onAnswered);
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const labels = { response: t('rsvp.question'), attendance_mode: t('rsvp.modeQuestion'), interpretation_language: t('rsvp.interpretation'), access_needs: t('rsvp.accessNeeds'), access_needs_consent: t('rsvp.consentLegend'), comment: t('rsvp.comment') };
  const interpretationLanguages = rsvp.event.interpretation_languages;
  return (
    <section aria-labelledby="rsvp-form-heading">
      <h2 id="rsvp-form-heading">{t('rsvp.formTitle')}</h2>
      <FormMessages form={form} labels={labels} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <RadioGroup
          legend={t('rsvp.question')}
          name="response"
          required
          options={responses.map((r) => ({ value: r, label: t(r === 'accepted' ? 'rsvp.accept' : r === 'tentative' ? 'rsvp.tentative' : 'rsvp.decline') }))}
          value={response}
          onChange={(v) => setResponse(v as RsvpResponse)}
          error={error('response')}
        />
        {asksMode && response !== 'declined' && (
          <RadioGroup
            legend={t('rsvp.modeQuestion')}
            name="attendance_mode"
            required
            options={modes.map((m) => ({ value: m, label: t(m === 'in_person' ? 'rsvp.inPerson' : 'rsvp.online') }))}
            value={mode}
            onChange={(v) => setMode(v as AttendanceMode)}
            error={error('attendance_mode')}
          />
        )}
        {interpretationLanguages.length > 0 && (
          <SelectField
            label={t('rsvp.interpretation')}
            hint={t('rsvp.interpretationHint')}
            name="interpretation_language"
            options={interpretationLanguages.map((code) => ({ value: code, label: languageName(lang, code) }))}
            emptyLabel={t('rsvp.noInterpretation')}
            value={interpretation}
            error={error('interpretation_language')}
            onChange={(e) => setInterpretation(e.target.value)}
          />
        )}
        <TextArea label={t('rsvp.accessNeeds')} hint={t('rsvp.accessNeedsHint')} name="access_needs" rows={3} value={needs} error={error('access_needs')} onChange={(e) => setNeeds(e.target.value)} />
        <fieldset className={error('access_needs_consent') ? 'field field-invalid' : 'field'} id="field-access_needs_consent" aria-describedby={`consent-why${error('access_needs_consent') ? ' field-access_needs_consent-error' : ''}`}>
          <legend>{t('rsvp.consentLegend')}</legend>
          <p className="hint" id="consent-why">
            {t('rsvp.consentWhy')}
          </p>
          {error('access_needs_consent') && (
            <p className="field-error" id="field-access_needs_consent-error">
              <span aria-hidden="true">⚠ </span>
              {error('access_needs_consent')}
            </p>
          )}
          <label className="checkbox">
            <input type="checkbox" name="access_needs_consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            {t('rsvp.consent')}
          </label>
        </fieldset>
        <TextArea label={t('rsvp.comment')} name="comment" rows={2} value={comment} error={error('comment')} onChange={(e) => setComment(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('rsvp.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
