// The network as cytoscape elements, kept apart from the canvas so it can be tested without
// one: each node's colour, shape and size, each edge's line (solid when someone reported the
// tie, dashed when the two only attended the same events) and width (its weight).
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

export function graphElements(nodes: NetworkNode[], edges: NetworkEdge[], by: ColourBy, size: SizeBy, legend: Category[]): GraphElement[] {
  const largest = Math.max(0, ...nodes.map((n) => n[size]));
  const heaviest = Math.max(1, ...edges.map((e) => e.weight));
  const out: GraphElement[] = nodes.map((n) => {
    const c = categoryOf(n, by, legend);
    const scale = largest > 0 ? Math.max(0, n[size]) / largest : 0;
    return {
      group: 'nodes',
      data: { id: n.id, label: n.name, colour: c.colour, shape: c.shape, size: Math.round(minSize + scale * (maxSize - minSize)), path: nodePath(n) },
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
