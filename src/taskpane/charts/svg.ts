/**
 * Pure geometry for the pane's hand-drawn SVG charts (the rotation map and the
 * gauge's line chart, issue 12): linear scales, "nice" axis ticks, path data
 * with gaps, arrowheads, the rotation map's quadrant rectangles and the plot
 * area inside a chart's margins. No React, no DOM, no Office: numbers in,
 * numbers or SVG path strings out, so each piece is unit-tested by hand
 * (test/unit/taskpane/svgGeometry.test.ts). Coordinates are CSS pixels of the
 * chart's own box, y growing downwards as in SVG.
 */

/** A point in the chart's pixel space. */
export interface Pt {
  readonly x: number;
  readonly y: number;
}

/** The plot area inside the margins, in pixels. */
export interface Area {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Space kept outside the plot area for ticks and axis titles, in pixels. */
export interface Margins {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The plot area of a `width` × `height` box once `margins` are taken off.
 * A box smaller than its margins gives an empty area (right = left, bottom = top), never a negative one.
 * Cost O(1).
 *
 * @example
 * plotArea(320, 200, { left: 40, top: 8, right: 8, bottom: 20 }); // => { left: 40, top: 8, right: 312, bottom: 180 }
 */
export function plotArea(width: number, height: number, m: Margins): Area {
  const left = m.left;
  const top = m.top;
  return { left, top, right: Math.max(left, width - m.right), bottom: Math.max(top, height - m.bottom) };
}

/**
 * A linear scale: the function taking `d0` to `r0` and `d1` to `r1` (and
 * every value in between, or beyond, on the same line). A zero-width domain
 * maps everything to the middle of the range. Cost O(1) per call.
 *
 * @example
 * linearScale(97, 103, 40, 340)(100); // => 190
 */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / span;
  return (v) => r0 + (v - d0) * k;
}

/**
 * The axis step for about `maxCount` ticks over [min, max]: 1, 2, 2.5 or 5
 * times a power of ten, the smallest such step giving at most `maxCount`
 * intervals. An empty or inverted span (or maxCount < 1) gives 1. Cost O(1).
 *
 * @example
 * niceStep(97, 103, 4); // => 2
 */
export function niceStep(min: number, max: number, maxCount: number): number {
  const span = max - min;
  if (!(span > 0) || !(maxCount >= 1) || !Number.isFinite(span)) return 1;
  const raw = span / maxCount;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const f of [1, 2, 2.5, 5, 10]) {
    if (f * mag >= raw * (1 - 1e-9)) return f * mag;
  }
  return 10 * mag;
}

/**
 * The multiples of `step` inside [min, max] (both ends included when they are
 * multiples), rounded to clean decimals (0.1 + 0.2 → 0.3). Cost O(span / step).
 *
 * @example
 * ticksWithin(96.5, 103.5, 2); // => [98, 100, 102]
 */
export function ticksWithin(min: number, max: number, step: number): number[] {
  if (!(step > 0) || !(max >= min)) return [];
  const out: number[] = [];
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let i = first; i <= last; i++) out.push(Number((i * step).toFixed(digits)));
  return out;
}

/**
 * A value axis fitted to data: [min, max] widened out to multiples of a nice
 * step (niceStep with `maxCount`), and its ticks. A flat span (min = max) is
 * widened by 1 on each side first. Cost O(maxCount).
 *
 * @example
 * niceAxis(-0.013, 0.1, 5); // => { min: -0.025, max: 0.1, step: 0.025, ticks: [-0.025, 0, 0.025, 0.05, 0.075, 0.1] }
 */
export function niceAxis(min: number, max: number, maxCount: number): { min: number; max: number; step: number; ticks: number[] } {
  let lo = min;
  let hi = max;
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(lo, hi, maxCount);
  const a = Math.floor(lo / step + 1e-9) * step;
  const b = Math.ceil(hi / step - 1e-9) * step;
  const ticks = ticksWithin(a, b, step);
  return { min: ticks[0] ?? a, max: ticks[ticks.length - 1] ?? b, step, ticks };
}

/**
 * At most `maxCount` indices spread over 0 … n − 1 for category labels (the
 * gauge's dates): every k-th index from 0, k the smallest step that keeps the
 * count within maxCount. n = 0 gives []; maxCount = 1 gives [0]. Cost O(maxCount).
 *
 * @example
 * indexTicks(100, 4); // => [0, 33, 66, 99]
 */
export function indexTicks(n: number, maxCount: number): number[] {
  if (n <= 0 || maxCount < 1) return [];
  if (maxCount === 1 || n === 1) return [0];
  const k = Math.max(1, Math.ceil((n - 1) / (maxCount - 1)));
  const out: number[] = [];
  for (let i = 0; i < n; i += k) out.push(i);
  return out;
}

/** A number as SVG path text: at most two decimals, no trailing zeros. */
const num = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * SVG path data through the points, a new sub-path after each gap (null), so
 * missing values break the line rather than bridging it. A lone point between
 * gaps is a move only (nothing drawn): the line has no point markers.
 * Coordinates are rounded to 0.01 px. Cost O(n).
 *
 * @example
 * linePath([{ x: 0, y: 10 }, { x: 5.556, y: 20 }, null, { x: 15, y: 0 }, { x: 20, y: 5 }]); // => "M0 10L5.56 20M15 0L20 5"
 */
export function linePath(points: readonly (Pt | null)[]): string {
  let d = "";
  let open = false;
  for (const p of points) {
    if (!p) {
      open = false;
      continue;
    }
    d += `${open ? "L" : "M"}${num(p.x)} ${num(p.y)}`;
    open = true;
  }
  return d;
}

/**
 * The three corners of an arrowhead at `tip` pointing away from `from` (the
 * way a tail last moved): the tip pushed `size` px along the direction, and
 * two barbs `size` px from the tip at ±2.5 rad (≈ ±143°) from it, as the
 * map has always drawn them. When `from` equals `tip` the arrow points right
 * (angle 0). Cost O(1).
 *
 * @example
 * arrowHead({ x: 10, y: 10 }, { x: 0, y: 10 }, 7)[0]; // => { x: 17, y: 10 }
 */
export function arrowHead(tip: Pt, from: Pt, size: number): [Pt, Pt, Pt] {
  const a = Math.atan2(tip.y - from.y, tip.x - from.x);
  const at = (angle: number): Pt => ({ x: tip.x + Math.cos(angle) * size, y: tip.y + Math.sin(angle) * size });
  return [at(a), at(a + 2.5), at(a - 2.5)];
}

/** "x,y x,y x,y" for an SVG polygon's `points`. */
export function polygonPoints(pts: readonly Pt[]): string {
  return pts.map((p) => `${num(p.x)},${num(p.y)}`).join(" ");
}

/** The rotation map's four quadrants (Ratio across, Momentum up). */
export type QuadrantName = "Leading" | "Weakening" | "Lagging" | "Improving";

/** A quadrant's rectangle in pixels. */
export interface QuadrantRect {
  readonly quadrant: QuadrantName;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The four quadrants of the plot area split at the pixel (x100, y100) where
 * Ratio and Momentum are 100: Leading top right, Weakening bottom right,
 * Lagging bottom left, Improving top left (y grows downwards, so "top" is
 * the smaller y). A cross outside the area is clamped to its edge, so a
 * quadrant can be empty but never negative. Cost O(1).
 *
 * @example
 * quadrantRects({ left: 0, top: 0, right: 100, bottom: 80 }, 60, 30)[0]; // => { quadrant: "Leading", x: 60, y: 0, width: 40, height: 30 }
 */
export function quadrantRects(area: Area, x100: number, y100: number): QuadrantRect[] {
  const cx = Math.min(Math.max(x100, area.left), area.right);
  const cy = Math.min(Math.max(y100, area.top), area.bottom);
  const rect = (quadrant: QuadrantName, x0: number, y0: number, x1: number, y1: number): QuadrantRect => ({ quadrant, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  return [
    rect("Leading", cx, area.top, area.right, cy),
    rect("Weakening", cx, cy, area.right, area.bottom),
    rect("Lagging", area.left, cy, cx, area.bottom),
    rect("Improving", area.left, area.top, cx, cy),
  ];
}

/**
 * The index of the category nearest to pixel `x` when n categories are
 * spread evenly from `left` (index 0) to `right` (index n − 1), clamped to
 * 0 … n − 1; −1 when n = 0. For the gauge's hover readout. Cost O(1).
 *
 * @example
 * nearestIndex(52, 5, 0, 100); // => 2
 */
export function nearestIndex(x: number, n: number, left: number, right: number): number {
  if (n <= 0) return -1;
  if (n === 1 || right <= left) return 0;
  const i = Math.round(((x - left) / (right - left)) * (n - 1));
  return Math.min(n - 1, Math.max(0, i));
}

/**
 * An axis tick's number as text: up to `digits` decimals with the trailing
 * zeros dropped (97 → "97", 98.5 → "98.5"). Cost O(1).
 *
 * @example
 * tickText(98.50, 2); // => "98.5"
 */
export function tickText(v: number, digits = 2): string {
  return String(Number(v.toFixed(digits)));
}
