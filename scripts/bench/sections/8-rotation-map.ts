/**
 * The pane's pictures (issue 12), 60 segments × 2,500 rows: the rotation
 * map's model (ROTATION trails of 8 points one every 5 rows, tier centroids)
 * and its SVG drawing, the heatmap's model (CROWDING_SCORE series,
 * 12 week-ends) and its React render. Goal: each drawing under 100 ms once
 * the numbers are computed.
 *
 * The map's drawing runs in node: RotationChart (the geometry of
 * src/taskpane/charts/svg.ts, then the SVG elements and the points' buttons)
 * rendered to markup by react-dom/server inside Fluent's provider, at 320 px;
 * the browser's own layout and rasterising of the ~1,000 SVG elements is not
 * counted. The heatmap's drawing is likewise its React render to HTML.
 * Baseline: 6 segments.
 */
import { createElement } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { priceGrid, rng, Row, time } from "../harness";
import { heatmap } from "../../../src/core/board/heatmap";
import { rotationMap } from "../../../src/core/board/rotationMap";
import type { SegmentSeries } from "../../../src/core/board/segmentSeries";
import { civilToSerial } from "../../../src/core/dates";
import { HeatmapGrid } from "../../../src/taskpane/components/HeatmapGrid";
import { RotationChart } from "../../../src/taskpane/components/RotationChart";
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

/** The map as SVG markup (all tiers, light theme, 320 px wide): what the pane's Rotation tab draws. */
function drawMap(map: ReturnType<typeof rotationMap>): string {
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { lang: "en", t: strings.en } },
      createElement(FluentProvider, { theme: webLightTheme }, createElement(RotationChart, { map, tier: null, theme: webLightTheme, initialWidth: 320 })),
    ),
  );
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
  for (let i = 0; i < 3; i++) drawMap(map); // warm-up: every makeStyles computed once
  const svg = drawMap(map);
  const count = (re: RegExp): number => (svg.match(re) ?? []).length;
  const mapMs = time(() => drawMap(map), 9);
  rows.push({
    case: "map drawing: RotationChart SVG renderToStaticMarkup (320 px)",
    size: "60 tails",
    ms: mapMs,
    baseline: "6 tails",
    baselineMs: time(() => drawMap(mapSmall), 9),
    note: `${count(/<circle /g)} circles, ${count(/<path /g)} paths, ${count(/<polygon /g)} arrowheads, ${count(/<button /g)} buttons; ${Math.round(svg.length / 1024)} KB; goal < 100 ms: ${mapMs < 100 ? "met" : "NOT met"}`,
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
