// One indicator's measurements as a line over time, with its baseline (dashed) and target
// (dotted) as level lines, each named in words on the chart, so nothing rests on colour. One
// image for screen readers, named by its title and described in a sentence with the first and
// latest values, the baseline, the target and the aim; the table beside it holds every value.
import { ChartFrame, LegendItem, TimeAxes, type Plot } from '../app/chart';
import { useI18n } from '../i18n/i18n';
import { directionKeys } from './actionRules';
import { useActionFormat } from './format';
import type { Indicator, Measurement } from './types';

const width = 360;
const height = 200;
const left = 48;
const right = 16;
const top = 18;
const bottom = 40;
const plotWidth = width - left - right;
const plotHeight = height - top - bottom;
const plot: Plot = { left, top, width: plotWidth, height: plotHeight, chartHeight: height };

const dayNumber = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86400000;

export function sortedMeasurements(indicator: Indicator): Measurement[] {
  return [...(indicator.measurements ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

// The chart's sentence: how many measurements, from when to when, first and latest, baseline,
// target and the aim.
export function useIndicatorSummary() {
  const { t, number } = useI18n();
  const f = useActionFormat();
  return (indicator: Indicator) => {
    const points = sortedMeasurements(indicator);
    const withUnit = (v: number) => (indicator.unit ? `${f.value(v)} ${indicator.unit}` : f.value(v));
    const parts: string[] = [];
    if (points.length === 0) parts.push(t('actions.chartNone'));
    else if (points.length === 1) parts.push(t('actions.chartOne', { date: f.day(points[0].date), value: withUnit(points[0].value) }));
    else {
      const first = points[0];
      const last = points[points.length - 1];
      parts.push(t('actions.chartMany', { count: number(points.length), from: f.day(first.date), to: f.day(last.date), first: withUnit(first.value), last: withUnit(last.value) }));
    }
    if (indicator.baseline !== null && indicator.baseline !== undefined) parts.push(t('actions.chartBaseline', { value: withUnit(indicator.baseline) }));
    if (indicator.target !== null && indicator.target !== undefined) parts.push(t('actions.chartTarget', { value: withUnit(indicator.target) }));
    parts.push(t('actions.chartAim', { aim: t(directionKeys[indicator.direction ?? 'increase']) }));
    return parts.join(' ');
  };
}

export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const f = useActionFormat();
  const summary = useIndicatorSummary();
  const points = sortedMeasurements(indicator);
  const levels = [indicator.baseline, indicator.target].filter((v): v is number => typeof v === 'number');
  const values = [...points.map((p) => p.value), ...levels];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const firstDay = points.length > 0 ? dayNumber(points[0].date) : 0;
  const lastDay = points.length > 0 ? dayNumber(points[points.length - 1].date) : 0;
  const x = (d: string) => (lastDay === firstDay ? left + plotWidth / 2 : left + ((dayNumber(d) - firstDay) / (lastDay - firstDay)) * plotWidth);
  const y = (v: number) => top + plotHeight - ((v - low) / (high - low)) * plotHeight;
  const level = (value: number | null | undefined, kind: 'baseline' | 'target') =>
    typeof value === 'number' && (
      <g key={kind}>
        <line className={`indicator-${kind}`} x1={left} x2={left + plotWidth} y1={y(value)} y2={y(value)} />
        <text x={left + plotWidth} y={y(value) - 4} textAnchor="end" className="indicator-level-label">
          {t(kind === 'baseline' ? 'actions.baselineShort' : 'actions.targetShort', { value: f.value(value) })}
        </text>
      </g>
    );
  const legend = (
    <>
      <LegendItem mark={<><line className="indicator-line" x1="2" x2="26" y1="7" y2="7" /><circle className="indicator-point" cx="14" cy="7" r="4" /></>}>{t('actions.legendMeasured')}</LegendItem>
      {typeof indicator.baseline === 'number' && <LegendItem mark={<line className="indicator-baseline" x1="2" x2="26" y1="7" y2="7" />}>{t('actions.baseline')}</LegendItem>}
      {typeof indicator.target === 'number' && <LegendItem mark={<line className="indicator-target" x1="2" x2="26" y1="7" y2="7" />}>{t('actions.target')}</LegendItem>}
    </>
  );
  return (
    <ChartFrame title={t('actions.chartTitle', { name: indicator.name })} description={summary(indicator)} width={width} height={height} className="indicator-chart" legend={legend}>
      <TimeAxes plot={plot} high={f.value(high)} low={f.value(low)} first={points.length > 0 ? f.day(points[0].date) : undefined} last={points.length > 1 ? f.day(points[points.length - 1].date) : undefined} />
      {level(indicator.baseline, 'baseline')}
      {level(indicator.target, 'target')}
      {points.length > 1 && <polyline className="indicator-line" points={points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} />}
      {points.map((p, i) => (
        <circle key={`${p.date}-${i}`} className="indicator-point" cx={x(p.date)} cy={y(p.value)} r={4.5} />
      ))}
    </ChartFrame>
  );
}
