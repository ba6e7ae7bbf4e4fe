// One statement's results: the chart of the answers before and after, and a table with the
// same figures and the change among those who answered both times (how many rated it higher,
// the same or lower, and the Wilcoxon signed-rank test's p-value when there are enough pairs).
import type { ReactNode } from 'react';
import type { EvaluationItemResult } from '../app/schema';
import { TableWrap } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { EvaluationChart } from './EvaluationChart';
import { itemText, ratingSteps } from './evaluationFields';
import { useEvaluationFormat } from './evaluationFormat';

export function EvaluationScaleResult({ result }: { result: EvaluationItemResult }) {
  const { t, lang } = useI18n();
  const f = useEvaluationFormat();
  const text = itemText(result.item, lang);
  const { before, after, shift } = result;
  const caption = t('evaluation.tableCaption', { item: text });
  const stepLabel = (step: number) =>
    step === 1 ? t('evaluation.rowStepEnd', { step, meaning: t('evaluation.lowEnd') }) : step === 5 ? t('evaluation.rowStepEnd', { step, meaning: t('evaluation.highEnd') }) : t('evaluation.rowStep', { step });
  const row = (label: string, b: ReactNode, a: ReactNode, change: ReactNode = '–') => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td>{b}</td>
      <td>{a}</td>
      <td>{change}</td>
    </tr>
  );
  return (
    <div className="evaluation-result">
      <h3>{text}</h3>
      <div className="evaluation-figures">
        <EvaluationChart title={t('evaluation.chartTitle', { item: text })} before={before} after={after} />
        <TableWrap label={caption}>
          <table className="figures-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.measure')}</th>
                <th scope="col">{t('evaluation.before')}</th>
                <th scope="col">{t('evaluation.after')}</th>
                <th scope="col">{t('evaluation.change')}</th>
              </tr>
            </thead>
            <tbody>
              {row(t('evaluation.rowAnswers'), f.count(before.n), f.count(after.n), f.count(shift.n))}
              {row(t('evaluation.rowMean'), f.mean(before.mean), f.mean(after.mean), f.meanShift(shift.mean_shift))}
              {row(t('evaluation.rowMedian'), f.median(before.median), f.median(after.median), f.medianShift(shift.median_shift))}
              {ratingSteps.map((step, i) => row(stepLabel(step), f.count(before.distribution[i] ?? 0), f.count(after.distribution[i] ?? 0)))}
              {row(t('evaluation.rowImproved'), '–', '–', f.count(shift.improved))}
              {row(t('evaluation.rowUnchanged'), '–', '–', f.count(shift.unchanged))}
              {row(t('evaluation.rowWorsened'), '–', '–', f.count(shift.worsened))}
              {row(t('evaluation.rowTest'), '–', '–', shift.wilcoxon ? f.p(shift.wilcoxon.p_value) : t('evaluation.noTest'))}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </div>
  );
}
