// The network's summary figures as a two-column table: what each measure is, and its value.
// Betweenness is sampled on large networks; then the figures that rest on it say "estimated".
import { DataTable } from '../app/results';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { useNetworkFormat } from './format';
import type { NetworkSummary as Summary } from './types';

export function NetworkSummary({ summary }: { summary: Summary }) {
  const { t, number } = useI18n();
  const f = useNetworkFormat();
  const rows: Array<[MessageKey, string]> = [
    ['network.summary.nodes', number(summary.nodes)],
    ['network.summary.edges', number(summary.edges)],
    ['network.summary.density', f.three(summary.density)],
    ['network.summary.components', number(summary.components)],
    ['network.summary.largest', number(summary.largest_component)],
    ['network.summary.isolates', number(summary.isolates)],
    ['network.summary.communities', number(summary.communities)],
    ['network.summary.modularity', f.three(summary.modularity)],
    ['network.summary.crossCountry', f.percent(summary.cross_country_share)],
    ['network.summary.crossSector', f.percent(summary.cross_sector_share)],
  ];
  return (
    <>
      <DataTable label={t('network.summaryTitle')} headers={[t('network.measure'), t('network.value')]}>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{t(key)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </DataTable>
      {summary.betweenness_estimated && <p className="hint">{t('network.estimated')}</p>}
    </>
  );
}
