// What the analysis says about one stakeholder now: quadrant, salience, strategy and priority,
// then each score's mean and how far apart the assessors are, and the latest movement.
import { DataTable } from '../app/results';
import { useI18n } from '../i18n/i18n';
import { useAnalysisFormat } from '../app/format';
import { scales } from './scales';
import type { StakeholderView } from './types';

function LatestMovement({ view }: { view: StakeholderView }) {
  const { t, label } = useI18n();
  const { decimal, signed } = useAnalysisFormat();
  const last = view.movements[view.movements.length - 1];
  if (!last) return null;
  const change = t('summary.movement', {
    from: last.from.as_of,
    to: last.to.as_of,
    influence: signed(last.influence_change) || decimal(0),
    interest: signed(last.interest_change) || decimal(0),
  });
  const quadrant = last.quadrant_changed
    ? t('summary.quadrantChanged', { from: label('quadrant', last.from_quadrant), to: label('quadrant', last.to_quadrant) })
    : t('summary.quadrantSame', { quadrant: label('quadrant', last.to_quadrant) });
  return (
    <p>
      {change} {quadrant}
    </p>
  );
}

export function StakeholderSummary({ view }: { view: StakeholderView }) {
  const { t, label, number } = useI18n();
  const { decimal, signed } = useAnalysisFormat();
  const rows: Array<[string, string]> = [
    [t('analysis.quadrant'), label('quadrant', view.quadrant)],
    [t('analysis.salience'), label('salience', view.salience)],
    [t('analysis.strategy'), label('strategy', view.strategy)],
    [t('analysis.priority'), view.high_priority ? `${decimal(view.priority)} – ${t('analysis.highPriority')}` : decimal(view.priority)],
    [t('analysis.relevance'), decimal(view.relevance)],
    [t('summary.lastAssessed'), view.last_assessed_on],
  ];
  return (
    <>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{view.assessors === 1 ? t('summary.assessorsOne') : t('summary.assessors', { count: number(view.assessors) })}</p>
      <DataTable label={t('summary.scores')} headers={[t('summary.score'), t('summary.mean'), t('summary.range')]}>
        {scales.map((s) => (
          <tr key={s.name}>
            <th scope="row">{t(s.label)}</th>
            <td>{s.name === 'attitude' ? signed(view.mean.attitude) || decimal(0) : decimal(view.mean[s.name])}</td>
            <td>{decimal(view.range[s.name])}</td>
          </tr>
        ))}
      </DataTable>
      <LatestMovement view={view} />
    </>
  );
}
