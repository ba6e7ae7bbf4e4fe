// The action plans endpoints, one function each. Paths go through schema.ts's path(), so a
// route the server no longer describes fails the build. Writes to a record send its version as
// If-Match: a stale write gets 412 ("someone else changed this") instead of overwriting.
// Status and progress change only through an update (POST …/updates), never through PUT.
import { api, queryString, type Query } from '../app/api';
import { path } from '../app/schema';
import type {
  Action,
  ActionInput,
  ActionList,
  ActionPage,
  ActionPlan,
  ActionPlanInput,
  ActionPlanList,
  ActionSettings,
  ActionUpdateInput,
  ActionUpdateList,
  FollowUpGroupList,
} from './types';

const planPath = (id: number) => path('/api/v1/action-plans/{id}', { id });
const actionPath = (id: number) => path('/api/v1/actions/{id}', { id });

export const getPlans = (programmeId?: number) => api.get<ActionPlanList>(path('/api/v1/action-plans'), { programme_id: programmeId });
export const getPlan = (id: number) => api.get<ActionPlan>(planPath(id));
export const postPlan = (input: ActionPlanInput) => api.post<ActionPlan>(path('/api/v1/action-plans'), input);
export const putPlan = (plan: ActionPlan, input: ActionPlanInput) => api.put<ActionPlan>(planPath(plan.id), input, plan.version);
export const deletePlan = (plan: ActionPlan) => api.del(planPath(plan.id), plan.version);

// The board: the actions the filters let through; with `limit` one page of them, the next
// page asked for with the answer's `next` as `cursor`.
export const getActions = (filters: Query = {}) => api.get<ActionPage>(path('/api/v1/actions'), filters);
export const getAction = (id: number) => api.get<Action>(actionPath(id));
export const postAction = (input: ActionInput) => api.post<Action>(path('/api/v1/actions'), input);
export const putAction = (id: number, input: ActionInput, version: number) => api.put<Action>(actionPath(id), input, version);
export const deleteAction = (action: Action) => api.del(actionPath(action.id), action.version);

export const getUpdates = (id: number) => api.get<ActionUpdateList>(path('/api/v1/actions/{id}/updates', { id }));
// A new status and/or progress, with a note; answers the action as it now is.
export const postUpdate = (action: Pick<Action, 'id' | 'version'>, update: ActionUpdateInput) =>
  api.post<Action>(path('/api/v1/actions/{id}/updates', { id: action.id }), update, { version: action.version });

// "My work": the open actions of the person the caller's account stands for.
export const getMyActions = () => api.get<ActionList>(path('/api/v1/my/actions'));

// The follow-up groups, for their names on the plans and the board's filter.
export const getGroupList = () => api.get<FollowUpGroupList>(path('/api/v1/groups'));

// The board as a file (format csv or xlsx) with the board's filters: a plain link's address.
export const actionsExportUrl = (filters: Query, format: 'csv' | 'xlsx') => path('/api/v1/actions/export') + queryString({ ...filters, format });

// A programme's settings (none: the default programme's); version 0 while it follows the default.
export const getSettings = (programmeId?: number) => api.get<ActionSettings>(path('/api/v1/action-settings'), { programme_id: programmeId });
export const putSettings = (current: ActionSettings, stalledAfterDays: number) =>
  api.put<ActionSettings>(path('/api/v1/action-settings') + queryString({ programme_id: current.programme_id }), { stalled_after_days: stalledAfterDays }, current.version);
