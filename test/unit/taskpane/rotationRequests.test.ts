/**
 * What the Rotation and Heatmap tabs ask the workbook to insert (issue 12):
 * built from small models written out by hand here, so the expected requests
 * are read off the models, not computed by the code under test.
 */
import type { Heatmap } from "../../../src/core/board/heatmap";
import type { RotationMap } from "../../../src/core/board/rotationMap";
import { HAND_MAP } from "../../support/rotationMapFixture";
import { HEATMAP_COLORS, heatmapRequest } from "../../../src/taskpane/components/HeatmapGrid";
import { focusPoints } from "../../../src/taskpane/components/RotationChart";
import { scatterRequest } from "../../../src/taskpane/components/RotationTab";
import { strings } from "../../../src/taskpane/i18n";

// The hand-written map of test/support/rotationMapFixture.ts (extent 3: both axes 97 … 103).
const map: RotationMap = HAND_MAP;

describe("scatterRequest", () => {
  test("one series per tier with today's points (none for a segment without one), a path per centroid with a trail, the cross at 100 across the bounds", () => {
    expect(scatterRequest(map, strings.en, "en")).toEqual({
      title: "Rotation map",
      xTitle: "Ratio",
      yTitle: "Momentum",
      labelHeader: "Segment",
      series: [
        { name: "Tier 1", points: [{ label: "Optical modules", x: 102, y: 101 }] },
        { name: "Tier 2", points: [{ label: "IDC", x: 99, y: 101.5 }] },
        { name: "Tier 3", points: [] },
      ],
      // The centroids' trails of the fixture (tier 3 has none: no path).
      paths: [
        { name: "Tier 1 centroid", points: [{ label: "T1", x: 102, y: 101 }] },
        { name: "Tier 2 centroid", points: [{ label: "T2", x: 99, y: 101.5 }] },
      ],
      lines: [
        { name: "Ratio 100", points: [{ x: 100, y: 97 }, { x: 100, y: 103 }] },
        { name: "Momentum 100", points: [{ x: 97, y: 100 }, { x: 103, y: 100 }] },
      ],
      bounds: { min: 97, max: 103 },
    });
  });

  test("in Chinese: Chinese names where known, tier names in Chinese", () => {
    const r = scatterRequest(map, strings.zh, "zh");
    expect(r.series[0].points[0].label).toBe("光模块");
    expect(r.series.map((s) => s.name)).toEqual([strings.zh.tier(1), strings.zh.tier(2), strings.zh.tier(3)]);
  });
});

describe("focusPoints", () => {
  test("a button per segment with a point today, then the centroids with one; a filter keeps one tier", () => {
    expect(focusPoints(map, null, "en").map((f) => [f.kind, f.name, f.tier])).toEqual([
      ["segment", "Optical modules", 1],
      ["segment", "IDC", 2],
      ["centroid", "", 1],
      ["centroid", "", 2],
    ]);
    expect(focusPoints(map, 2, "zh").map((f) => [f.kind, f.name])).toEqual([
      ["segment", "数据中心"],
      ["centroid", ""],
    ]);
  });
});

describe("heatmapRequest", () => {
  const heat: Heatmap = {
    weeks: [
      { row: 4, date: "2026-04-17" },
      { row: 9, date: "2026-04-24" },
    ],
    rows: [
      { name: "IDC", header: "IDC", tier: 2, cells: [{ score: 40.04, zone: "Low" }, { score: 90.46, zone: "Crowded" }] },
      { name: "Optical modules", header: "CPO", tier: 1, cells: [{ score: null, zone: null }, { score: 10, zone: "Low" }] },
    ],
  };

  test("rows in the shown order (tier), scores to one decimal, blanks for undefined, scale colours", () => {
    expect(heatmapRequest(heat, "tier", [], strings.en, "en")).toEqual({
      title: "Crowding heatmap",
      headers: ["Tier", "Segment", "2026-04-17", "2026-04-24"],
      rows: [
        [1, "Optical modules", null, 10],
        [2, "IDC", 40, 90.5],
      ],
      scoreFrom: 2,
      colors: HEATMAP_COLORS,
    });
  });

  test("by today's score: the highest first", () => {
    expect(heatmapRequest(heat, "today", [], strings.en, "en").rows.map((r) => r[1])).toEqual(["IDC", "Optical modules"]);
  });
});
