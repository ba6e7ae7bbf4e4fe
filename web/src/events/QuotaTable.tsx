// How well each quota row is met: its bound, how many were chosen, the shortfall, and met or
// missed in words (not only by colour). A lived-experience row shown to someone who may not see
// who has it comes without its figures (they would tell who fills it): it says so instead.
import { DataTable } from '../app/results';
import { useI18n } from '../i18n/i18n';
import type { QuotaRow } from './types';

export function QuotaTable({ rows, rowLabel }: { rows: QuotaRow[]; rowLabel: (row: QuotaRow) => string }) {
  const { t, number } = useI18n();
  return (
    <DataTable label={t('selection.quotasTitle')} headers={[t('selection.quotaRow'), t('selection.bound'), t('selection.chosenCount'), t('selection.shortfall'), t('selection.met')]}>
      {rows.map((r, i) => (
        <tr key={i} className={r.met === false ? 'quota-missed' : undefined}>
          <td>{rowLabel(r)}</td>
          <td>{r.at_least ? t('selection.atLeast', { n: number(r.bound) }) : t('selection.atMost', { n: number(r.bound) })}</td>
          {r.met === null ? (
            <td colSpan={3}>{t('selection.rowHidden')}</td>
          ) : (
            <>
              <td>{number(r.chosen ?? 0)}</td>
              <td>{number(r.shortfall ?? 0)}</td>
              <td>{r.met ? t('selection.metYes') : <strong>{t('selection.metNo')}</strong>}</td>
            </>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
