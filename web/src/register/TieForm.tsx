// Adding or changing one relationship, in a dialog on a person's or organisation's page. An
// existing tie is read afresh when the dialog opens, so its version is the latest; saving
// sends it as If-Match and a 412 offers to load the other person's change. The server's 422
// field errors appear beside their fields and in the summary that takes focus.
import { SensitiveWordsWarning } from '../app/SensitiveWordsWarning';
import type { ReactNode } from 'react';
import { ErrorAlert, Loading, SelectField, TextArea, TextField } from '../app/ui';
import type { Tie } from '../app/schema';
import { serverMessage, useI18n, type MessageKey } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { StakeholderPicker } from './StakeholderPicker';
import { emptyTieFields, getTiePath, postTie, putTie, strengths, tieFieldsOf, tieInput, tieSources, tieTypes, type Self, type TieFields } from './ties';
import { useLoadedRecord } from './useLoadedRecord';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';

export function TieForm({ self, tieId, onSaved, onCancel }: { self: Self; tieId?: number; onSaved: (tie: Tie) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const record = useLoadedRecord<Tie, TieFields>(tieId === undefined ? undefined : getTiePath(tieId), emptyTieFields, (tie) => tieFieldsOf(tie, self));
  const { fields, setFields } = record;
  const form = useRecordForm(() => {
    const input = tieInput(fields, self, { other: t('ties.chooseOther'), type: t('ties.chooseType') });
    return tieId === undefined ? postTie(input) : putTie(tieId, input, record.version ?? 0);
  }, onSaved);
  const bind = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const error = (name: string) => form.fieldErrors[name] && serverMessage(lang, form.fieldErrors[name]);
  const set = (next: Partial<TieFields>) => setFields((f) => ({ ...f, ...next }));
  const cancel = (
    <button type="button" className="button-secondary" onClick={onCancel}>
      {t('common.cancel')}
    </button>
  );
  if (record.loadError !== undefined)
    return (
      <>
        <ErrorAlert error={record.loadError} />
        <div className="actions">{cancel}</div>
      </>
    );
  if (!record.loaded) return <Loading />;

  const labels: Record<string, string> = {
    other: t('ties.other'),
    type: t('ties.type'),
    directed: t('ties.directed'),
    strength: t('ties.strength'),
    starts_on: t('ties.startsOn'),
    ends_on: t('ties.endsOn'),
    source: t('ties.source'),
    reported_by: t('ties.reportedBy'),
    note: t('ties.note'),
  };
  const otherName = fields.other?.name || t('ties.otherParty');
  const direction = (outgoing: boolean): ReactNode => (outgoing ? t('ties.fromTo', { a: self.name, b: otherName }) : t('ties.fromTo', { a: otherName, b: self.name }));
  return (
    <>
      <FormMessages form={form} labels={labels} onLoadLatest={record.load} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <StakeholderPicker name="other" legend={t('ties.other')} hint={t('ties.otherHint')} chosen={fields.other} onChange={(other) => set({ other })} exclude={self} error={error('other')} />
        <SelectField label={t('ties.type')} required emptyLabel={t('common.choose')} options={tieTypes.map((v) => ({ value: v, label: t(`network.type.${v}` as MessageKey) }))} {...bind('type')} />
        <div className={error('directed') ? 'field field-invalid' : 'field'} id="field-directed">
          {error('directed') && <p className="field-error">{error('directed')}</p>}
          <label className="checkbox">
            <input type="checkbox" checked={fields.directed} onChange={(e) => set({ directed: e.target.checked })} />
            {t('ties.directed')}
          </label>
        </div>
        {fields.directed && (
          <fieldset className="field">
            <legend>{t('ties.whichWay')}</legend>
            <div className="radio-stack">
              {[true, false].map((outgoing) => (
                <label key={String(outgoing)} className="checkbox">
                  <input type="radio" name="outgoing" checked={fields.outgoing === outgoing} onChange={() => set({ outgoing })} />
                  {direction(outgoing)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <SelectField label={t('ties.strength')} options={strengths.map((v) => ({ value: v, label: t(`ties.strength.${v}` as MessageKey) }))} {...bind('strength')} />
        <div className="field-row">
          <TextField label={t('ties.startsOn')} hint={t('ties.startsOnHint')} type="date" {...bind('starts_on')} />
          <TextField label={t('ties.endsOn')} hint={t('ties.endsOnHint')} type="date" {...bind('ends_on')} />
        </div>
        <SelectField label={t('ties.source')} options={tieSources.map((v) => ({ value: v, label: t(`ties.source.${v}` as MessageKey) }))} {...bind('source')} />
        <TextField label={t('ties.reportedBy')} hint={t('ties.reportedByHint')} {...bind('reported_by')} />
        <TextArea label={t('ties.note')} rows={3} {...bind('note')} />
        <SensitiveWordsWarning text={fields.note} />
        <div className="field">
          <label>
            <input type="checkbox" name="note_special" checked={fields.note_special} onChange={(e) => set({ note_special: e.target.checked })} /> {t('ties.noteSpecial')}
          </label>
        </div>
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('common.save')}
          </button>
          {cancel}
        </div>
      </form>
    </>
  );
}
