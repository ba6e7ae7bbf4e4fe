// Small pieces every action view shares: the flags as words (never colour alone), progress as a
// figure with a bar beside it, and a party's name linking to its page for readers of the register.
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { stakeholderPath } from '../app/stakeholderSearch';
import { useI18n } from '../i18n/i18n';
import { flagKeys, flags, statusKeys } from './actionRules';
import { useActionFormat } from './format';
import type { Action, ActionStatus, PartyRef } from './types';

export function FlagBadges({ action }: { action: Pick<Action, 'overdue' | 'stalled' | 'at_risk'> }) {
  const { t } = useI18n();
  const shown = flags.filter((f) => action[f]);
  if (shown.length === 0) return null;
  return (
    <span className="action-flags">
      {shown.map((f) => (
        <span key={f} className={`action-flag action-flag-${f}`}>
          {t(flagKeys[f])}
        </span>
      ))}
    </span>
  );
}

export function StatusName({ status }: { status: ActionStatus }) {
  const { t } = useI18n();
  return <span className={`action-status action-status-${status}`}>{t(statusKeys[status])}</span>;
}

// The figure is what is read; the bar beside it is decoration.
export function ProgressMeter({ value }: { value: number }) {
  const f = useActionFormat();
  const width = Math.max(0, Math.min(100, value));
  return (
    <span className="progress-meter">
      <span className="progress-figure">{f.percent(value)}</span>
      <svg className="progress-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="progress-track" x="0" y="0" width="100" height="10" />
        {width > 0 && <rect className="progress-fill" x="0" y="0" width={width} height="10" />}
      </svg>
    </span>
  );
}

export function PartyName({ party }: { party: PartyRef | null | undefined }) {
  const session = useSession();
  if (!party) return <>–</>;
  const name = party.name ?? '–';
  const kind = party.person_id ? 'person' : 'organisation';
  const id = party.person_id ?? party.organisation_id;
  // Participants do not read the register: the name alone.
  if (!id || !session.can('read_register')) return <>{name}</>;
  return <Link to={stakeholderPath(kind, id)}>{name}</Link>;
}

export function PartyList({ parties }: { parties: PartyRef[] }) {
  const { t } = useI18n();
  if (parties.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="party-list">
      {parties.map((p, i) => (
        <li key={`${p.person_id ?? 'o'}-${p.organisation_id ?? 'p'}-${i}`}>
          <PartyName party={p} />
        </li>
      ))}
    </ul>
  );
}
