// An organisation created by a people sheet that did not say its sector or level: it waits
// for someone to complete it, and says so wherever its sector and level would show.
import { useI18n } from '../i18n/i18n';

export function SectorOrToComplete({ group, value }: { group: 'sector' | 'level'; value: string | null }) {
  const { t, label } = useI18n();
  if (value) return <>{label(group, value)}</>;
  return <span className="muted">{t('organisations.notKnownYet')}</span>;
}

export function isToComplete(o: { sector: string | null; level: string | null }) {
  return !o.sector || !o.level;
}

export function ToCompleteBadge() {
  const { t } = useI18n();
  return <span className="badge">{t('organisations.toComplete')}</span>;
}
