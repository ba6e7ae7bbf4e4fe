// The marker shapes that the analysis's grid and the network's legend draw, as SVG paths, so a
// category can be told by its shape as well as its colour.
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangleDown' | 'pentagon' | 'star' | 'hexagon' | 'cross';

function polygon(points: number, radius: number, rotation = -Math.PI / 2, inner?: number): string {
  const steps = inner === undefined ? points : points * 2;
  const out: string[] = [];
  for (let i = 0; i < steps; i++) {
    const r = inner !== undefined && i % 2 === 1 ? inner : radius;
    const a = rotation + (i * 2 * Math.PI) / steps;
    out.push(`${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${out.join('L')}Z`;
}

// The path of a shape centred on 0,0, about `size` across.
export function shapePath(shape: Shape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case 'square':
      return polygon(4, r * 1.2, -Math.PI / 4);
    case 'triangle':
      return polygon(3, r * 1.3);
    case 'triangleDown':
      return polygon(3, r * 1.3, Math.PI / 2);
    case 'diamond':
      return polygon(4, r * 1.3);
    case 'pentagon':
      return polygon(5, r * 1.15);
    case 'star':
      return polygon(5, r * 1.4, -Math.PI / 2, r * 0.6);
    case 'hexagon':
      return polygon(6, r * 1.15);
    case 'cross': {
      const a = r * 0.4;
      return `M${-a},${-r}H${a}V${-a}H${r}V${a}H${a}V${r}H${-a}V${a}H${-r}V${-a}H${-a}Z`;
    }
  }
}
