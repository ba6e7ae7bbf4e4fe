// Opinion groups of a statements activity: a map of the voters (each a mark whose shape, not
// only its colour, says its group, with the group's letter at its middle), the groups' sizes in a
// table, and for each statement how each group voted, whether it is agreed across the room
// (consensus) or divides it. Below six voters or two statements, a sentence says why not yet.
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { groupCentres, groupLetter, placePoints } from './opinionMap';
import type { OpinionGroups } from './types';

const frame = { width: 480, height: 320, pad: 24 };

// A mark per group: circle, square, triangle, diamond, cross.
function Mark({ group, x, y, r = 6 }: { group: number; x: number; y: number; r?: number }) {
  const cls = `live-mark live-mark-${group % 5}`;
  switch (group % 5) {
    case 0:
      return <circle className={cls} cx={x} cy={y} r={r} />;
    case 1:
      return <rect className={cls} x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 2:
      return <polygon className={cls} points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} />;
    case 3:
      return <polygon className={cls} points={`${x},${y - r - 2} ${x + r + 2},${y} ${x},${y + r + 2} ${x - r - 2},${y}`} />;
    default:
      return <path className={cls} d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`} />;
  }
}

export function OpinionMap({ data }: { data: OpinionGroups }) {
  const { t, number } = useI18n();
  const id = useId();
  const points = placePoints(data.points, frame);
  const centres = groupCentres(points);
  const description = t('live.groups.mapDescription', {
    voters: number(data.voters),
    groups: data.groups.map((g) => t('live.groups.groupSize', { group: groupLetter(g.group), count: number(g.size) })).join(', '),
  });
  return (
    <figure className="live-map">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="live-map-svg">
        <title id={`${id}-title`}>{t('live.groups.mapTitle')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect x="0.5" y="0.5" width={frame.width - 1} height={frame.height - 1} className="live-map-frame" />
        {points.map((p, i) => (
          <Mark key={i} group={p.group} x={p.x} y={p.y} />
        ))}
        {[...centres].map(([g, c]) => (
          <text key={g} x={c.x} y={c.y - 12} textAnchor="middle" className="live-map-label">
            {groupLetter(g)}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {data.groups.map((g) => (
            <li key={g.group}>
              <svg width="18" height="18" aria-hidden="true" focusable="false">
                <Mark group={g.group} x={9} y={9} r={5} />
              </svg>
              {t('live.groups.groupSize', { group: groupLetter(g.group), count: number(g.size) })}
            </li>
          ))}
        </ul>
        {data.explained_variance.length === 2 && (
          <p className="muted">
            {t('live.groups.explained', { a: number(Math.round(data.explained_variance[0] * 100)), b: number(Math.round(data.explained_variance[1] * 100)) })}
          </p>
        )}
      </figcaption>
    </figure>
  );
}

// The statements as the groups voted on them; `action` adds a control per statement (the
// console's "Promote").
export function StatementsByGroup({ data, action }: { data: OpinionGroups; action?: (statement: OpinionGroups['per_statement'][number]) => ReactNode }) {
  const { t, number } = useI18n();
  return (
    <table className="live-by-group">
      <caption>{t('live.groups.statementsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('live.statements.statement')}</th>
          <th scope="col">{t('live.groups.verdict')}</th>
          {data.groups.map((g) => (
            <th key={g.group} scope="col">
              {t('live.groups.group', { group: groupLetter(g.group) })}
            </th>
          ))}
          {action && <th scope="col">{t('live.console.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {data.per_statement.map((s) => (
          <tr key={s.input_id}>
            <th scope="row">{s.text}</th>
            <td>{s.consensus ? <strong>{t('live.groups.consensus')}</strong> : s.divisive ? <strong>{t('live.groups.divisive')}</strong> : '–'}</td>
            {data.groups.map((g) => {
              const v = s.groups.find((x) => x.group === g.group);
              return (
                <td key={g.group}>
                  {!v || v.withheld ? t('live.groups.fewVoted') : t('live.groups.votes', { agree: number(v.agree ?? 0), disagree: number(v.disagree ?? 0), pass: number(v.pass ?? 0) })}
                </td>
              );
            })}
            {action && <td>{action(s)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OpinionGroupsView({ data, action }: { data: OpinionGroups; action?: (statement: OpinionGroups['per_statement'][number]) => ReactNode }) {
  const { t, number } = useI18n();
  if (data.withheld || data.k === 0)
    return (
      <p className="live-note">
        {data.withheld === 'no_groups' ? t('live.groups.noGroups') : t('live.groups.tooFew', { voters: number(data.voters), statements: number(data.statements) })}
      </p>
    );
  return (
    <div className="live-groups">
      <OpinionMap data={data} />
      <table className="live-group-sizes">
        <caption>{t('live.groups.sizesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.groups.groupHead')}</th>
            <th scope="col">{t('live.groups.people')}</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{t('live.groups.group', { group: groupLetter(g.group) })}</th>
              <td>{number(g.size)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('live.groups.consensusExplained')}</p>
      <p>{t('live.groups.divisiveExplained')}</p>
      <div className="table-wrap" role="region" aria-label={t('live.groups.statementsCaption')} tabIndex={0}>
        <StatementsByGroup data={data} action={action} />
      </div>
    </div>
  );
}
