// Who a selection chose and why: each person's score, its parts (relevance, influence,
// newcomer, continuity) and the quota rows they count toward. Lived-experience rows are named
// only to those who may see who has lived experience; the server leaves them out otherwise.
import { DataTable } from '../app/results';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { useAnalysisFormat } from '../app/format';
import { fillRow } from './quotaLabels';
import type { QuotaRow, Selection } from './types';

export function ChosenTable({ selection, rowLabel, countryName }: { selection: Selection; rowLabel: (row: Pick<QuotaRow, 'quota' | 'label' | 'bound'>) => string; countryName: (code: string) => string }) {
  const { t } = useI18n();
  const { decimal } = useAnalysisFormat();
  const two = (n: number) => decimal(Math.round(n * 100) / 100);
  return (
    <DataTable
      label={t('selection.chosenTitle')}
      headers={[t('field.name'), t('field.country'), t('selection.score'), t('selection.parts'), t('selection.fills')]}
    >
      {selection.chosen.map((c) => (
        <tr key={c.person_id}>
          <td>
            <Link to={`/people/${c.person_id}`}>{c.name}</Link>
            {c.organisation_name && <span className="cell-note muted">{c.organisation_name}</span>}
            {c.pinned && <span className="badge">{t('selection.pinnedBadge')}</span>}
            {c.has_email === false && <span className="cell-note">{t('selection.noEmail')}</span>}
          </td>
          <td>{c.country ? countryName(c.country) : ''}</td>
          <td className="nowrap">{two(c.score)}</td>
          <td>
            <ul className="parts-list">
              <li>{t('selection.partRelevance', { value: two(c.parts.relevance) })}</li>
              <li>{t('selection.partInfluence', { value: two(c.parts.influence) })}</li>
              <li>{t('selection.partNewcomer', { value: two(c.parts.newcomer) })}</li>
              <li>{t('selection.partContinuity', { value: two(c.parts.continuity) })}</li>
            </ul>
          </td>
          <td>
            {c.fills.length === 0 ? (
              <span className="muted">{t('selection.fillsNone')}</span>
            ) : (
              <ul className="parts-list">
                {c.fills.map((f, i) => (
                  <li key={i}>{rowLabel(fillRow(selection, f))}</li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
