// How the network grew, month by month, as two lines: the ties, and the largest group of
// stakeholders all reachable from one another (the largest component). One image for screen
// readers, named and described in a sentence with the first and latest values; the table
// beside it holds every point.
import { ChartFrame, LegendItem, TimeAxes, type Plot } from '../app/chart';
import { useI18n } from '../i18n/i18n';
import type { TrendPoint } from './types';

const width = 480;
const height = 220;
const plot: Plot = { left: 48, top: 16, width: 480 - 48 - 16, height: 220 - 16 - 40, chartHeight: height };

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
  const summary = useTrendsSummary();
  const high = Math.max(1, ...points.flatMap((p) => [p.edges, p.largest_component]));
  const x = (i: number) => (points.length < 2 ? plot.left + plot.width / 2 : plot.left + (i / (points.length - 1)) * plot.width);
  const y = (v: number) => plot.top + plot.height - (v / high) * plot.height;
  const line = (value: (p: TrendPoint) => number) => points.map((p, i) => `${x(i)},${y(value(p))}`).join(' ');
  const legend = (
    <>
      <LegendItem mark={<><line className="trend-edges" x1="2" x2="26" y1="7" y2="7" /><circle className="trend-point" cx="14" cy="7" r="3.5" /></>}>{t('network.summary.edges')}</LegendItem>
      <LegendItem mark={<><line className="trend-largest" x1="2" x2="26" y1="7" y2="7" /><rect className="trend-point-largest" x="11" y="4" width="6" height="6" /></>}>{t('network.summary.largest')}</LegendItem>
    </>
  );
  return (
    <ChartFrame title={t('network.chartTitle')} description={summary(points)} width={width} height={height} className="trends-chart" legend={legend}>
      <TimeAxes plot={plot} high={number(high)} low="0" first={points[0]?.as_of} last={points[points.length - 1]?.as_of} />
      {points.length > 1 && <polyline className="trend-edges" points={line((p) => p.edges)} />}
      {points.length > 1 && <polyline className="trend-largest" points={line((p) => p.largest_component)} />}
      {points.map((p, i) => (
        <g key={p.as_of}>
          <circle className="trend-point" cx={x(i)} cy={y(p.edges)} r={3.5} />
          <rect className="trend-point-largest" x={x(i) - 3} y={y(p.largest_component) - 3} width={6} height={6} />
        </g>
      ))}
    </ChartFrame>
  );
}
