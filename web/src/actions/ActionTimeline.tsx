// An action's timeline, oldest first: when, who, what changed (its status, its progress) and
// the note, as a list a screen reader can step through.
import { AsyncContent } from '../app/results';
import type { Async } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { useActionFormat } from './format';
import type { ActionUpdate, ActionUpdateList } from './types';
import { useStatusName } from './updateProblems';

export function ActionTimeline({ state }: { state: Async<ActionUpdateList> }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="timeline-heading" className="panel">
      <h2 id="timeline-heading">{t('actions.timeline')}</h2>
      <AsyncContent state={state}>
        {(list) =>
          list.items.length === 0 ? (
            <p>{t('actions.timelineEmpty')}</p>
          ) : (
            <ol className="timeline">
              {list.items.map((u) => (
                <TimelineEntry key={u.id} update={u} />
              ))}
            </ol>
          )
        }
      </AsyncContent>
    </section>
  );
}

function TimelineEntry({ update: u }: { update: ActionUpdate }) {
  const { t, dateTime } = useI18n();
  const f = useActionFormat();
  const statusName = useStatusName();
  const changes: string[] = [];
  if (u.status_to !== null && u.status_from === null) changes.push(t('actions.timelineCreated', { status: statusName(u.status_to) }));
  else if (u.status_to !== null && u.status_from !== null) changes.push(t('actions.timelineStatus', { from: statusName(u.status_from), to: statusName(u.status_to) }));
  if (u.progress_to !== null && u.progress_from !== null) changes.push(t('actions.timelineProgress', { from: f.percent(u.progress_from), to: f.percent(u.progress_to) }));
  if (changes.length === 0 && u.note) changes.push(t('actions.timelineNote'));
  return (
    <li>
      <p className="timeline-when">
        <strong>
          <time dateTime={u.at}>{dateTime(u.at)}</time>
        </strong>
        {' – '}
        {t('actions.timelineBy', { who: u.by })}
      </p>
      <ul className="timeline-changes">
        {changes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {u.note && <p className="prewrap timeline-note">{u.note}</p>}
    </li>
  );
}
