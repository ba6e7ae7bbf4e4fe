// Figures by quarter as a table: a row per measure, a column per quarter, the measure's name
// as the row's header, so a screen reader names both for every cell.
import { TableWrap } from '../app/ui';

export interface FigureRow {
  label: string;
  values: string[];
}

export function FiguresTable({ caption, quarters, rows }: { caption: string; quarters: string[]; rows: FigureRow[] }) {
  return (
    <TableWrap label={caption}>
      <table className="figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {quarters.map((q) => (
              <th key={q} scope="col">
                {q}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={quarters[i]} className="number">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
