// Everyone in the network with their measures, sortable by every column: each header is a
// button and the sorted column carries aria-sort, as in the analysis table. The name links to
// the person's or organisation's page, which is what clicking a node on the graph does.
import { useState } from 'react';
import { Link } from '../app/router';
import { TableWrap } from '../app/ui';
import { useI18n, type MessageKey } from '../i18n/i18n';
import type { Vocabulary } from '../app/vocabulary';
import { useNetworkFormat } from './format';
import { nodePath } from './graphElements';
import { nextSort, sortNodes, type RankKey, type RankSort } from './ranking';
import type { NetworkNode } from './types';

const columns: Array<{ key: RankKey; label: MessageKey }> = [
  { key: 'name', label: 'field.name' },
  { key: 'country', label: 'field.country' },
  { key: 'sector', label: 'field.sector' },
  { key: 'degree', label: 'network.metric.degree' },
  { key: 'weighted_degree', label: 'network.metric.weighted_degree' },
  { key: 'betweenness', label: 'network.metric.betweenness' },
  { key: 'eigenvector', label: 'network.metric.eigenvector' },
  { key: 'community', label: 'network.community' },
  { key: 'broker', label: 'network.broker' },
];

export function RankingTable({ nodes, vocabulary, estimated }: { nodes: NetworkNode[]; vocabulary: Vocabulary | undefined; estimated: boolean }) {
  const { t, label, compare, number } = useI18n();
  const f = useNetworkFormat();
  const [sort, setSort] = useState<RankSort>({ key: 'degree', direction: 'descending' });
  const country = (n: NetworkNode) => vocabulary?.countryName(n.country) || n.country || '';
  const sector = (n: NetworkNode) => (n.sector ? label('sector', n.sector) : '');
  const text = (n: NetworkNode, key: RankKey) => (key === 'country' ? country(n) : key === 'sector' ? sector(n) : n.name);
  const rows = sortNodes(nodes, sort, text, compare);
  return (
    <TableWrap label={t('network.rankingLabel')}>
      <table className="network-ranking">
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? sort.direction : undefined}>
                  <button type="button" className="sort-button" onClick={() => setSort((s) => nextSort(s, c.key))}>
                    {t(c.label)}
                    {estimated && c.key === 'betweenness' && ` (${t('network.estimatedShort')})`}
                    <span aria-hidden="true"> {!active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id}>
              <th scope="row">
                <Link to={nodePath(n)}>{n.name}</Link>
                {n.kind === 'organisation' && <span className="muted cell-note">{t('network.organisation')}</span>}
              </th>
              <td>{country(n)}</td>
              <td>{sector(n)}</td>
              <td>{number(n.degree)}</td>
              <td>{f.one(n.weighted_degree)}</td>
              <td>{f.one(n.betweenness)}</td>
              <td>{f.three(n.eigenvector)}</td>
              <td className="nowrap">{f.community(n.community)}</td>
              <td>{n.broker ? t('network.yes') : t('network.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
