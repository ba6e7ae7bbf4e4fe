// Figures over quarters as groups of bars, one group per quarter and one bar per series, each
// bar with its value written above it and each series drawn differently (filled, outlined,
// hatched), so nothing rests on colour. One image for screen readers, named by its title and
// described in a sentence per series (first and latest quarter); the table beside it holds
// every value.
import { useId } from 'react';
import { ChartFrame, LegendItem } from '../app/chart';

export interface Series {
  label: string;
  values: (number | null)[];  // one per quarter; null: nothing to show
}

const height = 220;
const left = 12;
const top = 22;
const bottom = 40;
const plotHeight = height - top - bottom;
const styles = ['bar-filled', 'bar-outlined', 'bar-hatched', 'bar-dotted', 'bar-light'];

export function QuarterBars({ title, description, quarters, series, format }: { title: string; description: string; quarters: string[]; series: Series[]; format: (v: number) => string }) {
  const bar = 22;
  const gap = 18;
  const groupWidth = series.length * bar + gap;
  const width = Math.max(320, left * 2 + quarters.length * groupWidth);
  // The hatching's id, unique on a page with several charts.
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const fill = (i: number) => (styles[i % styles.length] === 'bar-hatched' ? `url(#${hatch})` : undefined);
  const high = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const legend = series.map((s, i) => (
    <LegendItem key={s.label} width={16} height={14} mark={<rect className={styles[i % styles.length]} fill={fill(i)} x="1" y="1" width="14" height="12" />}>
      {s.label}
    </LegendItem>
  ));
  return (
    <ChartFrame title={title} description={description} width={width} height={height} className="quarter-bars" legend={legend}>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="bar-hatch-line" />
        </pattern>
      </defs>
      <line className="chart-axis" x1={left} x2={width - left} y1={top + plotHeight} y2={top + plotHeight} />
      {quarters.map((q, qi) => {
        const x0 = left + qi * groupWidth + gap / 2;
        return (
          <g key={q}>
            {series.map((s, si) => {
              const v = s.values[qi];
              if (v === null || v === undefined) return null;
              const h = (v / high) * plotHeight;
              const x = x0 + si * bar;
              return (
                <g key={s.label}>
                  <rect className={styles[si % styles.length]} fill={fill(si)} x={x + 2} y={top + plotHeight - h} width={bar - 4} height={Math.max(h, 1)} />
                  <text x={x + bar / 2} y={top + plotHeight - h - 4} textAnchor="middle" className="bar-value">
                    {format(v)}
                  </text>
                </g>
              );
            })}
            <text x={x0 + (series.length * bar) / 2} y={height - 14} textAnchor="middle">
              {q}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
