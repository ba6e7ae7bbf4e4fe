// A group's action plans and actions on its page: the plans (links, with how many actions
// each holds), a way to make a new plan for the group (coordinators and the lead; the server
// decides), and the group's actions in the board's table (GET /actions?group_id=…).
import { useState } from 'react';
import { ApiError } from '../app/api';
import { renamingFields } from '../app/formErrors';
import { AsyncContent, DataTable } from '../app/results';
import { Link, navigate } from '../app/router';
import { ErrorAlert, ErrorSummary, Status, TextField } from '../app/ui';
import { useAsync, type Async } from '../app/useAsync';
import { useRecordForm } from '../app/useRecordForm';
import { getActions, postPlan } from '../actions/actionsApi';
import { ActionsTable } from '../actions/ActionsTable';
import type { Action, ActionPlanList } from '../actions/types';
import { useMayUpdate } from '../actions/useMine';
import { serverMessage, useI18n } from '../i18n/i18n';
import type { Group } from './types';
import type { GroupRole } from './useGroupRole';

function NewPlanForm({ group }: { group: Group }) {
  const { t, lang } = useI18n();
  const [title, setTitle] = useState('');
  const form = useRecordForm(
    () => renamingFields(() => postPlan({ title: title.trim(), description: '', group_id: group.id }), { title: 'plan.title', group_id: 'plan.title' }),
    (plan) => navigate(`/action-plans/${plan.id}`),
  );
  const problem = form.fieldErrors['plan.title'];
  const refused = form.error instanceof ApiError && form.error.status === 403;
  return (
    <>
      <ErrorSummary errors={form.fieldErrors} labels={{ 'plan.title': t('followUp.planTitle') }} />
      {form.error !== undefined &&
        (refused ? (
          <ErrorAlert>
            <p>{t('followUp.onlyManagersPlan')}</p>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={form.error} />
        ))}
      <form onSubmit={form.onSubmit} className="form inline-settings" noValidate aria-labelledby="group-new-plan-heading">
        <TextField label={t('followUp.planTitle')} name="plan.title" required autoComplete="off" value={title} error={problem ? serverMessage(lang, problem) : undefined} onChange={(e) => setTitle(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('followUp.createPlan')}
          </button>
        </div>
      </form>
    </>
  );
}

export function GroupWork({ group, role, plans }: { group: Group; role: GroupRole; plans: Async<ActionPlanList> }) {
  const { t, number } = useI18n();
  const actions = useAsync(() => getActions({ group_id: group.id }), [group.id]);
  const mayUpdate = useMayUpdate();
  const moved = (before: Action, next: Action) => {
    const data = actions.data;
    if (data) actions.setData({ ...data, items: data.items.map((a) => (a.id === before.id ? next : a)) });
  };
  const makesPlans = role === 'coordinator' || role === 'lead' || role === 'maybe';
  return (
    <>
      <section aria-labelledby="group-plans-heading" className="panel">
        <h2 id="group-plans-heading">{t('followUp.plans')}</h2>
        <AsyncContent state={plans}>
          {(list) => {
            const own = list.items.filter((p) => p.group_id === group.id);
            return own.length === 0 ? (
              <p>{t('followUp.noPlans')}</p>
            ) : (
              <DataTable label={t('followUp.plansOf', { name: group.name })} headers={[t('followUp.planTitle'), t('followUp.planActions')]}>
                {own.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/action-plans/${p.id}`}>{p.title}</Link>
                    </td>
                    <td>{number(p.action_count)}</td>
                  </tr>
                ))}
              </DataTable>
            );
          }}
        </AsyncContent>
        {makesPlans && (
          <>
            <h3 id="group-new-plan-heading">{t('followUp.newPlan')}</h3>
            {role === 'maybe' && <p className="hint">{t('followUp.newPlanMaybe')}</p>}
            <NewPlanForm group={group} />
          </>
        )}
      </section>
      <section aria-labelledby="group-actions-heading" className="panel">
        <h2 id="group-actions-heading">{t('followUp.actions')}</h2>
        <AsyncContent state={actions}>
          {(list) => (
            <>
              <Status>{t('actions.count', { count: number(list.total) })}</Status>
              {list.items.length === 0 ? (
                <p>{t('followUp.noActions')}</p>
              ) : (
                <ActionsTable label={t('followUp.actionsOf', { name: group.name })} items={list.items} movable={mayUpdate.may} onMoved={moved} onReload={actions.reload} />
              )}
            </>
          )}
        </AsyncContent>
      </section>
    </>
  );
}
