// Moving an action to another status without dragging: a "Move to" select of the steps its
// lifecycle allows from here and a Move button, on each card and row of the board. Dropping
// asks why. The update carries the action's version as If-Match; a refusal (a step no longer
// allowed, someone else's change first, a role that may not) is shown beside the control.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { nextSteps, statusKeys } from './actionRules';
import { postUpdate } from './actionsApi';
import type { Action, ActionStatus } from './types';
import { UpdateProblem } from './updateProblems';

export const moveControlId = (action: Pick<Action, 'id'>) => `move-${action.id}`;

export function MoveControl({ action, onMoved, onReload }: { action: Action; onMoved: (next: Action) => void; onReload: () => void }) {
  const { t } = useI18n();
  const [to, setTo] = useState<ActionStatus | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState('');
  const steps = nextSteps(action.status);
  if (steps.length === 0) return null;
  const id = moveControlId(action);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setError(undefined);
    setMissing('');
    if (!to) {
      setMissing(t('actions.moveChooseFirst'));
      document.getElementById(id)?.focus();
      return;
    }
    if (to === 'dropped' && reason.trim() === '') {
      setMissing(t('actions.droppedReasonMissing'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    postUpdate(action, to === 'dropped' ? { status: to, dropped_reason: reason.trim() } : { status: to })
      .then(
        (next) => {
          setTo('');
          setReason('');
          onMoved(next);
        },
        setError,
      )
      .finally(() => setBusy(false));
  };

  const missingId = missing ? `${id}-missing` : undefined;
  return (
    <form className="move-control" onSubmit={submit} noValidate>
      <div className="move-row">
        <label htmlFor={id}>{t('actions.moveTo')}</label>
        <select id={id} aria-label={t('actions.moveToNamed', { title: action.title })} value={to} onChange={(e) => setTo(e.target.value as ActionStatus | '')} aria-describedby={missingId} aria-invalid={missing && !to ? true : undefined}>
          <option value="">{t('common.choose')}</option>
          {steps.map((s) => (
            <option key={s} value={s}>
              {t(statusKeys[s])}
            </option>
          ))}
        </select>
        <button type="submit" className="button-secondary" aria-label={t('actions.moveNamed', { title: action.title })}>
          {t('actions.move')}
        </button>
      </div>
      {to === 'dropped' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('actions.droppedReason')}</label>
          <input id={`${id}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={missingId} aria-invalid={missing && reason.trim() === '' ? true : undefined} />
        </div>
      )}
      {missing && (
        <p className="field-error" id={missingId}>
          <span aria-hidden="true">⚠ </span>
          {missing}
        </p>
      )}
      {error !== undefined && <UpdateProblem error={error} labels={{ status: t('actions.status'), dropped_reason: t('actions.droppedReason') }} onReload={onReload} />}
    </form>
  );
}
