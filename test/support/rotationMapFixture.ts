/**
 * A small rotation map written out by hand, shared by the tests of what the
 * pane draws (test/unit/taskpane/svgCharts.test.ts) and what it asks Excel to
 * insert (test/unit/taskpane/rotationRequests.test.ts): three segments (one
 * per tier, the third without a reading yet), their centroids, extent 3, so
 * both axes run 97 … 103.
 */
import type { RotationMap } from "../../src/core/board/rotationMap";

const p = (row: number, ratio: number, momentum: number, quadrant: "Leading" | "Weakening" | "Lagging" | "Improving") => ({ row, ratio, momentum, quadrant });

export const HAND_MAP: RotationMap = {
  segments: [
    { name: "Optical modules", nameZh: "光模块", header: "光模块(CPO)指数", tier: 1, trail: [p(5, 101, 99, "Weakening"), p(10, 102, 101, "Leading")], today: p(10, 102, 101, "Leading") },
    { name: "IDC", nameZh: "数据中心", header: "IDC", tier: 2, trail: [p(10, 99, 101.5, "Improving")], today: p(10, 99, 101.5, "Improving") },
    { name: "Games", header: "申万游戏Ⅱ", tier: 3, trail: [], today: null },
  ],
  centroids: [
    { tier: 1, count: 1, trail: [p(10, 102, 101, "Leading")], today: p(10, 102, 101, "Leading") },
    { tier: 2, count: 1, trail: [p(10, 99, 101.5, "Improving")], today: p(10, 99, 101.5, "Improving") },
    { tier: 3, count: 0, trail: [], today: null },
  ],
  extent: 3,
};
