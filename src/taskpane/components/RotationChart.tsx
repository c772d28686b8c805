/**
 * The rotation map drawn as SVG by hand (issue 12): Ratio across, Momentum up,
 * the four quadrants shaded and labelled, the 100/100 cross; each segment a
 * tail in its tier's colour with an arrowhead at today; the three tier
 * centroids as larger labelled discs with their own tails. The geometry
 * (scales, ticks, paths, arrowheads, quadrants) is src/taskpane/charts/svg.ts.
 *
 * The map is laid out at the box's measured width (square), so its text keeps
 * its pixel size in a 320-pixel pane. What the analyst reaches is one
 * focusable HTML button per point of today (segments and centroids) over the
 * picture, whose hover or keyboard focus shows segment, tier, Ratio, Momentum
 * and quadrant: usable with the keyboard and a screen reader, and countable by
 * e2e tests. Segment buttons sit above centroid buttons, so a point under a
 * centroid's disc can still be hovered.
 */
import { useMemo, useRef, useState } from "react";
import { makeStyles, mergeClasses, tokens, type Theme } from "@fluentui/react-components";
import { chartTooltip } from "../charts/tooltipStyle";
import type { MapPoint, RotationMap } from "../../core/board/rotationMap";
import type { TierNumber } from "../../core/tiers";
import { useI18n } from "../i18n";
import { arrowHead, linearScale, linePath, niceStep, plotArea, polygonPoints, quadrantRects, tickText, ticksWithin, type Area, type Pt, type QuadrantRect } from "../charts/svg";
import { useWidth } from "../charts/useWidth";

type Quadrant = MapPoint["quadrant"];

/** A tier's colour on the map, from Fluent's palette (both themes keep their contrast). */
export function tierColor(theme: Theme, tier: TierNumber): string {
  return tier === 1 ? theme.colorPaletteBlueForeground2 : tier === 2 ? theme.colorPalettePurpleForeground2 : theme.colorPaletteDarkOrangeForeground2;
}

/** A point of today the overlay can focus: a segment (index into map.segments) or a centroid. */
export interface FocusPoint {
  readonly key: string;
  readonly kind: "segment" | "centroid";
  readonly name: string;
  readonly tier: TierNumber;
  readonly point: MapPoint;
  /** Segments averaged (centroids). */
  readonly count?: number;
}

export interface RotationChartProps {
  readonly map: RotationMap;
  /** Show one tier only; null for all. */
  readonly tier: TierNumber | null;
  readonly theme: Theme;
  /** Width to lay out at before the box is measured (react-dom/server renders); default 320. */
  readonly initialWidth?: number;
}

/** The points that get a button, in order: segments (tier 1 → 3 as given), then the centroids. */
export function focusPoints(map: RotationMap, tier: TierNumber | null, lang: "en" | "zh"): FocusPoint[] {
  const out: FocusPoint[] = [];
  map.segments.forEach((s, i) => {
    if (s.today && (tier === null || s.tier === tier)) {
      out.push({ key: `s${i}`, kind: "segment", name: lang === "zh" && s.nameZh ? s.nameZh : s.name, tier: s.tier, point: s.today });
    }
  });
  for (const c of map.centroids) {
    if (c.today && (tier === null || c.tier === tier)) out.push({ key: `c${c.tier}`, kind: "centroid", name: "", tier: c.tier, point: c.today, count: c.count });
  }
  return out;
}

/** Room for tick labels and axis titles around the plot, in px (left: Momentum's title and ticks; bottom: Ratio's). */
export const MAP_MARGINS = { left: 46, top: 10, right: 12, bottom: 36 } as const;
/** Largest width the map is drawn at (px); wider panes centre it. */
export const MAP_MAX_WIDTH = 520;

/** One tail on the map, in pixels. */
export interface MapTail {
  readonly key: string;
  readonly tier: TierNumber;
  readonly path: string;
  /** Every position but the last (today's is the arrowhead or the centroid's disc). */
  readonly dots: readonly Pt[];
  /** The arrowhead at today (segments with a point today), as SVG polygon points. */
  readonly arrow?: string;
  /** A centroid's disc at its last position. */
  readonly disc?: Pt;
}

/** Everything the map draws, in pixels of a `size` × `size` box. */
export interface MapLayout {
  readonly size: number;
  readonly area: Area;
  readonly ticks: readonly { value: number; x: number; y: number }[];
  readonly cross: Pt;
  readonly quadrants: readonly QuadrantRect[];
  readonly segments: readonly MapTail[];
  readonly centroids: readonly MapTail[];
  /** A position on the map in pixels (where a point's button goes). */
  readonly px: (p: MapPoint) => Pt;
}

/**
 * The map's layout at a given width: both axes span 100 ± map.extent (the
 * core's rule: symmetric about 100, covering every point with a margin), with
 * ticks at a nice step (at most 4 intervals), the quadrants split at 100/100,
 * and each shown tail (segments, then centroids) as path, dots and arrowhead
 * or disc. Cost O(points of the tails shown).
 */
export function mapLayout(map: RotationMap, tier: TierNumber | null, width: number): MapLayout {
  const size = Math.max(120, Math.min(MAP_MAX_WIDTH, Math.round(width)));
  const area = plotArea(size, size, MAP_MARGINS);
  const lo = 100 - map.extent;
  const hi = 100 + map.extent;
  const sx = linearScale(lo, hi, area.left, area.right);
  const sy = linearScale(lo, hi, area.bottom, area.top);
  const px = (p: MapPoint): Pt => ({ x: sx(p.ratio), y: sy(p.momentum) });
  const shown = (t: TierNumber): boolean => tier === null || t === tier;
  const ticks = ticksWithin(lo, hi, niceStep(lo, hi, 4)).map((value) => ({ value, x: sx(value), y: sy(value) }));
  const cross = { x: sx(100), y: sy(100) };
  const segments: MapTail[] = [];
  map.segments.forEach((s, i) => {
    if (!shown(s.tier) || s.trail.length === 0) return;
    const pts = s.trail.map(px);
    const last = pts[pts.length - 1];
    segments.push({
      key: `s${i}`,
      tier: s.tier,
      path: linePath(pts),
      dots: pts.slice(0, -1),
      arrow: s.today ? polygonPoints(arrowHead(last, pts[pts.length - 2] ?? last, 7)) : undefined,
    });
  });
  const centroids: MapTail[] = map.centroids
    .filter((c) => shown(c.tier) && c.trail.length > 0)
    .map((c) => {
      const pts = c.trail.map(px);
      return { key: `c${c.tier}`, tier: c.tier, path: linePath(pts), dots: pts.slice(0, -1), disc: c.today ? pts[pts.length - 1] : undefined };
    });
  return { size, area, ticks, cross, quadrants: quadrantRects(area, cross.x, cross.y), segments, centroids, px };
}

const useStyles = makeStyles({
  box: { position: "relative", width: "100%", maxWidth: `${MAP_MAX_WIDTH}px`, marginInline: "auto" },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible", userSelect: "none" },
  dot: {
    position: "absolute",
    width: "16px",
    height: "16px",
    marginLeft: "-8px",
    marginTop: "-8px",
    padding: 0,
    border: "none",
    borderRadius: "50%",
    backgroundColor: "transparent",
    cursor: "pointer",
    zIndex: 1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":hover": { outline: `1px solid ${tokens.colorNeutralStroke1}` },
  },
  // Under the segments' buttons: a segment's point lying under a centroid's disc stays reachable by the mouse.
  centroid: { width: "24px", height: "24px", marginLeft: "-12px", marginTop: "-12px", zIndex: 0 },
  tip: {
    ...chartTooltip,
    zIndex: 2,
    minWidth: "150px",
    maxWidth: "220px",
  },
  tipName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  tipRow: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

/** Ratio and Momentum as the pane shows them: two decimals. */
export const formatAxis = (x: number): string => x.toFixed(2);

/** Where each quadrant's label sits: its outer corner, inset a few pixels. */
function quadrantLabel(q: QuadrantRect, area: Area): { x: number; y: number; anchor: "start" | "end" } {
  const right = q.quadrant === "Leading" || q.quadrant === "Weakening";
  const top = q.quadrant === "Leading" || q.quadrant === "Improving";
  return { x: right ? area.right - 4 : area.left + 4, y: top ? area.top + 12 : area.bottom - 5, anchor: right ? "end" : "start" };
}

const QUADRANT_FILL: Record<Quadrant, (t: Theme) => string> = {
  Leading: (t) => t.colorPaletteGreenBackground2,
  Weakening: (t) => t.colorPaletteYellowBackground2,
  Lagging: (t) => t.colorPaletteRedBackground2,
  Improving: (t) => t.colorPaletteBlueBackground2,
};

export function RotationChart({ map, tier, theme, initialWidth = 320 }: RotationChartProps) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, initialWidth);
  const [active, setActive] = useState<string>();
  const points = focusPoints(map, tier, lang);
  const layout = useMemo(() => mapLayout(map, tier, width), [map, tier, width]);
  const { size, area } = layout;
  const at = points.map((p) => layout.px(p.point));

  const text = theme.colorNeutralForeground2;
  const grid = theme.colorNeutralStroke3;
  const font = theme.fontFamilyBase;
  const activeIndex = points.findIndex((p) => p.key === active);
  const activePoint = activeIndex >= 0 ? points[activeIndex] : undefined;
  const activeAt = activeIndex >= 0 ? at[activeIndex] : undefined;
  const label = (p: FocusPoint): string =>
    `${p.kind === "centroid" ? t.rotation.centroid(p.tier) : p.name}, ${t.tier(p.tier)}, ${t.rotation.ratio} ${formatAxis(p.point.ratio)}, ${t.rotation.momentum} ${formatAxis(
      p.point.momentum,
    )}, ${t.rotation.quadrants[p.point.quadrant]}`;
  const pct = (v: number, of: number): string => `${(v / of) * 100}%`;

  return (
    <div className={s.box} ref={box} data-testid="rotation-map">
      <svg
        className={s.svg}
        viewBox={`0 0 ${size} ${size}`}
        width={size}
        height={size}
        role="img"
        aria-label={t.rotation.chartLabel(points.filter((p) => p.kind === "segment").length)}
        data-testid="rotation-svg"
        fontFamily={font}
      >
        <g aria-hidden="true">
          {layout.quadrants.map((q) => (
            <rect key={q.quadrant} x={q.x} y={q.y} width={q.width} height={q.height} fill={QUADRANT_FILL[q.quadrant](theme)} fillOpacity={0.35} />
          ))}
          <g stroke={grid} strokeWidth={1}>
            {layout.ticks.map((k) => (
              <g key={k.value}>
                <line x1={k.x} x2={k.x} y1={area.top} y2={area.bottom} />
                <line x1={area.left} x2={area.right} y1={k.y} y2={k.y} />
              </g>
            ))}
            <rect x={area.left} y={area.top} width={area.right - area.left} height={area.bottom - area.top} fill="none" />
          </g>
          <g stroke={theme.colorNeutralForeground3} strokeWidth={1}>
            <line x1={layout.cross.x} x2={layout.cross.x} y1={area.top} y2={area.bottom} />
            <line x1={area.left} x2={area.right} y1={layout.cross.y} y2={layout.cross.y} />
          </g>
          <g fill={text} fontSize={10}>
            {layout.ticks.map((k) => (
              <g key={k.value}>
                <text x={k.x} y={area.bottom + 13} textAnchor="middle">
                  {tickText(k.value)}
                </text>
                <text x={area.left - 4} y={k.y + 3.5} textAnchor="end">
                  {tickText(k.value)}
                </text>
              </g>
            ))}
          </g>
          <g fill={text} fontSize={11}>
            <text x={(area.left + area.right) / 2} y={size - 6} textAnchor="middle">
              {t.rotation.ratio}
            </text>
            <text transform={`translate(12 ${(area.top + area.bottom) / 2}) rotate(-90)`} textAnchor="middle">
              {t.rotation.momentum}
            </text>
          </g>
          {layout.segments.map((tail) => {
            const c = tierColor(theme, tail.tier);
            return (
              <g key={tail.key} fill={c}>
                <path d={tail.path} fill="none" stroke={c} strokeOpacity={0.45} strokeWidth={1} strokeLinejoin="round" />
                {tail.dots.map((d, i) => (
                  <circle key={i} cx={d.x} cy={d.y} r={1.25} fillOpacity={0.45} />
                ))}
                {tail.arrow ? <polygon points={tail.arrow} /> : null}
              </g>
            );
          })}
          {layout.centroids.map((tail) => {
            const c = tierColor(theme, tail.tier);
            return (
              <g key={tail.key} fill={c}>
                <path d={tail.path} fill="none" stroke={c} strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
                {tail.dots.map((d, i) => (
                  <circle key={i} cx={d.x} cy={d.y} r={3} />
                ))}
                {tail.disc ? (
                  <g data-testid="rotation-disc" data-tier={tail.tier}>
                    <circle cx={tail.disc.x} cy={tail.disc.y} r={11} stroke={theme.colorNeutralBackground1} strokeWidth={2} />
                    {/* light on the dark discs of the light theme, dark on the light ones of the dark */}
                    <text x={tail.disc.x} y={tail.disc.y + 3.5} textAnchor="middle" fontSize={10} fontWeight={600} fill={theme.colorNeutralBackground1}>
                      {`T${tail.tier}`}
                    </text>
                  </g>
                ) : null}
              </g>
            );
          })}
          <g fill={text} fontSize={10} fontWeight={600}>
            {layout.quadrants.map((q) => {
              const l = quadrantLabel(q, area);
              return (
                <text key={q.quadrant} x={l.x} y={l.y} textAnchor={l.anchor} data-testid="quadrant-label" data-quadrant={q.quadrant}>
                  {t.rotation.quadrants[q.quadrant]}
                </text>
              );
            })}
          </g>
        </g>
      </svg>
      {points.map((p, i) => (
        <button
          key={p.key}
          type="button"
          className={mergeClasses(s.dot, p.kind === "centroid" && s.centroid)}
          style={{ left: pct(at[i].x, size), top: pct(at[i].y, size) }}
          aria-label={label(p)}
          data-testid={p.kind === "centroid" ? "rotation-centroid" : "rotation-point"}
          data-tier={p.tier}
          data-name={p.kind === "segment" ? map.segments[Number(p.key.slice(1))].header : undefined}
          onFocus={() => setActive(p.key)}
          onBlur={() => setActive((k) => (k === p.key ? undefined : k))}
          onMouseEnter={() => setActive(p.key)}
          onMouseLeave={() => setActive((k) => (k === p.key ? undefined : k))}
        />
      ))}
      {activePoint && activeAt ? (
        <div
          className={s.tip}
          role="tooltip"
          data-testid="rotation-tooltip"
          style={{
            left: pct(Math.max(0, Math.min(activeAt.x + 10, area.right - 160)), size),
            top: pct(activeAt.y > (area.top + area.bottom) / 2 ? activeAt.y - 92 : activeAt.y + 12, size),
          }}
        >
          <div className={s.tipName}>{activePoint.kind === "centroid" ? t.rotation.centroid(activePoint.tier) : activePoint.name}</div>
          <div className={s.tipRow}>
            <span>{t.rotation.tier}</span>
            <span>{activePoint.kind === "centroid" ? t.rotation.centroidOf(activePoint.count ?? 0) : t.tier(activePoint.tier)}</span>
          </div>
          <div className={s.tipRow}>
            <span>{t.rotation.ratio}</span>
            <span data-testid="tooltip-ratio">{formatAxis(activePoint.point.ratio)}</span>
          </div>
          <div className={s.tipRow}>
            <span>{t.rotation.momentum}</span>
            <span data-testid="tooltip-momentum">{formatAxis(activePoint.point.momentum)}</span>
          </div>
          <div className={s.tipRow}>
            <span>{t.rotation.quadrant}</span>
            <span>{t.rotation.quadrants[activePoint.point.quadrant]}</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
