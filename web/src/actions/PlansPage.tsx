// The action plans (/action-plans): each with what it belongs to (a theme, an event or a
// follow-up group) and how many actions it has; coordinators and administrators make new ones.
import { AsyncContent, DataTable } from '../app/results';
import { Link, navigate } from '../app/router';
import { useSession } from '../app/session';
import { PageTitle, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { getEvents } from '../events/eventsApi';
import { useI18n } from '../i18n/i18n';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getGroupList, getPlans, postPlan } from './actionsApi';
import { PlanOwner } from './PlanOwner';
import { PlanForm } from './PlanForm';

export function PlansPage() {
  const { t, number, dateTime } = useI18n();
  const session = useSession();
  const scope = useProgrammeScope();
  const programmeId = scope.programme?.id;
  const plans = useProgrammeAsync(scope, getPlans, []);
  const events = useAsync(getEvents, []);
  const groups = useAsync(getGroupList, []);
  return (
    <>
      <PageTitle title={t('actionPlans.title')}>{t('actionPlans.title')}</PageTitle>
      <p>{t('actionPlans.intro')}</p>
      {scope.chooser}
      <AsyncContent state={plans}>
        {(list) => (
          <>
            <Status>{t('actionPlans.count', { count: number(list.total) })}</Status>
            {list.items.length > 0 && (
              <DataTable label={t('actionPlans.title')} headers={[t('actionPlans.planTitle'), t('actionPlans.belongsTo'), t('actionPlans.actions'), t('actionPlans.updated')]}>
                {list.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/action-plans/${p.id}`}>{p.title}</Link>
                    </td>
                    <td>
                      <PlanOwner plan={p} events={events.data?.items} groups={groups.data?.items} />
                    </td>
                    <td>{number(p.action_count)}</td>
                    <td>{dateTime(p.updated_at)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </AsyncContent>
      {session.can('manage_actions') && (
        <section aria-labelledby="new-plan-heading" className="panel">
          <h2 id="new-plan-heading">{t('actionPlans.new')}</h2>
          <PlanForm save={(input) => postPlan({ ...input, programme_id: programmeId })} onSaved={(p) => navigate(`/action-plans/${p.id}`)} submitLabel={t('actionPlans.create')} />
        </section>
      )}
    </>
  );
}
