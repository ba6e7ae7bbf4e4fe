// What a plan belongs to, in words: the theme's name, the event (a link) or the follow-up group
// (a link, by its name once the groups have come).
import { Link } from '../app/router';
import { useVocabulary } from '../app/vocabulary';
import type { Event } from '../events/types';
import { useI18n } from '../i18n/i18n';
import type { ActionPlan, FollowUpGroup } from './types';

export function PlanOwner({ plan, events, groups }: { plan: ActionPlan; events: Event[] | undefined; groups: Pick<FollowUpGroup, 'id' | 'name'>[] | undefined }) {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  if (plan.theme) return <>{t('actionPlans.ofTheme', { theme: vocabulary.data?.themeName(plan.theme) ?? plan.theme })}</>;
  if (plan.event_id) {
    const event = events?.find((e) => e.id === plan.event_id);
    return (
      <>
        {t('actionPlans.ofEvent')} <Link to={`/events/${plan.event_id}`}>{event?.title ?? t('actionPlans.eventNumber', { id: plan.event_id })}</Link>
      </>
    );
  }
  if (plan.group_id) {
    const group = groups?.find((g) => g.id === plan.group_id);
    return (
      <>
        {t('actionPlans.ofGroup')} <Link to={`/groups/${plan.group_id}`}>{group?.name ?? t('actionPlans.groupNumber', { id: plan.group_id })}</Link>
      </>
    );
  }
  return <>–</>;
}
