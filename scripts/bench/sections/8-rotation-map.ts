/**
 * The pane's pictures (issue 12), 60 segments × 2,500 rows: the rotation
 * map's model (ROTATION trails of 8 points one every 5 rows, tier centroids)
 * and its drawing by chart.js, the heatmap's model (CROWDING_SCORE series,
 * 12 week-ends) and its React render. Goal: each drawing under 100 ms once
 * the numbers are computed.
 *
 * The drawing runs in node: chart.js's own work (parse, layout, scales, the
 * plugin that shades quadrants and draws arrowheads and centroid markers) on
 * a stub 2-D context whose calls do nothing, so pixels are not rasterised;
 * Chromium's rasterising of ~500 short paths adds a few ms (measured in the
 * e2e run, see the issue note). The heatmap's drawing is its React render to
 * HTML (react-dom/server) inside Fluent's provider. Baseline: 6 segments.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Chart } from "chart.js";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { priceGrid, rng, Row, time } from "../harness";
import { heatmap } from "../../../src/core/board/heatmap";
import { rotationMap } from "../../../src/core/board/rotationMap";
import type { SegmentSeries } from "../../../src/core/board/segmentSeries";
import { civilToSerial } from "../../../src/core/dates";
import { HeatmapGrid } from "../../../src/taskpane/components/HeatmapGrid";
import { mapConfig } from "../../../src/taskpane/components/RotationChart";
import { I18nContext, strings } from "../../../src/taskpane/i18n";

export const title = "Rotation map and crowding heatmap (issue 12): model, then drawing, 60 segments × 2,500 rows";

const N = 2500;

function segments(k: number): SegmentSeries[] {
  const bench = Float64Array.from(priceGrid(N, 99), (r) => r[0]);
  const next = rng(7);
  return Array.from({ length: k }, (_, j) => {
    const grid = priceGrid(N, 1000 + j);
    const drift = (next() - 0.5) * 0.002;
    return {
      header: `S${j}`,
      name: `Segment ${j}`,
      tier: ((j % 3) + 1) as 1 | 2 | 3,
      column: j + 1,
      sector: Float64Array.from(grid, (r, t) => r[0] * Math.exp(drift * t)),
      benchmark: bench,
    };
  });
}

/** Weekday serials ending on 2026-04-24, one per row. */
function dates(): number[] {
  const out: number[] = [];
  for (let s = civilToSerial(2026, 4, 24); out.length < N; s--) {
    const wd = (((s - 1) % 7) + 7) % 7; // Excel: serial 1 (1900-01-01) was a Sunday, so (s − 1) % 7 is 0 on Sunday
    if (wd !== 0 && wd !== 6) out.push(s);
  }
  return out.reverse();
}

/** A canvas whose 2-D context accepts every call and draws nothing (measureText: 6 px per character). */
function stubCanvas(width: number, height: number): unknown {
  const canvas: Record<string, unknown> = { width, height, style: {} };
  const target = { measureText: (s: string) => ({ width: 6 * String(s).length, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 }), canvas };
  const ctx = new Proxy(target, {
    get: (t, key) => (key in t ? t[key as keyof typeof t] : typeof key === "string" && /^[a-z]/.test(key) ? () => undefined : undefined),
    set: () => true,
  });
  canvas.getContext = () => ctx;
  return canvas;
}

function drawMap(map: ReturnType<typeof rotationMap>): number {
  const config = mapConfig(map, null, webLightTheme, () => undefined);
  config.options = { ...config.options, responsive: false, devicePixelRatio: 1 };
  const chart = new Chart(stubCanvas(320, 320) as HTMLCanvasElement, config);
  const points = chart.data.datasets.reduce((s, d) => s + d.data.length, 0);
  chart.destroy();
  return points;
}

function renderHeatmap(model: ReturnType<typeof heatmap>): string {
  return renderToString(
    createElement(
      I18nContext.Provider,
      { value: { lang: "en", t: strings.en } },
      createElement(FluentProvider, { theme: webLightTheme }, createElement(HeatmapGrid, { model, sort: "tier", boardOrder: [] })),
    ),
  );
}

export function run(): Row[] {
  const rows: Row[] = [];
  const big = segments(60);
  const small = big.slice(0, 6);
  const d = dates();

  const map = rotationMap(big, { points: 8, every: 5 });
  const mapSmall = rotationMap(small, { points: 8, every: 5 });
  rows.push({ case: "rotationMap model (trails + centroids)", size: "60 × 2,500", ms: time(() => rotationMap(big, { points: 8, every: 5 }), 5), baseline: "6 segments", baselineMs: time(() => rotationMap(small, { points: 8, every: 5 }), 5) });
  const points = drawMap(map);
  rows.push({
    case: "map drawing: chart.js build + layout + draw (stub context)",
    size: "60 tails",
    ms: time(() => drawMap(map), 9),
    baseline: "6 tails",
    baselineMs: time(() => drawMap(mapSmall), 9),
    note: `${points} points in ${map.segments.length + 3} tails`,
  });

  const heat = heatmap(big, d, { window: 40, lookback: null });
  const heatSmall = heatmap(small, d, { window: 40, lookback: null });
  rows.push({ case: "heatmap model (CROWDING_SCORE at 12 week-ends)", size: "60 × 2,500", ms: time(() => heatmap(big, d, { window: 40, lookback: null }), 3), baseline: "6 segments", baselineMs: time(() => heatmap(small, d, { window: 40, lookback: null }), 3) });
  for (let i = 0; i < 3; i++) renderHeatmap(heat); // warm-up: every makeStyles computed once
  const html = renderHeatmap(heat);
  rows.push({
    case: "heatmap drawing: HeatmapGrid renderToString",
    size: "60 × 12",
    ms: time(() => renderHeatmap(heat), 9),
    baseline: "6 × 12",
    baselineMs: time(() => renderHeatmap(heatSmall), 9),
    note: `${Math.round(html.length / 1024)} KB of HTML`,
  });
  return rows;
}
