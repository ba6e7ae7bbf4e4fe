// An action's indicators: each with its unit, aim, baseline and target, the chart of its
// measurements and a table of the same values (date, value, note).
import { TableWrap } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { directionKeys } from './actionRules';
import { useActionFormat } from './format';
import { IndicatorChart, sortedMeasurements } from './IndicatorChart';
import type { Indicator } from './types';

export function ActionIndicators({ indicators }: { indicators: Indicator[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="indicators-heading" className="panel">
      <h2 id="indicators-heading">{t('actions.indicators')}</h2>
      {indicators.length === 0 ? <p>{t('actions.noIndicators')}</p> : indicators.map((ind, i) => <IndicatorView key={ind.id ?? i} indicator={ind} />)}
    </section>
  );
}

function IndicatorView({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const f = useActionFormat();
  const points = sortedMeasurements(indicator);
  const caption = t('actions.measurementsOf', { name: indicator.name });
  const none = '–';
  return (
    <div className="indicator">
      <h3>{indicator.name}</h3>
      <dl className="summary-list">
        <div>
          <dt>{t('actions.unit')}</dt>
          <dd>{indicator.unit || none}</dd>
        </div>
        <div>
          <dt>{t('actions.aim')}</dt>
          <dd>{t(directionKeys[indicator.direction ?? 'increase'])}</dd>
        </div>
        <div>
          <dt>{t('actions.baseline')}</dt>
          <dd>{typeof indicator.baseline === 'number' ? f.value(indicator.baseline) : none}</dd>
        </div>
        <div>
          <dt>{t('actions.target')}</dt>
          <dd>{typeof indicator.target === 'number' ? f.value(indicator.target) : none}</dd>
        </div>
      </dl>
      {points.length === 0 ? (
        <p>{t('actions.chartNone')}</p>
      ) : (
        <div className="evaluation-figures">
          <IndicatorChart indicator={indicator} />
          <TableWrap label={caption}>
            <table className="figures-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('actions.measurementDate')}</th>
                  <th scope="col">{indicator.unit ? t('actions.valueIn', { unit: indicator.unit }) : t('actions.value')}</th>
                  <th scope="col">{t('actions.measurementNote')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr key={`${p.date}-${i}`}>
                    <th scope="row" className="plain-row-header">
                      {f.day(p.date)}
                    </th>
                    <td>{f.value(p.value)}</td>
                    <td>{p.note || none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </div>
      )}
    </div>
  );
}
