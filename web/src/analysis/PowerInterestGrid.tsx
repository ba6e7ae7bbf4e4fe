// The power/interest grid (Mendelow) as SVG: interest across, influence up, the saved
// thresholds as dashed lines, the four quadrants named, one point per stakeholder. Each point
// is a link (reached with Tab, highest priority first) whose name says everything the point
// shows; the table below the grid holds the same data for those who prefer it.
import { useState, type MouseEvent } from 'react';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { useAnalysisFormat } from '../app/format';
import { arrowLine, frame, plot, spread, xOf, yOf } from './gridGeometry';
import { categoryOf, Marker, markerStyle, useCategoryLabel, type ColourBy } from './markers';
import { subjectPath } from './subjects';
import type { StakeholderView } from './types';

// What a point says to a screen reader (and in the read-out under the grid).
export function usePointLabel(by: ColourBy, showMovement: boolean) {
  const { t, label, lang } = useI18n();
  const { decimal } = useAnalysisFormat();
  const category = useCategoryLabel(by);
  return (v: StakeholderView) => {
    const parts = [
      t('analysis.pointLabel', {
        name: v.name,
        influence: decimal(v.mean.influence),
        interest: decimal(v.mean.interest),
        quadrant: label('quadrant', v.quadrant).toLocaleLowerCase(lang),
      }),
      category(categoryOf(v, by)),
      t('analysis.pointPriority', { priority: decimal(v.priority) }) + (v.high_priority ? ` (${t('analysis.highPriority').toLocaleLowerCase(lang)})` : ''),
    ];
    const last = v.movements[v.movements.length - 1];
    if (showMovement && last) parts.push(t('analysis.pointMoved', { influence: decimal(last.from.influence), interest: decimal(last.from.interest) }));
    return parts.join(', ');
  };
}

// Axes, tick numbers and the quadrants' names, which sit outside the plot (above it and
// below the interest numbers) so they never hide a point.
function Axes({ thresholds }: { thresholds: { influence: number; interest: number } }) {
  const { t, label } = useI18n();
  const ticks = [1, 2, 3, 4, 5];
  const split = xOf(thresholds.interest);
  const left = (plot.x0 + split) / 2;
  const right = (split + plot.x1) / 2;
  return (
    <g aria-hidden="true" className="grid-axes">
      <rect x={plot.x0} y={plot.y0} width={plot.x1 - plot.x0} height={plot.y1 - plot.y0} className="grid-plot" />
      {ticks.map((n) => (
        <g key={n}>
          <line x1={xOf(n)} x2={xOf(n)} y1={plot.y0} y2={plot.y1} className="grid-tick-line" />
          <line x1={plot.x0} x2={plot.x1} y1={yOf(n)} y2={yOf(n)} className="grid-tick-line" />
          <text x={xOf(n)} y={plot.y1 + 18} textAnchor="middle">{n}</text>
          <text x={plot.x0 - 10} y={yOf(n) + 5} textAnchor="end">{n}</text>
        </g>
      ))}
      <text x={left} y={plot.y0 - 10} textAnchor="middle" className="grid-quadrant">{label('quadrant', 'keep_satisfied')}</text>
      <text x={right} y={plot.y0 - 10} textAnchor="middle" className="grid-quadrant">{label('quadrant', 'key_player')}</text>
      <text x={left} y={plot.y1 + 40} textAnchor="middle" className="grid-quadrant">{label('quadrant', 'minimal_effort')}</text>
      <text x={right} y={plot.y1 + 40} textAnchor="middle" className="grid-quadrant">{label('quadrant', 'keep_informed')}</text>
      <text x={(plot.x0 + plot.x1) / 2} y={frame.height - 8} textAnchor="middle" className="grid-axis-title">
        {t('analysis.interest')} →
      </text>
      <text transform={`translate(18 ${(plot.y0 + plot.y1) / 2}) rotate(-90)`} textAnchor="middle" className="grid-axis-title">
        {t('analysis.influence')} →
      </text>
    </g>
  );
}

// How many of the highest priorities are named on the grid without pointing at them.
export const namedAlways = 5;
const keyOf = (v: StakeholderView) => `${v.subject_type}-${v.subject_id}`;

export function PowerInterestGrid({ items, thresholds, by, showMovement }: {
  items: StakeholderView[];
  thresholds: { influence: number; interest: number };
  by: ColourBy;
  showMovement: boolean;
}) {
  const { t } = useI18n();
  const pointLabel = usePointLabel(by, showMovement);
  const [pointed, setPointed] = useState<StakeholderView | null>(null);
  const placed = spread(items, (v) => [xOf(v.mean.interest), yOf(v.mean.influence)]);
  // The names of the highest priorities stand on the grid always, the pointed one's too; the
  // rest are read in the line below (and in each point's own name for screen readers).
  const named = new Set([...items].sort((a, b) => b.priority - a.priority).slice(0, namedAlways).map(keyOf));
  if (pointed) named.add(keyOf(pointed));
  const go = (to: string) => (event: MouseEvent<Element>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <div className="grid-figure">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="group" aria-label={t('analysis.gridLabel')} className="grid-svg">
        <defs>
          <marker id="grid-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10Z" fill="#4a5360" />
          </marker>
        </defs>
        <Axes thresholds={thresholds} />
        <g aria-hidden="true">
          <line x1={xOf(thresholds.interest)} x2={xOf(thresholds.interest)} y1={plot.y0} y2={plot.y1} className="grid-threshold" />
          <line x1={plot.x0} x2={plot.x1} y1={yOf(thresholds.influence)} y2={yOf(thresholds.influence)} className="grid-threshold" />
        </g>
        {showMovement && (
          <g aria-hidden="true" className="grid-movements">
            {items.map((v) => {
              const last = v.movements[v.movements.length - 1];
              const line = last && arrowLine(xOf(last.from.interest), yOf(last.from.influence), xOf(last.to.interest), yOf(last.to.influence));
              if (!line) return null;
              return (
                <g key={`${v.subject_type}-${v.subject_id}`}>
                  <circle cx={line.x1} cy={line.y1} r={3} className="grid-previous" />
                  <line {...line} markerEnd="url(#grid-arrow)" />
                </g>
              );
            })}
          </g>
        )}
        <g className="grid-points">
          {placed.map(({ item: v, x, y }) => (
            <a
              key={`${v.subject_type}-${v.subject_id}`}
              href={subjectPath(v)}
              tabIndex={0}
              className="grid-point"
              aria-label={pointLabel(v)}
              onClick={go(subjectPath(v))}
              onFocus={() => setPointed(v)}
              onMouseEnter={() => setPointed(v)}
            >
              <circle cx={x} cy={y} r={15} className="grid-point-ring" />
              <Marker style={markerStyle(by, categoryOf(v, by))} size={v.high_priority ? 16 : 12} x={x} y={y} />
            </a>
          ))}
        </g>
        <g aria-hidden="true" className="grid-names">
          {placed
            .filter(({ item }) => named.has(keyOf(item)))
            .map(({ item: v, x, y }) => (
              <text key={keyOf(v)} x={x + 14} y={y - 12} textAnchor={x > plot.x1 - 120 ? 'end' : 'start'} className="grid-name">
                {v.name}
              </text>
            ))}
        </g>
      </svg>
      <p className="grid-readout">{pointed ? pointLabel(pointed) : t('analysis.gridHint')}</p>
    </div>
  );
}
