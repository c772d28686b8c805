/**
 * The two SVG charts (rotation map, gauge line), laid out at 320 px and
 * rendered to HTML by react-dom/server inside Fluent's provider. The models
 * are written out by hand here; pixel positions are worked out by hand in the
 * comments (margins, then linear interpolation), counts are read off the
 * models.
 */
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { RotationMap } from "../../../src/core/board/rotationMap";
import { HAND_MAP } from "../../support/rotationMapFixture";
import { GaugeChart, gaugeLayout } from "../../../src/taskpane/components/GaugeChart";
import { mapLayout, RotationChart } from "../../../src/taskpane/components/RotationChart";
import { I18nContext, strings, type Language } from "../../../src/taskpane/i18n";

const html = (lang: Language, el: ReactElement): string =>
  renderToString(createElement(I18nContext.Provider, { value: { lang, t: strings[lang] } }, createElement(FluentProvider, { theme: webLightTheme }, el)));
const count = (h: string, re: RegExp): number => (h.match(re) ?? []).length;

// The hand-written map of test/support/rotationMapFixture.ts (extent 3: both axes 97 … 103).
const map: RotationMap = HAND_MAP;

describe("the rotation map's layout at 320 px", () => {
  const l = mapLayout(map, null, 320);
  test("plot area inside the margins, the cross at 100/100, ticks at a step of 2", () => {
    // margins 46 left, 10 top, 12 right, 36 bottom → 46…308 across (262 px), 10…284 down (274 px)
    expect(l.area).toEqual({ left: 46, top: 10, right: 308, bottom: 284 });
    // 100 is the middle of 97…103: 46 + 131 = 177 across, 284 − 137 = 147 down
    expect(l.cross).toEqual({ x: 177, y: 147 });
    expect(l.ticks.map((k) => k.value)).toEqual([98, 100, 102]); // 6 / 4 = 1.5 → step 2
    expect(l.quadrants[0]).toEqual({ quadrant: "Leading", x: 177, y: 10, width: 131, height: 137 });
  });
  test("points placed by Ratio and Momentum", () => {
    // (102, 101): 46 + 5/6 × 262 = 264.333…, 284 − 4/6 × 274 = 101.333…
    const at = l.px(map.segments[0].today!);
    expect(at.x).toBeCloseTo(264.3333, 3);
    expect(at.y).toBeCloseTo(101.3333, 3);
    // its tail: from (101, 99) = (46 + 4/6 × 262, 284 − 2/6 × 274) = (220.67, 192.67) to today
    expect(l.segments[0].path).toBe("M220.67 192.67L264.33 101.33");
  });
  test("one tail per segment with positions, arrowheads where there is a today, discs for centroids with a today", () => {
    expect(l.segments.map((s) => [s.key, s.dots.length, s.arrow !== undefined])).toEqual([
      ["s0", 1, true],
      ["s1", 0, true],
    ]);
    expect(l.centroids.map((c) => [c.key, c.disc !== undefined])).toEqual([
      ["c1", true],
      ["c2", true],
    ]);
    expect(mapLayout(map, 2, 320).segments.map((s) => s.key)).toEqual(["s1"]);
  });
  test("laid out at its width, between 120 and 520 px", () => {
    expect([mapLayout(map, null, 90).size, mapLayout(map, null, 400).size, mapLayout(map, null, 900).size]).toEqual([120, 400, 520]);
  });
});

describe("RotationChart", () => {
  test("four quadrant labels, a button per segment point and per centroid, arrowheads and discs", () => {
    const h = html("en", createElement(RotationChart, { map, tier: null, theme: webLightTheme }));
    for (const q of ["Leading", "Weakening", "Lagging", "Improving"]) expect(h).toContain(`data-quadrant="${q}">${q}</text>`);
    expect(count(h, /data-testid="rotation-point"/g)).toBe(2);
    expect(count(h, /data-testid="rotation-centroid"/g)).toBe(2);
    expect(h).toContain('data-name="光模块(CPO)指数"');
    expect(count(h, /<polygon /g)).toBe(2);
    expect(count(h, /data-testid="rotation-disc"/g)).toBe(2);
    expect(h).toContain('viewBox="0 0 320 320"');
    // the first point's button sits at 264.333 / 320 = 82.6% across
    expect(h).toMatch(/left:82\.6\d*%/);
  });
  test("the tier filter and Chinese quadrant labels", () => {
    const h = html("zh", createElement(RotationChart, { map, tier: 2, theme: webDarkTheme }));
    expect(count(h, /data-testid="rotation-point"/g)).toBe(1);
    expect(count(h, /data-testid="rotation-centroid"/g)).toBe(1);
    expect(h).toContain('data-quadrant="Leading">领先</text>');
    expect(h).toContain('aria-label="数据中心');
  });
});

describe("the gauge chart", () => {
  const labels = ["2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23", "2026-04-24"];
  const excess = [null, 0.02, 0.05, null, 0.12];
  const l = gaugeLayout(labels, excess, 320);
  test("y axis from the data and the 10% line, whole-percent ticks", () => {
    // 0.02 … 0.12 over 5 intervals: 0.02 a step → ticks 2% … 12%
    expect(l.yTicks.map((k) => k.text)).toEqual(["2%", "4%", "6%", "8%", "10%", "12%"]);
    // left margin 6 + 6 px × 3 characters = 24; 320 − 10 right, 200 − 22 bottom
    expect(l.area).toEqual({ left: 24, top: 8, right: 310, bottom: 178 });
    // 10% is 8 of 10 steps up 170 px: 178 − 136 = 42
    expect(l.topY).toBeCloseTo(42, 9);
  });
  test("the line breaks at missing values", () => {
    // x = 24 + i × 286 / 4 = 24 + 71.5 i; y = 178 − (v − 0.02) / 0.1 × 170
    expect(l.path).toBe("M95.5 178L167 127M310 8");
  });
  test("as many date labels as fit, kept inside the box", () => {
    // 286 px / (10 characters × 6 + 16) = 3.76 → 3 gaps, 4 labels → every 2nd of 5 dates: 0, 2, 4
    // the first label's centre moved to its half-width (30 px), the last to 320 − 30
    expect(l.xTicks).toEqual([
      { text: "2026-04-20", x: 30 },
      { text: "2026-04-22", x: 167 },
      { text: "2026-04-24", x: 290 },
    ]);
  });
  test("renders its aria-label, the line and a focusable box", () => {
    const h = html(
      "en",
      createElement(GaugeChart, { labels, excess, excessLabel: "Rolling excess", lineLabel: "10% (historical top)", ariaLabel: "Line chart X", theme: webLightTheme }),
    );
    expect(h).toContain('aria-label="Line chart X"');
    expect(h).toContain('d="M95.5 178L167 127M310 8"');
    expect(h).toContain('stroke-dasharray="5 4"');
    expect(h).toMatch(/tabindex="0" role="group" aria-label="Use the arrow keys to read the values by date"/);
  });
});
