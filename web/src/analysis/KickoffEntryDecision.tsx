// Removing an entry from a kickoff list, or restoring it, with the coordinator's reason.
// Removing needs a reason (the list shows what was decided and why); restoring may have one.
import { useEffect, useRef, useState } from 'react';
import { TextArea } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { changeKickoffEntry } from './analysisApi';
import { refuseAny, renamingFields } from '../app/formErrors';
import type { KickoffEntry, KickoffList } from './types';

export function KickoffEntryDecision({ list, entry, onChanged, onCancel, onReload }: {
  list: KickoffList;
  entry: KickoffEntry;
  onChanged: (list: KickoffList) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState('');
  const removing = entry.status === 'included';
  const field = useRef<HTMLDivElement>(null);
  useEffect(() => field.current?.querySelector('textarea')?.focus(), []);
  const form = useRecordForm(
    () => {
      refuseAny(removing && reason.trim() === '' ? [{ field: 'decision_reason', message: t('kickoff.reasonRequired') }] : []);
      return renamingFields(() => changeKickoffEntry(list, entry.id, removing ? 'removed' : 'included', reason.trim(), lang), { reason: 'decision_reason' });
    },
    onChanged,
  );
  const label = removing ? t('kickoff.removeReason', { name: entry.name }) : t('kickoff.restoreReason', { name: entry.name });
  return (
    <div className="confirm" ref={field}>
      <FormMessages form={form} labels={{ decision_reason: label }} onLoadLatest={onReload} />
      <form onSubmit={form.onSubmit} noValidate>
        <TextArea
          label={label}
          name="decision_reason"
          rows={2}
          required={removing}
          value={reason}
          error={form.fieldErrors.decision_reason && serverMessage(lang, form.fieldErrors.decision_reason)}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className={removing ? 'button-danger' : undefined} disabled={form.busy}>
            {removing ? t('kickoff.remove') : t('kickoff.restore')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
