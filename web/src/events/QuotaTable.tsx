// How well each quota row is met: its bound, how many were chosen, the shortfall, and met or
// missed in words (not only by colour).
import { DataTable } from '../app/results';
import { useI18n } from '../i18n/i18n';
import type { QuotaRow } from './types';

export function QuotaTable({ rows, rowLabel }: { rows: QuotaRow[]; rowLabel: (row: QuotaRow) => string }) {
  const { t, number } = useI18n();
  return (
    <DataTable label={t('selection.quotasTitle')} headers={[t('selection.quotaRow'), t('selection.bound'), t('selection.chosenCount'), t('selection.shortfall'), t('selection.met')]}>
      {rows.map((r, i) => (
        <tr key={i} className={r.met ? undefined : 'quota-missed'}>
          <td>{rowLabel(r)}</td>
          <td>{r.at_least ? t('selection.atLeast', { n: number(r.bound) }) : t('selection.atMost', { n: number(r.bound) })}</td>
          <td>{number(r.chosen)}</td>
          <td>{number(r.shortfall)}</td>
          <td>{r.met ? t('selection.metYes') : <strong>{t('selection.metNo')}</strong>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
