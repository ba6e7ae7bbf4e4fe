// Sorting the ranking table by any of its columns. Names, countries and sectors sort A→Z
// first, measures highest first; equal rows keep the server's order.
import type { NetworkNode } from './types';

export type RankKey = 'name' | 'country' | 'sector' | 'degree' | 'weighted_degree' | 'betweenness' | 'eigenvector' | 'community' | 'broker';
export type Direction = 'ascending' | 'descending';
export interface RankSort {
  key: RankKey;
  direction: Direction;
}

const textKeys: RankKey[] = ['name', 'country', 'sector', 'community'];

export function firstDirection(key: RankKey): Direction {
  return textKeys.includes(key) ? 'ascending' : 'descending';
}

export function nextSort(current: RankSort, key: RankKey): RankSort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

// `text` gives the shown text of a text column (a country's or sector's name), so the order
// matches what the reader sees, in their language.
export function sortNodes(nodes: NetworkNode[], sort: RankSort, text: (n: NetworkNode, key: RankKey) => string, compare: (a: string, b: string) => number): NetworkNode[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (n: NetworkNode): number => {
    if (sort.key === 'broker') return n.broker ? 1 : 0;
    if (sort.key === 'community') return n.community;
    return n[sort.key as 'degree' | 'weighted_degree' | 'betweenness' | 'eigenvector'];
  };
  return nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => {
      const c = sort.key === 'name' || sort.key === 'country' || sort.key === 'sector' ? compare(text(a.node, sort.key), text(b.node, sort.key)) : value(a.node) - value(b.node);
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map(({ node }) => node);
}
