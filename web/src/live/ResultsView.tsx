// An activity's results as the reader may see them, in tables whose bars only repeat the
// numbers written beside them (so no result is told by colour or length alone): a poll's
// options, a ranking's points, the words, the ideas' upvotes, the dots, how each statement
// divided the room. What is held back says why, in a plain sentence.
import { useI18n } from '../i18n/i18n';
import { inputRows, percent, pollRows, reticence, statementRows, type BarRow } from './results';
import type { ActivityState } from './types';

// Why there is no breakdown, in a sentence (nothing when there is one).
export function ReticenceNote({ activity }: { activity: ActivityState }) {
  const { t } = useI18n();
  const why = reticence(activity.results);
  if (!why) return null;
  const text = why === 'held' ? t('live.results.held') : why === 'fewer_than_3' ? t('live.results.fewerThanThree') : t('live.results.livedExperience');
  return <p className="live-note">{text}</p>;
}

// "N answered", when the reader may know it.
export function Respondents({ activity }: { activity: ActivityState }) {
  const { t, number } = useI18n();
  const n = activity.results.respondents;
  if (n === undefined || activity.kind === 'timer') return null;
  return <p className="live-respondents">{t('live.results.respondents', { count: number(n) })}</p>;
}

export function BarTable({ caption, head, rows, total, unit }: { caption: string; head: string; rows: BarRow[]; total?: number; unit: string }) {
  const { t, number } = useI18n();
  const notes = rows.some((r) => r.note);
  return (
    <table className="live-bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{unit}</th>
          {notes && <th scope="col">{t('live.results.meanRankHead')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="live-bar-label">
              {r.label}
            </th>
            <td className="live-bar-cell">
              <span className="live-bar-number">
                {number(r.value)}
                {total !== undefined && total > 0 && <span className="muted"> ({percent(r.value, total)} %)</span>}
              </span>
              <span className="live-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(r.scale * 100)}%` }} />
              </span>
            </td>
            {notes && <td>{r.note ?? '–'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WordList({ activity }: { activity: ActivityState }) {
  const { t, number } = useI18n();
  const words = activity.results.words ?? [];
  if (reticence(activity.results)) return null;
  if (words.length === 0) return <p>{t('live.results.noWords')}</p>;
  const max = Math.max(...words.map((w) => w.count));
  return (
    <ul className="live-words" aria-label={t('live.results.wordsLabel')}>
      {words.map((w) => (
        // Larger type for a more frequent word; the count is written beside it.
        <li key={w.word} style={{ fontSize: `${1 + (w.count / max) * 0.9}em` }}>
          {w.word} <span className="live-word-count">({number(w.count)})</span>
        </li>
      ))}
    </ul>
  );
}

export function StatementTable({ activity }: { activity: ActivityState }) {
  const { t, number } = useI18n();
  const rows = statementRows(activity);
  if (rows.length === 0) return <p>{t('live.statements.none')}</p>;
  return (
    <table className="live-statements">
      <caption>{t('live.results.statementsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('live.statements.statement')}</th>
          <th scope="col">{t('live.vote.agree')}</th>
          <th scope="col">{t('live.vote.disagree')}</th>
          <th scope="col">{t('live.vote.pass')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.text}</th>
            {r.agree === null ? (
              <td colSpan={3}>{t('live.results.statementWithheld', { count: number(r.voters) })}</td>
            ) : (
              <>
                <td>{number(r.agree)}</td>
                <td>{number(r.disagree ?? 0)}</td>
                <td>{number(r.pass ?? 0)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The results of any activity (none for a timer).
export function ActivityResults({ activity }: { activity: ActivityState }) {
  const { t, number } = useI18n();
  const scaleLabel = (v: number) => (v === 1 ? t('live.scale.lowest') : v === 5 ? t('live.scale.highest') : String(v));
  const meanRank = (m: number) => t('live.results.meanRank', { mean: number(m) });
  const respondents = activity.results.respondents;
  let body = null;
  if (activity.kind === 'poll') {
    body =
      activity.poll_type === 'words' ? (
        <WordList activity={activity} />
      ) : (
        (() => {
          const rows = pollRows(activity, scaleLabel, meanRank);
          if (rows.length === 0) return null;
          const ranking = activity.poll_type === 'ranking';
          return (
            <BarTable
              caption={t(ranking ? 'live.results.rankingCaption' : 'live.results.pollCaption', { title: activity.title })}
              head={t('live.results.option')}
              unit={t(ranking ? 'live.results.points' : 'live.results.answers')}
              rows={rows}
              total={ranking || activity.poll_type === 'multiple' ? undefined : respondents}
            />
          );
        })()
      );
  } else if (activity.kind === 'ideas' || activity.kind === 'dots') {
    const rows = inputRows(activity);
    if (!reticence(activity.results))
      body =
        rows.length === 0 ? (
          <p>{t(activity.kind === 'ideas' ? 'live.ideas.none' : 'live.dots.none')}</p>
        ) : (
          <BarTable
            caption={t(activity.kind === 'ideas' ? 'live.results.ideasCaption' : 'live.results.dotsCaption', { title: activity.title })}
            head={t(activity.kind === 'ideas' ? 'live.ideas.idea' : 'live.dots.item')}
            unit={t(activity.kind === 'ideas' ? 'live.results.upvotes' : 'live.results.dots')}
            rows={rows}
          />
        );
  } else if (activity.kind === 'statements') {
    if (!reticence(activity.results)) body = <StatementTable activity={activity} />;
  }
  if (activity.kind === 'timer') return null;
  return (
    <div className="live-results">
      <Respondents activity={activity} />
      <ReticenceNote activity={activity} />
      {body}
    </div>
  );
}
