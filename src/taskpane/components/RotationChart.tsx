/**
 * The rotation map as a chart.js scatter (issue 12; a line chart over two linear scales): Ratio across, Momentum
 * up, the four quadrants shaded and the 100/100 cross drawn on the canvas;
 * each segment a tail in its tier's colour with an arrowhead at today; the
 * three tier centroids as larger labelled markers with their own tails.
 *
 * What the analyst reads or reaches is HTML over the canvas, placed from the
 * chart's scales after each layout: the quadrant labels in the corners, and
 * one focusable button per point of today (segments and centroids) whose
 * hover or keyboard focus shows segment, tier, Ratio, Momentum and quadrant.
 * So the map is usable with the keyboard and a screen reader, and e2e tests
 * can count what is drawn. Only the chart.js pieces used are registered.
 */
import { useEffect, useRef, useState } from "react";
import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration, type Plugin } from "chart.js";
import { makeStyles, mergeClasses, tokens, type Theme } from "@fluentui/react-components";
import type { MapPoint, RotationMap } from "../../core/board/rotationMap";
import type { TierNumber } from "../../core/tiers";
import { useI18n } from "../i18n";

// A line chart on two linear scales draws the scatter and its tails: the line
// controller is already in the page for the gauge, the scatter controller would add to it.
Chart.register(LineController, LinearScale, PointElement, LineElement);

type Quadrant = MapPoint["quadrant"];

/** A tier's colour on the map, from Fluent's palette (both themes keep their contrast). */
export function tierColor(theme: Theme, tier: TierNumber): string {
  return tier === 1 ? theme.colorPaletteBlueForeground2 : tier === 2 ? theme.colorPalettePurpleForeground2 : theme.colorPaletteDarkOrangeForeground2;
}

/** "#RRGGBB" with an alpha (0–1) as "rgba(…)"; other colour texts as they are. */
function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color;
  const v = parseInt(m[1], 16);
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${alpha})`;
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
}

interface Placed {
  readonly area: { left: number; top: number; right: number; bottom: number };
  readonly points: readonly { x: number; y: number }[];
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

/** The chart's configuration: one dataset per tail (segments, then centroids), nothing else; the rest is drawn by the plugin. */
export function mapConfig(map: RotationMap, tier: TierNumber | null, theme: Theme, onLayout: (chart: Chart) => void): ChartConfiguration<"line", { x: number; y: number }[]> {
  const lo = 100 - map.extent;
  const hi = 100 + map.extent;
  const text = theme.colorNeutralForeground2;
  const grid = theme.colorNeutralStroke3;
  const shown = (t: TierNumber): boolean => tier === null || t === tier;
  const segmentSets = map.segments
    .filter((s) => shown(s.tier) && s.trail.length > 0)
    .map((s) => {
      const c = tierColor(theme, s.tier);
      const n = s.trail.length;
      return {
        data: s.trail.map((p) => ({ x: p.ratio, y: p.momentum })),
        showLine: true,
        borderColor: withAlpha(c, 0.45),
        backgroundColor: withAlpha(c, 0.45),
        borderWidth: 1,
        pointRadius: s.trail.map((_, i) => (i === n - 1 ? 0 : 1.25)),
        pointHoverRadius: 0,
        // Read by the plugin: the tail's colour and whether it ends today.
        batonColor: c,
        batonArrow: s.today !== null,
        batonLabel: undefined as string | undefined,
      };
    });
  const centroidSets = map.centroids
    .filter((c) => shown(c.tier) && c.trail.length > 0)
    .map((c) => {
      const col = tierColor(theme, c.tier);
      return {
        data: c.trail.map((p) => ({ x: p.ratio, y: p.momentum })),
        showLine: true,
        borderColor: col,
        backgroundColor: col,
        borderWidth: 3,
        pointRadius: c.trail.map((_, i) => (i === c.trail.length - 1 ? 0 : 3)),
        pointHoverRadius: 0,
        batonColor: col,
        batonArrow: false,
        batonLabel: c.today ? `T${c.tier}` : undefined,
      };
    });
  const plugin: Plugin<"line"> = {
    id: "batonRotation",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: a, scales } = chart;
      const x100 = scales.x.getPixelForValue(100);
      const y100 = scales.y.getPixelForValue(100);
      ctx.save();
      const fill = (color: string, x0: number, y0: number, x1: number, y1: number) => {
        ctx.fillStyle = withAlpha(color, 0.35);
        ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
      };
      fill(theme.colorPaletteGreenBackground2, x100, a.top, a.right, y100); // Leading
      fill(theme.colorPaletteYellowBackground2, x100, y100, a.right, a.bottom); // Weakening
      fill(theme.colorPaletteRedBackground2, a.left, y100, x100, a.bottom); // Lagging
      fill(theme.colorPaletteBlueBackground2, a.left, a.top, x100, y100); // Improving
      ctx.strokeStyle = theme.colorNeutralForeground3;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(x100, a.top);
      ctx.lineTo(x100, a.bottom);
      ctx.moveTo(a.left, y100);
      ctx.lineTo(a.right, y100);
      ctx.stroke();
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      chart.data.datasets.forEach((ds, i) => {
        const d = ds as unknown as { batonColor: string; batonArrow: boolean; batonLabel?: string };
        const pts = chart.getDatasetMeta(i).data;
        const last = pts[pts.length - 1];
        if (!last) return;
        const prev = pts[pts.length - 2] ?? last;
        if (d.batonArrow) {
          // An arrowhead at today, pointing the way the segment last moved.
          const angle = Math.atan2(last.y - prev.y, last.x - prev.x);
          const size = 7;
          ctx.fillStyle = d.batonColor;
          ctx.beginPath();
          ctx.moveTo(last.x + Math.cos(angle) * size, last.y + Math.sin(angle) * size);
          ctx.lineTo(last.x + Math.cos(angle + 2.5) * size, last.y + Math.sin(angle + 2.5) * size);
          ctx.lineTo(last.x + Math.cos(angle - 2.5) * size, last.y + Math.sin(angle - 2.5) * size);
          ctx.closePath();
          ctx.fill();
        }
        if (d.batonLabel) {
          // A centroid: a larger disc with its tier written inside.
          ctx.fillStyle = d.batonColor;
          ctx.strokeStyle = theme.colorNeutralBackground1;
          ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.arc(last.x, last.y, 11, 0, 2 * Math.PI);
          ctx.fill();
          ctx.stroke();
          ctx.fillStyle = theme.colorNeutralBackground1; // light on the dark discs of the light theme, dark on the light ones of the dark
          ctx.font = "600 10px Segoe UI, system-ui, sans-serif";
          ctx.textAlign = "center";
          ctx.textBaseline = "middle";
          ctx.fillText(d.batonLabel, last.x, last.y + 0.5);
        }
      });
      ctx.restore();
    },
    afterLayout(chart) {
      onLayout(chart as unknown as Chart);
    },
  };
  return {
    type: "line",
    data: { datasets: [...segmentSets, ...centroidSets] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1,
      events: [], // hover and focus are the overlay's (HTML buttons), not the canvas's
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: {
          type: "linear",
          min: lo,
          max: hi,
          title: { display: true, text: "Ratio", color: text, font: { size: 11 } },
          ticks: { color: text, font: { size: 10 }, maxTicksLimit: 5 },
          grid: { color: grid },
        },
        y: {
          type: "linear",
          min: lo,
          max: hi,
          title: { display: true, text: "Momentum", color: text, font: { size: 11 } },
          ticks: { color: text, font: { size: 10 }, maxTicksLimit: 5 },
          grid: { color: grid },
        },
      },
    },
    plugins: [plugin],
  };
}

const useStyles = makeStyles({
  box: { position: "relative", width: "100%", maxWidth: "520px", marginInline: "auto" },
  quadrant: {
    position: "absolute",
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    pointerEvents: "none",
    padding: "2px 4px",
    whiteSpace: "nowrap",
  },
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
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":hover": { outline: `1px solid ${tokens.colorNeutralStroke1}` },
  },
  centroid: { width: "24px", height: "24px", marginLeft: "-12px", marginTop: "-12px" },
  tip: {
    position: "absolute",
    zIndex: 1,
    minWidth: "150px",
    maxWidth: "220px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    pointerEvents: "none",
  },
  tipName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  tipRow: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

/** Ratio and Momentum as the pane shows them: two decimals. */
export const formatAxis = (x: number): string => x.toFixed(2);

export function RotationChart({ map, tier, theme }: RotationChartProps) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<"line", { x: number; y: number }[]> | null>(null);
  const [placed, setPlaced] = useState<Placed>();
  const [active, setActive] = useState<string>();
  const points = focusPoints(map, tier, lang);
  const pointsRef = useRef(points);
  pointsRef.current = points;

  // After each layout, where the chart area and today's points are in CSS pixels.
  const onLayout = useRef((c: Chart) => {
    const a = c.chartArea;
    const xs = c.scales.x;
    const ys = c.scales.y;
    if (!a || !xs || !ys) return;
    const next: Placed = {
      area: { left: a.left, top: a.top, right: a.right, bottom: a.bottom },
      points: pointsRef.current.map((p) => ({ x: xs.getPixelForValue(p.point.ratio), y: ys.getPixelForValue(p.point.momentum) })),
    };
    setPlaced((old) => (old && JSON.stringify(old) === JSON.stringify(next) ? old : next));
  });

  // A new chart for new figures, a tier filter or a theme: the plugin that shades and marks reads them
  // when made (chart.js cannot swap a chart's plugins), and making one takes a few ms (bench section 7).
  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, mapConfig(map, tier, theme, (c) => onLayout.current(c)));
    onLayout.current(chart.current as unknown as Chart);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [map, tier, theme]);

  const quadrants: { q: Quadrant; style: React.CSSProperties }[] = placed
    ? [
        { q: "Leading", style: { right: `calc(100% - ${placed.area.right}px)`, top: placed.area.top } },
        { q: "Weakening", style: { right: `calc(100% - ${placed.area.right}px)`, bottom: `calc(100% - ${placed.area.bottom}px)` } },
        { q: "Lagging", style: { left: placed.area.left, bottom: `calc(100% - ${placed.area.bottom}px)` } },
        { q: "Improving", style: { left: placed.area.left, top: placed.area.top } },
      ]
    : [];
  const activeIndex = points.findIndex((p) => p.key === active);
  const activePoint = activeIndex >= 0 ? points[activeIndex] : undefined;
  const activeAt = activeIndex >= 0 ? placed?.points[activeIndex] : undefined;
  const label = (p: FocusPoint): string =>
    `${p.kind === "centroid" ? t.rotation.centroid(p.tier) : p.name}, ${t.tier(p.tier)}, ${t.rotation.ratio} ${formatAxis(p.point.ratio)}, ${t.rotation.momentum} ${formatAxis(
      p.point.momentum,
    )}, ${t.rotation.quadrants[p.point.quadrant]}`;

  return (
    <div className={s.box} data-testid="rotation-map">
      <canvas ref={canvas} role="img" aria-label={t.rotation.chartLabel(points.filter((p) => p.kind === "segment").length)} data-testid="rotation-canvas" />
      {quadrants.map(({ q, style }) => (
        <span key={q} className={s.quadrant} style={style} data-testid="quadrant-label" data-quadrant={q} aria-hidden="true">
          {t.rotation.quadrants[q]}
        </span>
      ))}
      {placed
        ? points.map((p, i) => {
            const at = placed.points[i];
            if (!at) return null;
            return (
              <button
                key={p.key}
                type="button"
                className={mergeClasses(s.dot, p.kind === "centroid" && s.centroid)}
                style={{ left: at.x, top: at.y }}
                aria-label={label(p)}
                data-testid={p.kind === "centroid" ? "rotation-centroid" : "rotation-point"}
                data-tier={p.tier}
                data-name={p.kind === "segment" ? map.segments[Number(p.key.slice(1))].header : undefined}
                onFocus={() => setActive(p.key)}
                onBlur={() => setActive((k) => (k === p.key ? undefined : k))}
                onMouseEnter={() => setActive(p.key)}
                onMouseLeave={() => setActive((k) => (k === p.key ? undefined : k))}
              />
            );
          })
        : null}
      {activePoint && activeAt && placed ? (
        <div
          className={s.tip}
          role="tooltip"
          data-testid="rotation-tooltip"
          style={{
            left: Math.max(0, Math.min(activeAt.x + 10, placed.area.right - 160)),
            top: activeAt.y > (placed.area.top + placed.area.bottom) / 2 ? activeAt.y - 92 : activeAt.y + 12,
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
