// Coverage gaps in plain words, grouped by country (or country group) so a long list stays
// readable; a long list starts folded, with its count in the summary.
import { useI18n } from '../i18n/i18n';
import type { CoverageGap } from './types';

const foldAbove = 12;

export function GapList({ heading, gaps, rowName }: { heading: string; gaps: CoverageGap[]; rowName: (key: string) => string }) {
  const { t, number } = useI18n();
  if (gaps.length === 0)
    return (
      <>
        <h3>{heading}</h3>
        <p>{t('coverage.noGaps')}</p>
      </>
    );
  const byRow = new Map<string, CoverageGap[]>();
  for (const g of gaps) byRow.set(g.row, [...(byRow.get(g.row) ?? []), g]);
  const list = (
    <ul className="gap-list">
      {[...byRow].map(([row, rowGaps]) => (
        <li key={row}>
          <strong>{rowName(row)}</strong>
          <ul>
            {rowGaps.map((g) => (
              <li key={`${g.dimension}-${g.column}-${g.kind}`}>{g.message}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
  const count = gaps.length === 1 ? t('coverage.gapCountOne') : t('coverage.gapCount', { count: number(gaps.length) });
  return (
    <>
      <h3>{heading}</h3>
      {gaps.length <= foldAbove ? (
        list
      ) : (
        <details className="help">
          <summary>{t('coverage.showGaps', { count })}</summary>
          {list}
        </details>
      )}
    </>
  );
}
