// Which colour and shape each node gets. Categories come from the network itself (its
// communities and countries) or from the closed vocabularies (sector, perspective). Only nine
// can be told apart, so the largest eight communities or most frequent eight countries get
// their own and the rest share "other" in grey. Shapes repeat the colours' message for
// anyone who cannot tell the colours apart.
import { perspectives, sectors } from '../app/vocabulary';
import type { ColourBy } from './filters';
import type { NetworkNode } from './types';

// Okabe–Ito colours (told apart with the common colour-vision deficiencies), then grey.
export const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000', '#8C8C8C'];
// Cytoscape's names for the shapes, in the same order.
export const shapes = ['ellipse', 'rectangle', 'triangle', 'diamond', 'pentagon', 'star', 'hexagon', 'ellipse', 'rectangle'] as const;
export type Shape = (typeof shapes)[number];

export const other = 'other';
export const several = 'several';
export const unspecified = 'unspecified';

export interface Category {
  key: string;
  colour: string;
  shape: Shape;
  count: number;
}

// The raw category of one node.
export function rawCategory(node: NetworkNode, by: ColourBy): string {
  switch (by) {
    case 'community':
      return String(node.community);
    case 'country':
      return node.country ?? unspecified;
    case 'sector':
      return node.sector ?? unspecified;
    case 'perspective':
      if (node.perspectives.length === 0) return unspecified;
      return node.perspectives.length === 1 ? node.perspectives[0] : several;
  }
}

function counts(nodes: NetworkNode[], by: ColourBy): Map<string, number> {
  const m = new Map<string, number>();
  for (const n of nodes) m.set(rawCategory(n, by), (m.get(rawCategory(n, by)) ?? 0) + 1);
  return m;
}

// The legend's categories in order, each with its colour, shape and how many nodes it has;
// only categories present in the network are listed.
export function legendCategories(nodes: NetworkNode[], by: ColourBy): Category[] {
  const found = counts(nodes, by);
  let order: string[];
  if (by === 'sector') order = [...sectors, unspecified];
  else if (by === 'perspective') order = [...perspectives, several, unspecified];
  else if (by === 'community') order = [...found.keys()].sort((a, b) => Number(a) - Number(b));
  else order = [...found.keys()].filter((k) => k !== unspecified).sort((a, b) => (found.get(b) ?? 0) - (found.get(a) ?? 0) || a.localeCompare(b));
  const present = order.filter((k) => found.has(k));
  const own = by === 'community' || by === 'country' ? present.slice(0, 8) : present;
  const rest = present.filter((k) => !own.includes(k));
  const result = own.map((key, i) => ({ key, colour: colours[i], shape: shapes[i], count: found.get(key) ?? 0 }));
  const restCount = rest.reduce((sum, k) => sum + (found.get(k) ?? 0), 0) + (by === 'country' ? found.get(unspecified) ?? 0 : 0);
  if (restCount > 0) result.push({ key: other, colour: colours[8], shape: shapes[8], count: restCount });
  return result;
}

// The legend entry a node is drawn with.
export function categoryOf(node: NetworkNode, by: ColourBy, legend: Category[]): Category {
  const raw = rawCategory(node, by);
  return legend.find((c) => c.key === raw) ?? legend.find((c) => c.key === other) ?? legend[legend.length - 1];
}
