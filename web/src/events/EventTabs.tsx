// The pages of one event: its design, the selection of whom to invite, the invitations, the
// check-in on the day, what it produced, what participants said before and after it, and its
// report (a page of the reports capability). The current one is marked for screen readers
// (aria-current).
import { Link, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';

export function EventTabs({ id }: { id: number }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const tabs = [
    { to: `/events/${id}`, label: t('eventTabs.design'), also: `/events/${id}/edit` },
    { to: `/events/${id}/selection`, label: t('eventTabs.selection') },
    { to: `/events/${id}/invitations`, label: t('eventTabs.invitations') },
    ...(session.can('plan_events') ? [{ to: `/events/${id}/check-in`, label: t('eventTabs.checkIn') }] : []),
    { to: `/events/${id}/outcomes`, label: t('eventTabs.outcomes') },
    { to: `/events/${id}/evaluation`, label: t('eventTabs.evaluation') },
    { to: `/events/${id}/report`, label: t('eventTabs.report') },
  ];
  return (
    <nav aria-label={t('eventTabs.label')} className="event-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} aria-current={location.path === tab.to || ('also' in tab && location.path === tab.also) ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
