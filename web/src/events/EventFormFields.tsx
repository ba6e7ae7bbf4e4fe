// The design fields of an event, grouped as a planner thinks of them: what it is, where and
// when, who and in which languages. The agenda and materials have editors of their own.
import type { Dispatch, SetStateAction } from 'react';
import type { FieldErrors } from '../app/api';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { fieldBinder } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import type { EventFields } from './eventFields';
import { eventFormats, eventTypes, timeZones } from './eventVocabulary';
import { FacilitatorAccounts } from './FacilitatorAccounts';

export function eventFieldLabels(t: ReturnType<typeof useI18n>['t']): Record<string, string> {
  return {
    title: t('field.title'), type: t('event.type'), themes: t('event.themes'), objectives: t('event.objectives'), format: t('event.format'),
    venue: t('event.venue'), link: t('event.link'), starts_at: t('event.startsAt'), ends_at: t('event.endsAt'), time_zone: t('event.timeZone'),
    capacity: t('event.capacity'), working_languages: t('event.workingLanguages'), interpretation_languages: t('event.interpretationLanguages'),
    accessibility: t('event.accessibility'), facilitators: t('event.facilitators'), facilitator_user_ids: t('event.facilitatorAccounts'), agenda: t('agenda.title'), materials: t('materials.title'),
    invitation_text_sv: t('event.invitationTextSv'), invitation_text_en: t('event.invitationTextEn'), reply_by: t('event.replyBy'),
  };
}

// The label of any field the server may name, including `agenda[2].time`.
export function eventFieldLabel(t: ReturnType<typeof useI18n>['t'], field: string): string {
  const agenda = /^agenda\[(\d+)\]\.(\w+)/.exec(field);
  if (agenda) {
    const part = { time: t('agenda.time'), title: t('agenda.itemTitle'), owner: t('agenda.owner'), items: t('agenda.subItems') }[agenda[2]] ?? agenda[2];
    return `${t('agenda.item', { n: Number(agenda[1]) + 1 })}: ${part}`;
  }
  const material = /^materials\[(\d+)\]\.(\w+)/.exec(field);
  if (material) return `${t('materials.item', { n: Number(material[1]) + 1 })}: ${material[2] === 'url' ? t('materials.url') : t('materials.itemTitle')}`;
  return eventFieldLabels(t)[field] ?? field;
}

export function EventFormFields({ fields, setFields, errors }: { fields: EventFields; setFields: Dispatch<SetStateAction<EventFields>>; errors: FieldErrors }) {
  const { t, lang, label } = useI18n();
  const vocabulary = useVocabulary(lang);
  const set = fieldBinder(fields, setFields, errors, lang);
  const error = (name: string) => errors[name] && serverMessage(lang, errors[name]);
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('event.sectionWhat')}</legend>
        <TextField label={t('field.title')} required autoComplete="off" {...set('title')} />
        <SelectField label={t('event.type')} required options={eventTypes.map((v) => ({ value: v, label: label('eventType', v) }))} {...set('type')} />
        <CheckboxGroup legend={t('event.themes')} name="themes" options={vocabulary.data?.themes ?? []} values={fields.themes} error={error('themes')} onChange={(themes) => setFields((f) => ({ ...f, themes }))} />
        <TextArea label={t('event.objectives')} rows={3} {...set('objectives')} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('event.sectionWhereWhen')}</legend>
        <SelectField label={t('event.format')} required options={eventFormats.map((v) => ({ value: v, label: label('eventFormat', v) }))} {...set('format')} />
        {fields.format !== 'online' && <TextField label={t('event.venue')} required hint={t('event.venueHint')} {...set('venue')} />}
        {fields.format !== 'in_person' && <TextField label={t('event.link')} required type="url" hint={t('hint.website')} {...set('link')} />}
        <div className="field-row">
          <TextField label={t('event.startsAt')} required type="datetime-local" {...set('starts_at')} />
          <TextField label={t('event.endsAt')} required type="datetime-local" {...set('ends_at')} />
        </div>
        <SelectField label={t('event.timeZone')} required hint={t('event.timeZoneHint')} options={timeZones(fields.time_zone).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))} {...set('time_zone')} />
        <TextField label={t('event.capacity')} required type="number" min={1} inputMode="numeric" {...set('capacity')} />
        <TextArea label={t('event.accessibility')} hint={t('event.accessibilityHint')} rows={3} {...set('accessibility')} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('event.sectionWho')}</legend>
        <TextField label={t('event.workingLanguages')} hint={t('hint.languages')} {...set('working_languages')} />
        <TextField label={t('event.interpretationLanguages')} hint={t('event.interpretationHint')} {...set('interpretation_languages')} />
        <TextArea label={t('event.facilitators')} hint={t('hint.onePerLine')} rows={3} {...set('facilitators')} />
        <FacilitatorAccounts chosen={fields.facilitator_user_ids} error={error('facilitator_user_ids')} onChange={(facilitator_user_ids) => setFields((f) => ({ ...f, facilitator_user_ids }))} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('event.sectionInvitation')}</legend>
        <p className="hint">{t('event.invitationTextHint')}</p>
        <TextArea label={t('event.invitationTextSv')} rows={4} lang="sv" {...set('invitation_text_sv')} />
        <TextArea label={t('event.invitationTextEn')} rows={4} lang="en" {...set('invitation_text_en')} />
        <TextField label={t('event.replyBy')} hint={t('event.replyByHint')} type="date" {...set('reply_by')} />
      </fieldset>
    </>
  );
}
