// One coverage matrix as a heat-map table: each cell is shaded by how many stakeholders are
// mapped there AND prints the numbers; an empty cell is hatched and says so in words, so no
// meaning rests on colour alone.
import { TableWrap } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import type { CoverageCell, CoverageColumn, CoverageMatrix as Matrix } from './types';

// Shade steps: 0 (hatched), 1, 2–3, 4–6, 7 or more.
export function heatLevel(mapped: number): number {
  if (mapped <= 0) return 0;
  if (mapped === 1) return 1;
  if (mapped <= 3) return 2;
  if (mapped <= 6) return 3;
  return 4;
}

function Cell({ cell }: { cell: CoverageCell }) {
  const { t, number } = useI18n();
  const level = heatLevel(cell.mapped);
  if (cell.mapped === 0)
    return (
      <td className="heat heat-0">
        <span aria-hidden="true">0</span>
        <span className="visually-hidden">{t('coverage.cellNone')}</span>
      </td>
    );
  return (
    <td className={`heat heat-${level}`}>
      <span aria-hidden="true">
        {number(cell.mapped)} ({number(cell.high_priority)})
      </span>
      <span className="visually-hidden">{t('coverage.cell', { mapped: number(cell.mapped), high: number(cell.high_priority) })}</span>
    </td>
  );
}

export function CoverageMatrix({ label, rowHeader, rows, matrix }: { label: string; rowHeader: string; rows: CoverageColumn[]; matrix: Matrix }) {
  return (
    <TableWrap label={label}>
      <table className="coverage-table">
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {matrix.columns.map((c, col) => (
                <Cell key={c.key} cell={matrix.cells[r]?.[col] ?? { mapped: 0, high_priority: 0 }} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

// What the shades, the hatching and the two numbers mean.
export function CoverageLegend() {
  const { t } = useI18n();
  const steps: Array<[number, string]> = [
    [0, t('coverage.legendNone')],
    [1, '1'],
    [2, '2–3'],
    [3, '4–6'],
    [4, t('coverage.legendMany')],
  ];
  return (
    <div className="coverage-legend">
      <h3 id="coverage-legend-heading">{t('coverage.legendTitle')}</h3>
      <ul aria-labelledby="coverage-legend-heading">
        {steps.map(([level, text]) => (
          <li key={level}>
            <span className={`swatch heat heat-${level}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
      <p className="hint">{t('coverage.legendNumbers')}</p>
    </div>
  );
}
