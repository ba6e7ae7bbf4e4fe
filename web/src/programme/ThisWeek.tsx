// What needs the coordinator now, on the programme's home: milestones due in the next seven
// days (or late and not done), the programme's overdue actions, and its events in the next
// fourteen days. Read from the existing lists; the actions belong to the programme through
// their plans.
import { PartyName } from '../actions/ActionBits';
import { getActions, getPlans } from '../actions/actionsApi';
import { useActionFormat } from '../actions/format';
import { Link } from '../app/router';
import { ErrorAlert, Loading } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { getEvents } from '../events/eventsApi';
import { useI18n } from '../i18n/i18n';
import type { Phase, Programme } from './types';

// YYYY-MM-DD `days` from today, in the browser's calendar.
export function dayFromToday(days: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function ThisWeek({ programme, phases }: { programme: Programme; phases: Phase[] }) {
  const { t, lang } = useI18n();
  const f = useActionFormat();
  const data = useAsync(() => Promise.all([getEvents(programme.id), getPlans(programme.id), getActions({ overdue: true, limit: 200 })]), [programme.id]);
  const today = dayFromToday(0);
  const week = dayFromToday(7);
  const fortnight = dayFromToday(14);
  const milestones = phases.flatMap((p) =>
    p.milestones.filter((m) => !m.done && m.due_date && m.due_date <= week).map((m) => ({ ...m, phase: lang === 'sv' ? p.name_sv : p.name_en })),
  );
  let body;
  if (!data.data) body = data.error !== undefined ? <ErrorAlert error={data.error} /> : <Loading />;
  else {
    const [events, plans, overdue] = data.data;
    const planIds = new Set(plans.items.filter((p) => p.programme_id === programme.id).map((p) => p.id));
    const late = overdue.items.filter((a) => planIds.has(a.plan_id));
    const coming = events.items
      .filter((e) => e.programme_id === programme.id && e.starts_at.slice(0, 10) >= today && e.starts_at.slice(0, 10) <= fortnight && e.status !== 'closed')
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at));
    body = (
      <>
        <h3>{t('programme.dueMilestones')}</h3>
        {milestones.length === 0 ? (
          <p>{t('programme.noDueMilestones')}</p>
        ) : (
          <ul>
            {milestones.map((m) => (
              <li key={`${m.phase}-${m.id}`}>
                {m.title} ({m.phase}, {m.due_date && m.due_date < today ? t('programme.lateSince', { day: f.day(m.due_date) }) : f.day(m.due_date)})
              </li>
            ))}
          </ul>
        )}
        <h3>{t('programme.overdueActions')}</h3>
        {late.length === 0 ? (
          <p>{t('programme.noOverdue')}</p>
        ) : (
          <ul>
            {late.slice(0, 10).map((a) => (
              <li key={a.id}>
                <Link to={`/actions/${a.id}`}>{a.title}</Link> – {t('programme.dueOn', { day: f.day(a.due_date) })}, <PartyName party={a.accountable} />
              </li>
            ))}
            {late.length > 10 && (
              <li>
                <Link to="/actions?overdue=true">{t('programme.moreOverdue', { count: late.length - 10 })}</Link>
              </li>
            )}
          </ul>
        )}
        <h3>{t('programme.upcomingEvents')}</h3>
        {coming.length === 0 ? (
          <p>{t('programme.noUpcoming')}</p>
        ) : (
          <ul>
            {coming.map((e) => (
              <li key={e.id}>
                <Link to={`/events/${e.id}`}>{e.title}</Link> – {f.day(e.starts_at.slice(0, 10))}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="this-week" className="panel">
      <h2 id="this-week">{t('programme.thisWeek')}</h2>
      {body}
    </section>
  );
}
