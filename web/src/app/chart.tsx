// What samla's charts share: one image for screen readers, named by its title and described in
// a sentence (the tables beside each chart hold every value); a legend in words with a small
// drawing of each mark; and, for charts over time, the axes with the highest and lowest value
// and the first and last date.
import { useId, type ReactNode } from 'react';

export function ChartFrame({ title, description, width, height, className, legend, children }: { title: string; description: string; width: number; height: number; className?: string; legend: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <figcaption>
        <ul className="chart-legend">{legend}</ul>
      </figcaption>
    </figure>
  );
}

// One entry of the legend: the mark as drawn (hidden from screen readers), then its words.
export function LegendItem({ width = 28, height = 14, mark, children }: { width?: number; height?: number; mark: ReactNode; children: ReactNode }) {
  return (
    <li>
      <svg width={width} height={height} aria-hidden="true" focusable="false">
        {mark}
      </svg>
      {children}
    </li>
  );
}

export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
  // The whole chart's height: the dates sit below the plot.
  chartHeight: number;
}

// The two axes, the highest and lowest value beside the vertical one, and the first and last
// date (the last only when it differs) below the horizontal one.
export function TimeAxes({ plot, high, low, first, last }: { plot: Plot; high: string; low: string; first?: string; last?: string }) {
  const { left, top, width, height, chartHeight } = plot;
  return (
    <>
      <line className="chart-axis" x1={left} x2={left} y1={top} y2={top + height} />
      <line className="chart-axis" x1={left} x2={left + width} y1={top + height} y2={top + height} />
      <text x={left - 6} y={top + 4} textAnchor="end">
        {high}
      </text>
      <text x={left - 6} y={top + height} textAnchor="end">
        {low}
      </text>
      {first !== undefined && (
        <text x={left} y={chartHeight - 14} textAnchor="start">
          {first}
        </text>
      )}
      {last !== undefined && last !== first && (
        <text x={left + width} y={chartHeight - 14} textAnchor="end">
          {last}
        </text>
      )}
    </>
  );
}
