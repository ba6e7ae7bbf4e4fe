// The graph's legend: each category's colour and shape with its name and size, and what the
// two kinds of line mean. The shapes are drawn like the analysis grid's markers.
import { useId } from 'react';
import { shapePath } from '../app/shapes';
import { useI18n, type MessageKey } from '../i18n/i18n';
import type { Vocabulary } from '../app/vocabulary';
import type { ColourBy, SizeBy } from './filters';
import { useCategoryName } from './format';
import type { Category, Shape } from './palette';

const svgShape: Record<Shape, Parameters<typeof shapePath>[0]> = {
  ellipse: 'circle',
  rectangle: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
  pentagon: 'pentagon',
  star: 'star',
  hexagon: 'hexagon',
};

export function NetworkLegend({ by, size, categories, vocabulary }: { by: ColourBy; size: SizeBy; categories: Category[]; vocabulary: Vocabulary | undefined }) {
  const { t, number } = useI18n();
  const name = useCategoryName(by, vocabulary);
  const id = useId();
  return (
    <div className="grid-legend network-legend">
      <h3 id={id}>{t(`network.legend.${by}` as MessageKey)}</h3>
      <ul aria-labelledby={id} data-testid="network-legend">
        {categories.map((c) => (
          <li key={c.key}>
            <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
              <path d={shapePath(svgShape[c.shape], 14)} fill={c.colour} stroke="#1b1f24" strokeWidth={1.5} />
            </svg>
            <span>
              {name(c.key)} <span className="muted">({number(c.count)})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('network.legendSize', { metric: t(`network.metric.${size}` as MessageKey) })}</p>
      <ul className="network-lines">
        <li>
          <svg width="36" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="36" y2="5" stroke="#1b1f24" strokeWidth="3" />
          </svg>
          {t('network.legendReported')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="36" y2="5" stroke="#1b1f24" strokeWidth="2" strokeDasharray="5 4" />
          </svg>
          {t('network.legendCoParticipation')}
        </li>
      </ul>
    </div>
  );
}
