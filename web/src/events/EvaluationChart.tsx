// The answers to one statement before and after, as bars for 1 to 5: before outlined, after
// filled, so the two differ by more than colour. One image for screen readers, named by its
// title and described in words with every count; the table beside it holds the same figures.
import { ChartFrame, LegendItem } from '../app/chart';
import type { EvaluationSummary } from '../app/schema';
import { useI18n } from '../i18n/i18n';
import { ratingSteps } from './evaluationFields';

const width = 320;
const height = 170;
const left = 10;
const top = 18;
const plotHeight = 112;
const groupWidth = (width - left * 2) / ratingSteps.length;
const bar = 22;

export function EvaluationChart({ title, before, after }: { title: string; before: EvaluationSummary; after: EvaluationSummary }) {
  const { t, number } = useI18n();
  const most = Math.max(1, ...before.distribution, ...after.distribution);
  const phase = (label: string, s: EvaluationSummary) =>
    t('evaluation.chartPhase', {
      phase: label,
      count: number(s.n),
      counts: ratingSteps.map((step, i) => t('evaluation.chartCount', { count: number(s.distribution[i] ?? 0), step })).join(', '),
    });
  const description = `${phase(t('evaluation.before'), before)} ${phase(t('evaluation.after'), after)}`;
  const bars = (s: EvaluationSummary, which: 'before' | 'after') =>
    ratingSteps.map((step, i) => {
      const count = s.distribution[i] ?? 0;
      const h = (count / most) * plotHeight;
      const x = left + i * groupWidth + groupWidth / 2 + (which === 'before' ? -bar - 1 : 1);
      const y = top + plotHeight - h;
      return (
        <g key={`${which}-${step}`}>
          {count > 0 && <rect className={`chart-${which}`} x={x} y={y} width={bar} height={h} />}
          <text x={x + bar / 2} y={y - 4} textAnchor="middle" className="chart-count">
            {number(count)}
          </text>
        </g>
      );
    });
  const legend = (
    <>
      <LegendItem width={18} height={18} mark={<rect className="chart-before" x="1" y="1" width="16" height="16" />}>
        {t('evaluation.before')}
      </LegendItem>
      <LegendItem width={18} height={18} mark={<rect className="chart-after" x="1" y="1" width="16" height="16" />}>
        {t('evaluation.after')}
      </LegendItem>
      <li>{t('evaluation.scaleEnds')}</li>
    </>
  );
  return (
    <ChartFrame title={title} description={description} width={width} height={height} legend={legend}>
      <line className="chart-axis" x1={left} x2={width - left} y1={top + plotHeight} y2={top + plotHeight} />
      {bars(before, 'before')}
      {bars(after, 'after')}
      {ratingSteps.map((step, i) => (
        <text key={step} x={left + i * groupWidth + groupWidth / 2} y={top + plotHeight + 20} textAnchor="middle" className="chart-step">
          {step}
        </text>
      ))}
    </ChartFrame>
  );
}
