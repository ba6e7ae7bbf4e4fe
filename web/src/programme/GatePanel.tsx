// A phase's gate: each criterion in words, whether the data meets it now (and what was found),
// or who signed it off and why. Coordinators sign a criterion off with a note and pass the gate
// once every criterion holds; the server decides (422 naming the criteria that do not).
import { useState } from 'react';
import { NoteDialog } from '../app/NoteDialog';
import { ErrorAlert, Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { moveGate, signOff } from './programmeApi';
import type { Criterion, Phase } from './types';

function criterionState(c: Criterion): 'met' | 'signed' | 'unmet' {
  if (c.met) return 'met';
  if (c.signed_off_at) return 'signed';
  return 'unmet';
}

function SignOffDialog({ phase, criterion, onDone }: { phase: Phase; criterion: Criterion; onDone: (phase: Phase) => void }) {
  const { t, lang } = useI18n();
  const label = lang === 'sv' ? criterion.label_sv : criterion.label_en;
  return (
    <NoteDialog
      label={t('programme.signOff')}
      ariaLabel={t('programme.signOffNamed', { criterion: label })}
      title={t('programme.signOffTitle')}
      subject={label}
      fieldLabel={t('programme.signOffNote')}
      hint={t('programme.signOffHint')}
      submitLabel={t('programme.signOff')}
      send={(note) => signOff(phase, criterion.id ?? 0, note, lang)}
      onDone={onDone}
    />
  );
}

export function GatePanel({ phase, canManage, onChanged }: { phase: Phase; canManage: boolean; onChanged: (phase: Phase) => void }) {
  const { t, lang, dateTime } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const passed = phase.gate_status === 'passed';
  const headingId = `gate-${phase.id}`;
  const pass = async (to: 'passed' | 'open') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const changed = await moveGate(phase, to, '', lang);
      onChanged(changed);
      setSaid(to === 'passed' ? t('programme.gatePassedNow') : t('programme.gateOpenNow'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={headingId} className="panel gate-panel">
      <h3 id={headingId}>{t('programme.gate')}</h3>
      <p>
        {passed
          ? t('programme.gatePassed', { name: phase.gate_passed_by ?? '', when: dateTime(phase.gate_passed_at) })
          : phase.gate_ready
            ? t('programme.gateReady')
            : t('programme.gateNotReady')}
      </p>
      {phase.criteria.length === 0 ? (
        <p>{t('programme.noCriteria')}</p>
      ) : (
        <ul className="criteria">
          {phase.criteria.map((c) => {
            const state = criterionState(c);
            const finding = lang === 'sv' ? c.finding_sv : c.finding_en;
            return (
              <li key={c.id} className={`criterion criterion-${state}`}>
                <span className={`badge badge-${state}`}>{t(`programme.criterion.${state}`)}</span> <strong>{lang === 'sv' ? c.label_sv : c.label_en}</strong>
                {finding && <p className="finding">{finding}</p>}
                {c.signed_off_at && (
                  <p className="finding">
                    {t('programme.signedOffBy', { name: c.signed_off_by ?? '', when: dateTime(c.signed_off_at) })}: {c.sign_off_note}
                  </p>
                )}
                {canManage && state === 'unmet' && !passed && <SignOffDialog phase={phase} criterion={c} onDone={onChanged} />}
              </li>
            );
          })}
        </ul>
      )}
      {phase.gate_note && <p>{t('programme.gateNote', { note: phase.gate_note })}</p>}
      {canManage && (
        <button type="button" className={passed ? 'button-secondary' : undefined} onClick={() => void pass(passed ? 'open' : 'passed')} disabled={busy}>
          {passed ? t('programme.reopenGate') : t('programme.passGate')}
        </button>
      )}
      {said && <Status>{said}</Status>}
      {error !== undefined && <ErrorAlert error={error} />}
    </section>
  );
}
