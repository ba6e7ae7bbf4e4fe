// One action plan (/action-plans/:id): what it belongs to, its description, and its actions in
// the board's table (filtered by plan_id), with a link to the board filtered the same way.
// Coordinators and administrators add an action to it, change the plan (If-Match) and delete
// it once it has no actions (the server refuses before: 409).
import { DeleteButton } from '../app/DeleteButton';
import { DialogButton } from '../app/Dialog';
import { AsyncContent } from '../app/results';
import { Link, navigate } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert, Loading, PageTitle, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { getEvents } from '../events/eventsApi';
import { useI18n } from '../i18n/i18n';
import { deletePlan, getActions, getGroupList, getPlan, putPlan } from './actionsApi';
import { ActionsTable } from './ActionsTable';
import { PlanForm } from './PlanForm';
import { PlanOwner } from './PlanOwner';
import type { Action } from './types';
import { useMayUpdate } from './useMine';

export function PlanPage({ id }: { id: number }) {
  const { t, number, dateTime } = useI18n();
  const session = useSession();
  const plan = useAsync(() => getPlan(id), [id]);
  const actions = useAsync(() => getActions({ plan_id: id }), [id]);
  const events = useAsync(getEvents, []);
  const groups = useAsync(getGroupList, []);
  const mayUpdate = useMayUpdate();
  const back = (
    <p className="breadcrumb">
      <Link to="/action-plans">{t('actionPlans.back')}</Link>
    </p>
  );
  if (!plan.data)
    return plan.error !== undefined ? (
      <>
        {back}
        <PageTitle title={t('actionPlans.plan')}>{t('actionPlans.plan')}</PageTitle>
        <ErrorAlert error={plan.error} />
      </>
    ) : (
      <Loading />
    );
  const p = plan.data;
  const manages = session.can('manage_actions');
  const moved = (before: Action, next: Action) => {
    const data = actions.data;
    if (data) actions.setData({ ...data, items: data.items.map((a) => (a.id === before.id ? next : a)) });
  };
  return (
    <>
      {back}
      <PageTitle title={p.title}>{p.title}</PageTitle>
      <dl className="details">
        <div>
          <dt>{t('actionPlans.belongsTo')}</dt>
          <dd>
            <PlanOwner plan={p} events={events.data?.items} groups={groups.data?.items} />
          </dd>
        </div>
        <div>
          <dt>{t('actionPlans.description')}</dt>
          <dd>{p.description || '–'}</dd>
        </div>
        <div>
          <dt>{t('actionPlans.created')}</dt>
          <dd>{t('actions.byWhen', { who: p.created_by, when: dateTime(p.created_at) })}</dd>
        </div>
      </dl>
      {manages && (
        <div className="actions">
          <Link to={`/actions/new?plan_id=${p.id}`} className="button-link">
            {t('actionPlans.newAction')}
          </Link>
          <DialogButton label={t('actionPlans.edit')} title={t('actionPlans.editTitle', { title: p.title })}>
            {(close) => (
              <PlanForm
                plan={p}
                save={(input) => putPlan(p, input)}
                onSaved={(next) => {
                  plan.setData(next);
                  close();
                }}
                onLoadLatest={plan.reload}
                submitLabel={t('common.save')}
              >
                <button type="button" className="button-secondary" onClick={close}>
                  {t('common.cancel')}
                </button>
              </PlanForm>
            )}
          </DialogButton>
          {p.action_count === 0 && (
            <DeleteButton
              what={p.title}
              onDelete={async () => {
                await deletePlan(p);
                navigate('/action-plans');
              }}
            />
          )}
        </div>
      )}
      {manages && p.action_count > 0 && <p className="hint">{t('actionPlans.deleteWhenEmpty')}</p>}
      <section aria-labelledby="plan-actions-heading" className="panel">
        <h2 id="plan-actions-heading">{t('actionPlans.actionsOfPlan')}</h2>
        <p>
          <Link to={`/actions?plan_id=${p.id}`}>{t('actionPlans.onBoard')}</Link>
        </p>
        <AsyncContent state={actions}>
          {(list) => (
            <>
              <Status>{t('actions.count', { count: number(list.total) })}</Status>
              {list.items.length === 0 ? (
                <p>{t('actionPlans.noActions')}</p>
              ) : (
                <ActionsTable label={t('actions.title')} items={list.items} movable={mayUpdate.may} onMoved={moved} onReload={actions.reload} />
              )}
            </>
          )}
        </AsyncContent>
      </section>
    </>
  );
}
