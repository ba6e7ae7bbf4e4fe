// The opinion-group map's geometry, pure: the voters' two-dimensional places scaled into the
// drawing, and where each group's label goes (the middle of its points).
import type { OpinionGroups } from './types';

export interface Frame {
  width: number;
  height: number;
  pad: number;
}

export interface MapPoint {
  x: number;
  y: number;
  group: number;
}

// Groups are named by letter: A is the largest (the server numbers them by size).
export const groupLetter = (group: number) => String.fromCharCode(65 + group);

// The points scaled to fill the frame inside its padding, the same scale on both axes so the
// distances mean the same across and up, and centred; y grows upwards as on a chart.
export function placePoints(points: OpinionGroups['points'], frame: Frame): MapPoint[] {
  if (points.length === 0) return [];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const innerW = frame.width - 2 * frame.pad;
  const innerH = frame.height - 2 * frame.pad;
  // An axis along which every point sits at one place leaves the scale to the other, and the
  // points sit in the middle of it.
  const fit = Math.min(spanX > 0 ? innerW / spanX : Infinity, spanY > 0 ? innerH / spanY : Infinity);
  const scale = Number.isFinite(fit) ? fit : 1;
  const offX = frame.pad + (innerW - spanX * scale) / 2;
  const offY = frame.pad + (innerH - spanY * scale) / 2;
  return points.map((p) => ({ x: offX + (p.x - minX) * scale, y: frame.height - (offY + (p.y - minY) * scale), group: p.group }));
}

// Each group's middle, for its label.
export function groupCentres(points: MapPoint[]): Map<number, { x: number; y: number }> {
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const p of points) {
    const s = sums.get(p.group) ?? { x: 0, y: 0, n: 0 };
    sums.set(p.group, { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
  }
  return new Map([...sums].map(([g, s]) => [g, { x: s.x / s.n, y: s.y / s.n }]));
}
