// Names for the action plans API's wire types. They come from api-schema.ts, generated from the
// server's OpenAPI document (npm run api-types), so a changed endpoint breaks the build
// instead of the page.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Action = Schemas['Action'];
export type ActionInput = Schemas['ActionInput'];
export type ActionList = Schemas['ActionList'];
export type ActionPage = Schemas['ActionPage'];
export type ActionStatus = Action['status'];
export type Party = NonNullable<Action['accountable']>;
export type PartyRef = Action['responsible'][number];
export type Indicator = Action['indicators'][number];
export type Measurement = NonNullable<Indicator['measurements']>[number];
export type Direction = NonNullable<Indicator['direction']>;
export type ActionPlan = Schemas['ActionPlan'];
export type ActionPlanInput = Schemas['ActionPlanInput'];
export type ActionPlanList = Schemas['ActionPlanList'];
export type ActionUpdate = Schemas['ActionUpdate'];
export type ActionUpdateInput = Schemas['ActionUpdateInput'];
export type ActionUpdateList = Schemas['ActionUpdateList'];
export type ActionSettings = Schemas['ActionSettings'];
export type ActionPromotion = Schemas['ActionPromotion'];
export type ActionMail = Schemas['ActionMail'];
export type ActionMailInput = Schemas['ActionMailInput'];
export type Unsubscribed = Schemas['Unsubscribed'];
// The follow-up groups, named on the plans and offered as a filter of the board (the groups
// capability builds on this one, so its types are not imported here).
export type FollowUpGroup = Schemas['Group'];
export type FollowUpGroupList = Schemas['GroupList'];
