// Where things go on the power/interest grid: interest 1–5 left to right, influence 1–5
// bottom to top, in a fixed viewBox that the SVG scales to the page's width.

// The plot's frame leaves room for the tick numbers and the quadrant names outside it; `pad`
// keeps points at 1 and 5 inside the frame instead of cut in half by its edge.
export const frame = { width: 600, height: 548, left: 64, right: 16, top: 32, bottom: 76 };
const pad = 16;
export const scale = { min: 1, max: 5 };
export const plot = { x0: frame.left, y0: frame.top, x1: frame.width - frame.right, y1: frame.height - frame.bottom };

export const xOf = (interest: number) => plot.x0 + pad + ((interest - scale.min) / (scale.max - scale.min)) * (plot.x1 - plot.x0 - 2 * pad);
export const yOf = (influence: number) => plot.y0 + pad + ((scale.max - influence) / (scale.max - scale.min)) * (plot.y1 - plot.y0 - 2 * pad);

// Stakeholders on the same spot are spread on a small circle around it, so each one can be
// seen and hovered; keyboard and screen-reader users reach them all regardless.
export function spread<T>(items: T[], at: (item: T) => [number, number], radius = 9): Array<{ item: T; x: number; y: number }> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const [x, y] = at(item);
    const key = `${x.toFixed(1)},${y.toFixed(1)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = items.map((item) => {
    const [x, y] = at(item);
    return { item, x, y };
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      out[index].x += radius * Math.cos(angle);
      out[index].y += radius * Math.sin(angle);
    });
  }
  return out;
}

// A line from (x1,y1) to (x2,y2) cut short by `gap` at its end, so an arrowhead stops at the
// edge of the marker instead of covering it; null when the two points are (nearly) the same.
export function arrowLine(x1: number, y1: number, x2: number, y2: number, gap = 9) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (length <= gap + 2) return null;
  const k = (length - gap) / length;
  return { x1, y1, x2: x1 + dx * k, y2: y1 + dy * k };
}
