// Everything about one action as a list of terms: status and progress, its plan, who answers
// for it and who carries it out, is consulted or informed (RACI), dates, themes, what it waits
// for (each a link), the description, and when it was last updated and made.
import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { useAsync } from '../app/useAsync';
import { useVocabulary } from '../app/vocabulary';
import { useI18n } from '../i18n/i18n';
import { PartyList, PartyName, ProgressMeter, StatusName } from './ActionBits';
import { getAction, getPlan } from './actionsApi';
import { useActionFormat } from './format';
import type { Action } from './types';

// The titles of the actions this one waits for; a reader who may not open one sees its number.
function useDependencies(ids: number[]) {
  return useAsync(
    () => Promise.all(ids.map((id) => getAction(id).then((a) => ({ id, title: a.title as string | null }), () => ({ id, title: null })))),
    [ids.join(',')],
  );
}

export function ActionDetails({ action: a }: { action: Action }) {
  const { t, lang, dateTime } = useI18n();
  const f = useActionFormat();
  const session = useSession();
  const reads = session.can('read_register');
  const plan = useAsync(() => (reads ? getPlan(a.plan_id) : Promise.resolve(null)), [a.plan_id, reads]);
  const vocabulary = useVocabulary(lang);
  const dependencies = useDependencies(a.depends_on);
  const themeName = (slug: string) => vocabulary.data?.themeName(slug) ?? slug;
  const row = (term: string, value: ReactNode) => (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="details">
      {row(t('actions.status'), <StatusName status={a.status} />)}
      {a.status === 'dropped' && a.dropped_reason && row(t('actions.droppedBecause'), a.dropped_reason)}
      {row(t('actions.progress'), <ProgressMeter value={a.progress} />)}
      {row(t('actions.plan'), reads ? <Link to={`/action-plans/${a.plan_id}`}>{plan.data?.title ?? t('actions.planNumber', { id: a.plan_id })}</Link> : plan.data?.title ?? t('actions.planNumber', { id: a.plan_id }))}
      {row(t('actions.accountable'), <PartyName party={a.accountable} />)}
      {row(t('actions.responsible'), <PartyList parties={a.responsible} />)}
      {row(t('actions.consulted'), <PartyList parties={a.consulted} />)}
      {row(t('actions.informed'), <PartyList parties={a.informed} />)}
      {row(t('actions.startDate'), a.start_date ? f.day(a.start_date) : '–')}
      {row(t('actions.dueDate'), a.due_date ? f.day(a.due_date) : '–')}
      {row(t('actions.themes'), a.themes.length > 0 ? a.themes.map(themeName).join(', ') : t('common.none'))}
      {row(
        t('actions.dependsOn'),
        a.depends_on.length === 0 ? (
          t('common.none')
        ) : (
          <ul className="party-list">
            {a.depends_on.map((id) => {
              const title = dependencies.data?.find((d) => d.id === id)?.title;
              return (
                <li key={id}>
                  <Link to={`/actions/${id}`}>{title ?? t('actions.actionNumber', { id })}</Link>
                </li>
              );
            })}
          </ul>
        ),
      )}
      {row(t('actions.description'), a.description || '–')}
      {row(t('actions.lastUpdate'), dateTime(a.last_update_at))}
      {row(t('actions.created'), t('actions.byWhen', { who: a.created_by, when: dateTime(a.created_at) }))}
    </dl>
  );
}
