// Who among the accounts facilitates the event, and so may record its outcomes. Coordinators
// and admins choose among the facilitator accounts (and keep whoever is already named); a
// facilitator may name themself on an event that names nobody yet, which is what the server
// allows them.
import { useState } from 'react';
import { api } from '../app/api';
import { path, type UserDirectory } from '../app/schema';
import { useSession } from '../app/session';
import { CheckboxGroup } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';

export function FacilitatorAccounts({ chosen, onChange, error }: { chosen: number[]; onChange: (ids: number[]) => void; error?: string }) {
  const { t, label } = useI18n();
  const session = useSession();
  const [namedAtStart] = useState(chosen);
  const role = session.user?.role;
  const planner = role === 'admin' || role === 'coordinator';
  const directory = useAsync(() => (planner ? api.get<UserDirectory>(path('/api/v1/users/directory')) : Promise.resolve(null)), [planner]);
  const me = session.user;
  if (!me) return null;
  if (!planner) {
    if (namedAtStart.length > 0) return null;
    return <CheckboxGroup legend={t('event.facilitatorAccounts')} name="facilitator_user_ids" error={error} options={[{ value: String(me.id), label: t('event.iFacilitate') }]} values={chosen.map(String)} onChange={(v) => onChange(v.map(Number))} />;
  }
  const accounts = (directory.data?.items ?? []).filter((u) => u.role === 'facilitator' || chosen.includes(u.id));
  if (accounts.length === 0) return <p className="hint" id="field-facilitator_user_ids">{directory.data ? t('event.noFacilitatorAccounts') : ''}</p>;
  return (
    <CheckboxGroup
      legend={t('event.facilitatorAccounts')}
      name="facilitator_user_ids"
      error={error}
      options={accounts.map((u) => ({ value: String(u.id), label: u.role === 'facilitator' ? u.name : `${u.name} (${label('role', u.role)})` }))}
      values={chosen.map(String)}
      onChange={(v) => onChange(v.map(Number))}
    />
  );
}
