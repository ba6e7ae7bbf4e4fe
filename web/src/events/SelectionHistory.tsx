// The selections already run for an event, newest first: when, by whom, how many chosen and
// whether every quota was met, each with a button to show it in full.
import { DataTable } from '../app/results';
import { useI18n } from '../i18n/i18n';
import type { Selection } from './types';

export function SelectionHistory({ selections, shown, onShow }: { selections: Selection[]; shown: number | null; onShow: (selection: Selection) => void }) {
  const { t, dateTime, number } = useI18n();
  if (selections.length === 0) return <p>{t('selection.noneYet')}</p>;
  return (
    <DataTable label={t('selection.history')} headers={[t('selection.number'), t('selection.when'), t('selection.by'), t('selection.chosenCount'), t('selection.quotasMet'), t('common.actions')]}>
      {selections.map((s) => (
        <tr key={s.id}>
          <td>{t('selection.numbered', { id: s.id })}</td>
          <td>{dateTime(s.created_at)}</td>
          <td>{s.created_by}</td>
          <td>{number(s.chosen.length)}</td>
          <td>{s.quotas.every((r) => r.met !== false) ? t('selection.metYes') : t('selection.missedShort', { shortfall: number(s.total_shortfall ?? 0) })}</td>
          <td>
            <button type="button" className="button-secondary" aria-pressed={shown === s.id} aria-label={t('selection.showNamed', { id: s.id })} onClick={() => onShow(s)}>
              {t('selection.show')}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
