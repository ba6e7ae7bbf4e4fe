// One follow-up group (/groups/:id): what it is for and who leads it, its members (former
// members apart, as such), its deliverables with their status in words, its meetings (held and
// planned, each linking to the event's pages; a form to plan the next one for coordinators and
// the lead), and its action plans and actions. Coordinators and the lead edit it; coordinators
// delete it once it has no action plans (the server refuses before: 409).
import { DeleteButton } from '../app/DeleteButton';
import { DataTable } from '../app/results';
import { Link, navigate } from '../app/router';
import { useSession } from '../app/session';
import { stakeholderPath } from '../app/stakeholderSearch';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useVocabulary } from '../app/vocabulary';
import { getPlans } from '../actions/actionsApi';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { GroupMeetings } from './GroupMeetings';
import { GroupWork } from './GroupWork';
import { deleteGroup, getGroup } from './groupsApi';
import { deliverableKeys, isFormer, kindKeys, roleKeys, today } from './groupVocabulary';
import type { Member } from './types';
import { useGroupRole, type GroupRole } from './useGroupRole';

// Whether the viewer is offered the lead's tools, and how.
export const offersManaging = (role: GroupRole) => role === 'coordinator' || role === 'lead' || role === 'maybe';

function PersonLink({ id, name }: { id: number | null | undefined; name: string | null | undefined }) {
  const session = useSession();
  if (!id) return <>–</>;
  return session.can('read_register') ? <Link to={stakeholderPath('person', id)}>{name || `#${id}`}</Link> : <>{name}</>;
}

function MembersTable({ label, members }: { label: string; members: Member[] }) {
  const { t } = useI18n();
  const f = useActionFormat();
  return (
    <DataTable label={label} headers={[t('followUp.memberName'), t('followUp.role'), t('followUp.fromDate'), t('followUp.toDate')]}>
      {members.map((m, i) => (
        <tr key={`${m.person_id}-${m.from_date}-${i}`}>
          <td>
            <PersonLink id={m.person_id} name={m.name} />
          </td>
          <td>{t(roleKeys[m.role ?? 'member'])}</td>
          <td className="nowrap">{f.day(m.from_date)}</td>
          <td className="nowrap">{m.to_date ? f.day(m.to_date) : t('followUp.stillMember')}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function GroupPage({ id }: { id: number }) {
  const { t, lang, number } = useI18n();
  const group = useAsync(() => getGroup(id), [id]);
  const plans = useAsync(getPlans, []);
  const vocabulary = useVocabulary(lang);
  const role = useGroupRole(group.data);
  const f = useActionFormat();
  const back = (
    <p className="breadcrumb">
      <Link to="/groups">{t('followUp.back')}</Link>
    </p>
  );
  if (!group.data)
    return group.error !== undefined ? (
      <>
        {back}
        <PageTitle title={t('followUp.group')}>{t('followUp.group')}</PageTitle>
        <ErrorAlert error={group.error} />
      </>
    ) : (
      <Loading />
    );
  const g = group.data;
  const day = today();
  const current = g.members.filter((m) => !isFormer(m, day));
  const former = g.members.filter((m) => isFormer(m, day));
  const groupPlans = (plans.data?.items ?? []).filter((p) => p.group_id === g.id);
  const themeNames = g.themes.map((s) => vocabulary.data?.themeName(s) ?? s).join(', ');
  const period = g.start_date || g.end_date ? t('followUp.periodText', { from: g.start_date ? f.day(g.start_date) : '…', to: g.end_date ? f.day(g.end_date) : '…' }) : '–';
  return (
    <>
      {back}
      <PageTitle title={g.name}>{g.name}</PageTitle>
      <p className="group-kind">{t(kindKeys[g.kind])}</p>
      {offersManaging(role) && role !== 'maybe' && (
        <div className="actions">
          <Link to={`/groups/${g.id}/edit`} className="button-link button-secondary">
            {t('followUp.edit')}
          </Link>
          {role === 'coordinator' && plans.data && groupPlans.length === 0 && (
            <DeleteButton
              what={g.name}
              onDelete={async () => {
                await deleteGroup(g);
                navigate('/groups');
              }}
            />
          )}
        </div>
      )}
      {role === 'coordinator' && groupPlans.length > 0 && <p className="hint">{t('followUp.deleteWhenNoPlans')}</p>}
      {role === 'maybe' && (
        <p className="hint">
          {t('followUp.ifLead')} <Link to={`/groups/${g.id}/edit`}>{t('followUp.editIfLead')}</Link>
        </p>
      )}
      <dl className="details">
        <div>
          <dt>{t('followUp.objective')}</dt>
          <dd className="prewrap">{g.objective || '–'}</dd>
        </div>
        <div>
          <dt>{t('followUp.mandate')}</dt>
          <dd className="prewrap">{g.mandate || '–'}</dd>
        </div>
        <div>
          <dt>{t('followUp.lead')}</dt>
          <dd>
            <PersonLink id={g.lead_person_id} name={g.lead_name} />
          </dd>
        </div>
        <div>
          <dt>{t('followUp.themes')}</dt>
          <dd>{themeNames || '–'}</dd>
        </div>
        <div>
          <dt>{t('followUp.period')}</dt>
          <dd>{period}</dd>
        </div>
      </dl>

      <section aria-labelledby="group-members-heading" className="panel">
        <h2 id="group-members-heading">{t('followUp.members')}</h2>
        {current.length === 0 ? <p>{t('followUp.noMembers')}</p> : <MembersTable label={t('followUp.currentMembers', { count: number(current.length) })} members={current} />}
        {former.length > 0 && (
          <>
            <h3 id="group-former-heading">{t('followUp.formerMembers')}</h3>
            <MembersTable label={t('followUp.formerMembers')} members={former} />
          </>
        )}
      </section>

      <section aria-labelledby="group-deliverables-heading" className="panel">
        <h2 id="group-deliverables-heading">{t('followUp.deliverables')}</h2>
        {g.deliverables.length === 0 ? (
          <p>{t('followUp.noDeliverables')}</p>
        ) : (
          <DataTable label={t('followUp.deliverablesOf', { name: g.name })} headers={[t('followUp.deliverableTitle'), t('followUp.dueDate'), t('followUp.status')]}>
            {g.deliverables.map((d, i) => (
              <tr key={d.id ?? `new-${i}`}>
                <td>{d.title}</td>
                <td className="nowrap">{d.due_date ? f.day(d.due_date) : '–'}</td>
                <td>{t(deliverableKeys[d.status ?? 'planned'])}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <GroupMeetings group={g} role={role} onPlanned={group.reload} />
      <GroupWork group={g} role={role} plans={plans} />
    </>
  );
}
