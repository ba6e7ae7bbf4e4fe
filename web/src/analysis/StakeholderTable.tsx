// The grid's data as a table, sortable by every column: each header is a button, and the
// sorted column carries aria-sort so screen readers say which order the rows are in.
import { useState } from 'react';
import { Link } from '../app/router';
import { TableWrap } from '../app/ui';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { useAnalysisFormat } from '../app/format';
import { subjectPath } from './subjects';
import { disagreement, firstDirection, sortViews, type Sort, type SortKey } from './sorting';
import type { StakeholderView } from './types';

const columns: Array<{ key: SortKey; label: MessageKey }> = [
  { key: 'name', label: 'field.name' },
  { key: 'quadrant', label: 'analysis.quadrant' },
  { key: 'salience', label: 'analysis.salience' },
  { key: 'strategy', label: 'analysis.strategy' },
  { key: 'priority', label: 'analysis.priority' },
  { key: 'influence', label: 'analysis.influence' },
  { key: 'interest', label: 'analysis.interest' },
  { key: 'attitude', label: 'analysis.attitude' },
  { key: 'assessors', label: 'analysis.assessors' },
  { key: 'disagreement', label: 'analysis.disagreement' },
];

function SortHeader({ column, sort, onSort }: { column: (typeof columns)[number]; sort: Sort; onSort: (key: SortKey) => void }) {
  const { t } = useI18n();
  const active = sort.key === column.key;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {t(column.label)}
        <span aria-hidden="true"> {arrow}</span>
      </button>
    </th>
  );
}

export function StakeholderTable({ items }: { items: StakeholderView[] }) {
  const { t, label, compare, number } = useI18n();
  const { decimal, signed } = useAnalysisFormat();
  const [sort, setSort] = useState<Sort>({ key: 'priority', direction: 'descending' });
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));
  const rows = sortViews(items, sort, compare);
  return (
    <TableWrap label={t('analysis.tableLabel')}>
      <table className="stakeholder-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={`${v.subject_type}-${v.subject_id}`}>
              <th scope="row">
                <Link to={subjectPath(v)}>{v.name}</Link>
                {v.organisation_name && v.subject_type === 'person' && <span className="muted cell-note">{v.organisation_name}</span>}
              </th>
              <td>{label('quadrant', v.quadrant)}</td>
              <td>{label('salience', v.salience)}</td>
              <td>{label('strategy', v.strategy)}</td>
              <td className="nowrap">
                {decimal(v.priority)}
                {v.high_priority && <span className="badge">{t('analysis.highPriority')}</span>}
              </td>
              <td>{decimal(v.mean.influence)}</td>
              <td>{decimal(v.mean.interest)}</td>
              <td>{signed(v.mean.attitude)}</td>
              <td>{number(v.assessors)}</td>
              <td>{decimal(disagreement(v))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
