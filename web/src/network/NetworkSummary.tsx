// The network in plain words first ("4 groups who mostly work together; 3 people connect
// Finland with Sweden"), then, for whoever wants them, the figures as a two-column table: what
// each measure is, and its value. Betweenness is sampled on large networks; then the figures
// that rest on it say "estimated".
import { DataTable } from '../app/results';
import { useI18n, type MessageKey } from '../i18n/i18n';
import type { Vocabulary } from '../app/vocabulary';
import { useNetworkFormat } from './format';
import type { NetworkSummary as Summary } from './types';

// The sentences of the plain summary, in the reader's language.
export function usePlainSummary(summary: Summary, vocabulary: Vocabulary | undefined): string[] {
  const { t, number } = useI18n();
  const f = useNetworkFormat();
  const country = (code: string) => vocabulary?.countryName(code) ?? code;
  const groups = summary.community_sizes.filter((n) => n >= 2);
  const out: string[] = [];
  if (summary.nodes === 0) return [t('network.plain.empty')];
  out.push(
    groups.length === 0
      ? t('network.plain.noGroups')
      : t(groups.length === 1 ? 'network.plain.oneGroup' : 'network.plain.groups', { count: number(groups.length), largest: number(groups[0]) }),
  );
  if (summary.isolates > 0) out.push(t('network.plain.isolates', { count: number(summary.isolates) }));
  for (const bridge of summary.country_bridges.slice(0, 3))
    out.push(t('network.plain.bridge', { count: number(bridge.stakeholders), a: country(bridge.countries[0]), b: country(bridge.countries[1]) }));
  if (summary.cross_country_share !== null) out.push(t('network.plain.crossCountry', { share: f.percent(summary.cross_country_share) }));
  return out;
}

export function NetworkSummary({ summary, vocabulary }: { summary: Summary; vocabulary?: Vocabulary }) {
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
  const plain = usePlainSummary(summary, vocabulary);
  return (
    <>
      <ul className="plain-summary">
        {plain.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <details className="network-figures">
        <summary>{t('network.figures')}</summary>
      <DataTable label={t('network.summaryTitle')} headers={[t('network.measure'), t('network.value')]}>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{t(key)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </DataTable>
      </details>
      {summary.betweenness_estimated && <p className="hint">{t('network.estimated')}</p>}
    </>
  );
}
