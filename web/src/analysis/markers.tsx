// The grid's point markers. Each category (a perspective or a sector) gets its own colour AND
// its own shape, so the grid can be read without telling colours apart; every marker has a
// dark outline, which gives even the light colours 3:1 contrast against the page.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { shapePath, type Shape } from '../app/shapes';
import { perspectives, sectors } from '../app/vocabulary';
import type { StakeholderView } from './types';

export type ColourBy = 'perspective' | 'sector';

// Okabe–Ito colours (told apart with the common colour-vision deficiencies), then grey.
const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000', '#8C8C8C'];
const shapes: Shape[] = ['circle', 'square', 'triangle', 'diamond', 'triangleDown', 'pentagon', 'star', 'hexagon', 'cross'];

export const several = 'several';
export const unspecified = 'unspecified';

// The categories in legend order; the last ones catch stakeholders without (or with several).
export function categories(by: ColourBy): string[] {
  return by === 'sector' ? [...sectors, unspecified] : [...perspectives, several, unspecified];
}

// Which category a stakeholder falls in: a person with several perspectives is "several".
export function categoryOf(view: StakeholderView, by: ColourBy): string {
  if (by === 'sector') return view.sector ?? unspecified;
  if (view.perspectives.length === 0) return unspecified;
  return view.perspectives.length === 1 ? view.perspectives[0] : several;
}

export function useCategoryLabel(by: ColourBy) {
  const { t, label } = useI18n();
  return (category: string) => {
    if (category === several) return t('analysis.severalPerspectives');
    if (category === unspecified) return by === 'sector' ? t('analysis.noSector') : t('analysis.noPerspective');
    return label(by, category);
  };
}

export interface MarkerStyle {
  colour: string;
  shape: Shape;
}

export function markerStyle(by: ColourBy, category: string): MarkerStyle {
  const i = Math.max(0, categories(by).indexOf(category)) % shapes.length;
  return { colour: colours[i], shape: shapes[i] };
}

export function Marker({ style, size, x = 0, y = 0 }: { style: MarkerStyle; size: number; x?: number; y?: number }) {
  return <path className="marker" d={shapePath(style.shape, size)} transform={`translate(${x},${y})`} fill={style.colour} stroke="#1b1f24" strokeWidth={1.5} />;
}

// The legend: each category's marker and name; only categories present on the grid.
export function MarkerLegend({ by, present, children }: { by: ColourBy; present: Set<string>; children?: ReactNode }) {
  const { t } = useI18n();
  const name = useCategoryLabel(by);
  return (
    <div className="grid-legend">
      <h3 id="grid-legend-heading">{by === 'sector' ? t('analysis.legendSector') : t('analysis.legendPerspective')}</h3>
      <ul aria-labelledby="grid-legend-heading">
        {categories(by)
          .filter((c) => present.has(c))
          .map((c) => (
            <li key={c}>
              <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
                <Marker style={markerStyle(by, c)} size={14} />
              </svg>
              {name(c)}
            </li>
          ))}
      </ul>
      {children}
    </div>
  );
}
