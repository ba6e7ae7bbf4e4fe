// The network as cytoscape elements, kept apart from the canvas so it can be tested without
// one: each node's colour, shape and size, each edge's line (solid when someone reported the
// tie, dashed when the two only attended the same events) and width (its weight). To keep the
// structure readable, stakeholders without any tie are left out unless asked for (the page
// says how many), and only the most central carry their name; the others show it on hover.
import type { ColourBy, SizeBy } from './filters';
import { categoryOf, type Category } from './palette';
import type { NetworkEdge, NetworkNode } from './types';

export const minSize = 14;
export const maxSize = 46;

export interface GraphElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
  classes?: string;
}

export function nodePath(node: Pick<NetworkNode, 'kind' | 'record_id'>): string {
  return `/${node.kind === 'organisation' ? 'organisations' : 'people'}/${node.record_id}`;
}

export function isReported(edge: NetworkEdge): boolean {
  return edge.types.length > 0;
}

export interface GraphOptions {
  showIsolates: boolean;
  // How many of the most central (by eigenvector centrality) are named on the graph.
  labelled: number;
}

export const defaultGraphOptions: GraphOptions = { showIsolates: false, labelled: 12 };

// The ids of the `count` most central nodes (eigenvector, then weighted degree, then name).
export function mostCentral(nodes: NetworkNode[], count: number): Set<string> {
  const ranked = nodes
    .filter((n) => n.degree > 0)
    .sort((a, b) => b.eigenvector - a.eigenvector || b.weighted_degree - a.weighted_degree || a.name.localeCompare(b.name));
  return new Set(ranked.slice(0, count).map((n) => n.id));
}

export function graphElements(nodes: NetworkNode[], edges: NetworkEdge[], by: ColourBy, size: SizeBy, legend: Category[], options: GraphOptions = defaultGraphOptions): GraphElement[] {
  const drawn = options.showIsolates ? nodes : nodes.filter((n) => n.degree > 0);
  const named = mostCentral(nodes, options.labelled);
  const largest = Math.max(0, ...drawn.map((n) => n[size]));
  const heaviest = Math.max(1, ...edges.map((e) => e.weight));
  const out: GraphElement[] = drawn.map((n) => {
    const c = categoryOf(n, by, legend);
    const scale = largest > 0 ? Math.max(0, n[size]) / largest : 0;
    return {
      group: 'nodes',
      data: { id: n.id, label: named.has(n.id) ? n.name : '', name: n.name, colour: c.colour, shape: c.shape, size: Math.round(minSize + scale * (maxSize - minSize)), path: nodePath(n) },
      ...(named.has(n.id) ? { classes: 'named' } : {}),
    };
  });
  for (const e of edges)
    out.push({
      group: 'edges',
      data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, width: 1 + (3 * e.weight) / heaviest },
      classes: isReported(e) ? 'reported' : 'co-participation',
    });
  return out;
}
