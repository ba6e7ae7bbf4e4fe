// Whether a kickoff list is still a draft or final, and for coordinators the step to the other:
// a final list's entries stay as they are (the server refuses changes) until it is a draft again.
import { useState } from 'react';
import { ErrorAlert, Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import type { KickoffList } from './types';
import { setKickoffStatus } from './analysisApi';

export function KickoffStatus({ list, canChange, onChanged }: { list: KickoffList; canChange: boolean; onChanged: (list: KickoffList) => void }) {
  const { t, lang, dateTime } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const final = list.status === 'final';
  const change = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const changed = await setKickoffStatus(list, final ? 'draft' : 'final', lang);
      onChanged(changed);
      setSaid(changed.status === 'final' ? t('kickoff.nowFinal') : t('kickoff.nowDraft'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="kickoff-status" className="panel">
      <h2 id="kickoff-status">{t('kickoff.statusTitle')}</h2>
      <p>
        {final ? t('kickoff.isFinal') : t('kickoff.isDraft')}
        {list.status_changed_at && list.status_changed_by && ` ${t('kickoff.statusChanged', { name: list.status_changed_by, when: dateTime(list.status_changed_at) })}`}
      </p>
      {canChange && (
        <button type="button" className={final ? 'button-secondary' : undefined} onClick={() => void change()} disabled={busy}>
          {final ? t('kickoff.reopen') : t('kickoff.markFinal')}
        </button>
      )}
      {said && <Status>{said}</Status>}
      {error !== undefined && <ErrorAlert error={error} />}
    </section>
  );
}
