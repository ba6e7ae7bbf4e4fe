// The closed vocabularies of follow-up groups, as message keys: kinds, members' roles and the
// deliverables' statuses; and when a membership counts as past.
import type { MessageKey } from '../i18n/i18n';
import type { DeliverableStatus, GroupKind, Member, MemberRole } from './types';

export const groupKinds: GroupKind[] = ['working_group', 'task_force', 'research_project', 'advocacy_campaign', 'policy_initiative'];
export const kindKeys: Record<GroupKind, MessageKey> = {
  working_group: 'followUp.kindWorkingGroup',
  task_force: 'followUp.kindTaskForce',
  research_project: 'followUp.kindResearchProject',
  advocacy_campaign: 'followUp.kindAdvocacyCampaign',
  policy_initiative: 'followUp.kindPolicyInitiative',
};

export const memberRoles: MemberRole[] = ['chair', 'member', 'secretariat'];
export const roleKeys: Record<MemberRole, MessageKey> = {
  chair: 'followUp.roleChair',
  member: 'followUp.roleMember',
  secretariat: 'followUp.roleSecretariat',
};

export const deliverableStatuses: DeliverableStatus[] = ['planned', 'in_progress', 'delivered', 'dropped'];
export const deliverableKeys: Record<DeliverableStatus, MessageKey> = {
  planned: 'followUp.deliverablePlanned',
  in_progress: 'followUp.deliverableInProgress',
  delivered: 'followUp.deliverableDelivered',
  dropped: 'followUp.deliverableDropped',
};

// Today as YYYY-MM-DD in UTC, as the server counts days.
export const today = () => new Date().toISOString().slice(0, 10);

// A membership that ended before today; one that ends today still counts.
export const isFormer = (m: Pick<Member, 'to_date'>, day = today()) => !!m.to_date && m.to_date < day;
