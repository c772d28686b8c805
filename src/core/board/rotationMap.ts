/**
 * The rotation map's model (issue 12): every segment of the price table on
 * ROTATION's two axes, Ratio (x) and Momentum (y), each with a tail of its
 * recent positions, and the three tier centroids ("where the baton is").
 *
 * The numbers are ROTATION's core ({@link rotationTrail}), so a segment's last
 * point is what `=BATON.ROTATION(sector, benchmark)` returns for its column
 * ("latest": Ratio, Momentum, Quadrant). A centroid is the plain mean of the
 * Ratio and of the Momentum of its tier's segments at the same trail
 * position, over the segments defined there; its quadrant is the quadrant of
 * that mean point.
 *
 * Pure: series in, plain data out (no NaN: an undefined point is left out of
 * a tail; a segment with no defined point today has `today: null`).
 */
import { DEFAULT_ROTATION_MOMENTUM, DEFAULT_ROTATION_WINDOW, quadrantOf, rotationTrail, type Quadrant } from "../rotation";
import type { TierNumber } from "../tiers";
import type { SegmentSeries } from "./segmentSeries";

/** Default points of a tail, today's included. */
export const DEFAULT_TRAIL_POINTS = 8;
/** Default rows between two points of a tail. */
export const DEFAULT_TRAIL_EVERY = 5;

/** One position on the map. */
export interface MapPoint {
  /** 0-based data row. */
  readonly row: number;
  readonly ratio: number;
  readonly momentum: number;
  readonly quadrant: Quadrant;
}

/** A segment on the map. */
export interface MapSegment {
  readonly name: string;
  readonly nameZh?: string;
  /** The price table's header of its column. */
  readonly header: string;
  readonly tier: TierNumber;
  /** Defined positions, oldest first; the last is today when `today` is not null. */
  readonly trail: readonly MapPoint[];
  /** Today's position (the last data row), or null when ROTATION has no value there yet. */
  readonly today: MapPoint | null;
}

/** A tier's centroid: the mean position of its segments. */
export interface TierCentroid {
  readonly tier: TierNumber;
  /** Segments averaged into today's point. */
  readonly count: number;
  readonly trail: readonly MapPoint[];
  readonly today: MapPoint | null;
}

export interface RotationMap {
  readonly segments: readonly MapSegment[];
  /** Always three, tier 1 → 3 (a tier without segments has an empty trail). */
  readonly centroids: readonly TierCentroid[];
  /** Axis extent: symmetric about 100, covering every point with a margin, at least ±2.5. */
  readonly extent: number;
}

/** The map's settings; every field has ROTATION's or the pane's default. */
export interface RotationMapOptions {
  /** ROTATION's window and momentum (defaults 40 and 10). */
  readonly window?: number;
  readonly momentum?: number;
  /** Points of each tail (default 8) and rows between them (default 5). */
  readonly points?: number;
  readonly every?: number;
}

const defined = (x: number): boolean => Number.isFinite(x);

/**
 * Builds the rotation map from segment series (all of one price table, so
 * of one length; the trail rows of each series end at its own last row).
 *
 * Edge cases: too little history for a point leaves it out of the tail; a
 * tier with no segment gets a centroid with an empty trail and `today: null`.
 * Cost: ROTATION's trail, O(k·(points·every + window + momentum)), plus
 * O(k·points) for the centroids.
 *
 * @example
 * // Two segments of tier 1. With window 2 a z-score is ±√2/2: Ratio is 100 ± 0.7071 as the price
 * // last rose or fell, Momentum likewise as Ratio's rate of change rose or fell.
 * const B = new Float64Array(6).fill(100);
 * const map = rotationMap([
 *   { header: "A", name: "A", tier: 1, column: 1, sector: Float64Array.of(100, 101, 103, 102, 104, 107), benchmark: B },
 *   { header: "B", name: "B", tier: 1, column: 2, sector: Float64Array.of(100, 99, 98, 99, 97, 96), benchmark: B },
 * ], { window: 2, momentum: 1, points: 2, every: 2 });
 * map.segments[0].today // => { row: 5, ratio: 100.70710678118655, momentum: 99.29289321881345, quadrant: "Weakening" }
 * map.centroids[0].today // => { row: 5, ratio: 100, momentum: 100, quadrant: "Leading" }
 */
export function rotationMap(series: readonly SegmentSeries[], options: RotationMapOptions = {}): RotationMap {
  const points = options.points ?? DEFAULT_TRAIL_POINTS;
  const every = options.every ?? DEFAULT_TRAIL_EVERY;
  const trails = rotationTrail(
    {
      sectors: series.map((s) => s.sector),
      benchmarks: series.map((s) => s.benchmark),
      window: options.window ?? DEFAULT_ROTATION_WINDOW,
      momentum: options.momentum ?? DEFAULT_ROTATION_MOMENTUM,
    },
    { points, every },
  );
  let extent = 2.5;
  const segments = series.map((s, j): MapSegment => {
    const t = trails[j];
    const trail: MapPoint[] = [];
    for (let i = 0; i < t.rows.length; i++) {
      const ratio = t.ratio[i];
      const momentum = t.momentum[i];
      if (!defined(ratio) || !defined(momentum)) continue;
      trail.push({ row: t.rows[i], ratio, momentum, quadrant: quadrantOf(ratio, momentum) as Quadrant });
      extent = Math.max(extent, Math.abs(ratio - 100) * 1.1, Math.abs(momentum - 100) * 1.1);
    }
    const last = trail[trail.length - 1];
    const today = last && t.rows.length > 0 && last.row === t.rows[t.rows.length - 1] ? last : null;
    return { name: s.name, ...(s.nameZh ? { nameZh: s.nameZh } : {}), header: s.header, tier: s.tier, trail, today };
  });
  const centroids = ([1, 2, 3] as const).map((tier): TierCentroid => {
    const members = segments.filter((s) => s.tier === tier);
    // Trail positions by row: the mean of the members defined at that row.
    const rows = new Map<number, { r: number; m: number; n: number }>();
    for (const s of members) {
      for (const p of s.trail) {
        const acc = rows.get(p.row) ?? { r: 0, m: 0, n: 0 };
        acc.r += p.ratio;
        acc.m += p.momentum;
        acc.n++;
        rows.set(p.row, acc);
      }
    }
    const trail = [...rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, a]): MapPoint => {
        const ratio = a.r / a.n;
        const momentum = a.m / a.n;
        return { row, ratio, momentum, quadrant: quadrantOf(ratio, momentum) as Quadrant };
      });
    const lastRow = members.reduce((m, s) => Math.max(m, s.today ? s.today.row : -1), -1);
    const last = trail[trail.length - 1];
    const today = last && last.row === lastRow ? last : null;
    return { tier, count: members.filter((s) => s.today !== null).length, trail, today };
  });
  return { segments, centroids, extent: Math.ceil(extent * 2) / 2 };
}
