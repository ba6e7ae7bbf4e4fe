// How the network grew, month by month, as two lines: the ties, and the largest group of
// stakeholders all reachable from one another (the largest component). One image for screen
// readers, named and described in a sentence with the first and latest values; the table
// beside it holds every point.
import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import type { TrendPoint } from './types';

const width = 480;
const height = 220;
const left = 48;
const right = 16;
const top = 16;
const bottom = 40;
const plotWidth = width - left - right;
const plotHeight = height - top - bottom;

export function useTrendsSummary() {
  const { t, number } = useI18n();
  return (points: TrendPoint[]): string => {
    if (points.length === 0) return t('network.chartNone');
    const first = points[0];
    const last = points[points.length - 1];
    return t('network.chartSummary', {
      from: first.as_of,
      to: last.as_of,
      edgesFirst: number(first.edges),
      edgesLast: number(last.edges),
      largestFirst: number(first.largest_component),
      largestLast: number(last.largest_component),
    });
  };
}

export function TrendsChart({ points }: { points: TrendPoint[] }) {
  const { t, number } = useI18n();
  const id = useId();
  const summary = useTrendsSummary();
  const high = Math.max(1, ...points.flatMap((p) => [p.edges, p.largest_component]));
  const x = (i: number) => (points.length < 2 ? left + plotWidth / 2 : left + (i / (points.length - 1)) * plotWidth);
  const y = (v: number) => top + plotHeight - (v / high) * plotHeight;
  const line = (value: (p: TrendPoint) => number) => points.map((p, i) => `${x(i)},${y(value(p))}`).join(' ');
  return (
    <figure className="chart trends-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{t('network.chartTitle')}</title>
        <desc id={`${id}-desc`}>{summary(points)}</desc>
        <line className="chart-axis" x1={left} x2={left} y1={top} y2={top + plotHeight} />
        <line className="chart-axis" x1={left} x2={left + plotWidth} y1={top + plotHeight} y2={top + plotHeight} />
        <text x={left - 6} y={top + 4} textAnchor="end">
          {number(high)}
        </text>
        <text x={left - 6} y={top + plotHeight} textAnchor="end">
          0
        </text>
        {points.length > 1 && <polyline className="trend-edges" points={line((p) => p.edges)} />}
        {points.length > 1 && <polyline className="trend-largest" points={line((p) => p.largest_component)} />}
        {points.map((p, i) => (
          <g key={p.as_of}>
            <circle className="trend-point" cx={x(i)} cy={y(p.edges)} r={3.5} />
            <rect className="trend-point-largest" x={x(i) - 3} y={y(p.largest_component) - 3} width={6} height={6} />
          </g>
        ))}
        {points.length > 0 && (
          <>
            <text x={left} y={height - 14} textAnchor="start">
              {points[0].as_of}
            </text>
            {points.length > 1 && (
              <text x={left + plotWidth} y={height - 14} textAnchor="end">
                {points[points.length - 1].as_of}
              </text>
            )}
          </>
        )}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <svg width="28" height="14" aria-hidden="true" focusable="false">
              <line className="trend-edges" x1="2" x2="26" y1="7" y2="7" />
              <circle className="trend-point" cx="14" cy="7" r="3.5" />
            </svg>
            {t('network.summary.edges')}
          </li>
          <li>
            <svg width="28" height="14" aria-hidden="true" focusable="false">
              <line className="trend-largest" x1="2" x2="26" y1="7" y2="7" />
              <rect className="trend-point-largest" x="11" y="4" width="6" height="6" />
            </svg>
            {t('network.summary.largest')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
