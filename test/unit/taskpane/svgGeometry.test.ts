/**
 * The SVG charts' pure geometry (src/taskpane/charts/svg.ts). Every expected
 * value is worked out by hand in the comment beside it (pixel arithmetic,
 * tick steps from the 1–2–2.5–5 ladder, atan2 of simple directions).
 */
import {
  arrowHead,
  indexTicks,
  linearScale,
  linePath,
  nearestIndex,
  niceAxis,
  niceStep,
  plotArea,
  polygonPoints,
  quadrantRects,
  tickText,
  ticksWithin,
} from "../../../src/taskpane/charts/svg";

describe("plotArea", () => {
  test("the box less its margins; never inverted", () => {
    // 320 − 8 = 312, 200 − 20 = 180
    expect(plotArea(320, 200, { left: 40, top: 8, right: 8, bottom: 20 })).toEqual({ left: 40, top: 8, right: 312, bottom: 180 });
    // a 30 px box with 40 px on the left: right stays at left
    expect(plotArea(30, 10, { left: 40, top: 8, right: 8, bottom: 20 })).toEqual({ left: 40, top: 8, right: 40, bottom: 8 });
  });
});

describe("linearScale", () => {
  test("maps the domain's ends onto the range's, linearly, either way round", () => {
    const x = linearScale(97, 103, 40, 340); // 300 px for 6 units: 50 px per unit
    expect([x(97), x(100), x(103), x(104)]).toEqual([40, 190, 340, 390]);
    const y = linearScale(97, 103, 300, 0); // inverted (SVG y grows downwards): 50 px per unit upwards
    expect([y(97), y(101), y(103)]).toEqual([300, 100, 0]);
  });
  test("a zero-width domain maps to the middle of the range", () => {
    expect(linearScale(5, 5, 0, 100)(123)).toBe(50);
  });
});

describe("niceStep, ticksWithin, niceAxis", () => {
  test("the smallest 1, 2, 2.5 or 5 × 10^k step giving at most maxCount intervals", () => {
    expect(niceStep(97, 103, 4)).toBe(2); // 6 / 4 = 1.5 → 2
    expect(niceStep(97.5, 102.5, 4)).toBe(2); // 5 / 4 = 1.25 → 2
    expect(niceStep(0, 10, 4)).toBe(2.5); // 10 / 4 = 2.5 → 2.5
    expect(niceStep(0, 0.3, 5)).toBeCloseTo(0.1, 12); // 0.06 → 0.1 (0.05 is too small)
    expect(niceStep(0, 1000, 5)).toBe(200); // 200 exactly
    expect(niceStep(3, 3, 5)).toBe(1); // empty span
  });
  test("multiples of the step inside the span, with clean decimals", () => {
    expect(ticksWithin(96.5, 103.5, 2)).toEqual([98, 100, 102]); // 48.25 → 49 … 51.75 → 51
    expect(ticksWithin(97, 103, 2)).toEqual([98, 100, 102]);
    expect(ticksWithin(0, 0.3, 0.1)).toEqual([0, 0.1, 0.2, 0.3]); // 0.1 × 3 = 0.30000000000000004 rounded
    expect(ticksWithin(1, 0, 1)).toEqual([]);
  });
  test("an axis fitted to data widens to whole steps", () => {
    // span 0.113 / 5 = 0.0226 → 0.025; −0.013 floors to −0.025, 0.1 is already a multiple (4 steps)
    expect(niceAxis(-0.013, 0.1, 5)).toEqual({ min: -0.025, max: 0.1, step: 0.025, ticks: [-0.025, 0, 0.025, 0.05, 0.075, 0.1] });
    // flat at 0.1: widened to 0.1 ± 1 → span 2 / 5 = 0.4 → 0.5; −0.9 floors to −1, 1.1 ceils to 1.5
    expect(niceAxis(0.1, 0.1, 5)).toEqual({ min: -1, max: 1.5, step: 0.5, ticks: [-1, -0.5, 0, 0.5, 1, 1.5] });
  });
  test("tick texts drop trailing zeros", () => {
    expect([tickText(97), tickText(98.5), tickText(100.25), tickText(0.1 + 0.2)]).toEqual(["97", "98.5", "100.25", "0.3"]);
  });
});

describe("indexTicks and nearestIndex", () => {
  test("every k-th index from 0, k the smallest step keeping the count within the limit", () => {
    expect(indexTicks(100, 4)).toEqual([0, 33, 66, 99]); // k = ceil(99 / 3) = 33
    expect(indexTicks(10, 5)).toEqual([0, 3, 6, 9]); // k = ceil(9 / 4) = 3
    expect(indexTicks(3, 5)).toEqual([0, 1, 2]);
    expect(indexTicks(0, 5)).toEqual([]);
    expect(indexTicks(50, 1)).toEqual([0]);
  });
  test("the category nearest a pixel, clamped", () => {
    // 5 categories over 0…100 px sit at 0, 25, 50, 75, 100
    expect([nearestIndex(52, 5, 0, 100), nearestIndex(12, 5, 0, 100), nearestIndex(13, 5, 0, 100)]).toEqual([2, 0, 1]);
    expect([nearestIndex(-40, 5, 0, 100), nearestIndex(900, 5, 0, 100)]).toEqual([0, 4]);
    expect([nearestIndex(10, 0, 0, 100), nearestIndex(10, 1, 0, 100)]).toEqual([-1, 0]);
  });
});

describe("linePath", () => {
  test("a new sub-path after each gap; 0.01 px rounding", () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5.556, y: 20 }, null, { x: 15, y: 0 }, { x: 20, y: 5 }])).toBe("M0 10L5.56 20M15 0L20 5");
    expect(linePath([null, { x: 1, y: 2 }, null])).toBe("M1 2");
    expect(linePath([])).toBe("");
  });
});

describe("arrowHead", () => {
  test("points the way the tail last moved, barbs at ±2.5 rad", () => {
    // moving right (angle 0): tip at (10 + 7, 10); barbs at cos(±2.5) = −0.8011, sin(±2.5) = ±0.5985, × 7 = −5.608, ±4.189
    const [tip, b1, b2] = arrowHead({ x: 10, y: 10 }, { x: 0, y: 10 }, 7);
    expect(tip).toEqual({ x: 17, y: 10 });
    expect(b1.x).toBeCloseTo(4.392, 3);
    expect(b1.y).toBeCloseTo(14.189, 3);
    expect(b2.x).toBeCloseTo(4.392, 3);
    expect(b2.y).toBeCloseTo(5.811, 3);
    // moving straight up the screen (y decreasing, angle −π/2): the tip 7 px above
    const up = arrowHead({ x: 0, y: 0 }, { x: 0, y: 5 }, 7)[0];
    expect(up.x).toBeCloseTo(0, 12);
    expect(up.y).toBeCloseTo(-7, 12);
    // no movement: points right
    expect(arrowHead({ x: 3, y: 3 }, { x: 3, y: 3 }, 2)[0]).toEqual({ x: 5, y: 3 });
  });
  test("polygon text", () => {
    expect(polygonPoints([{ x: 1, y: 2 }, { x: 3.14159, y: 4 }])).toBe("1,2 3.14,4");
  });
});

describe("quadrantRects", () => {
  test("Leading top right, Weakening bottom right, Lagging bottom left, Improving top left", () => {
    // area 0…100 × 0…80, cross at (60, 30)
    expect(quadrantRects({ left: 0, top: 0, right: 100, bottom: 80 }, 60, 30)).toEqual([
      { quadrant: "Leading", x: 60, y: 0, width: 40, height: 30 },
      { quadrant: "Weakening", x: 60, y: 30, width: 40, height: 50 },
      { quadrant: "Lagging", x: 0, y: 30, width: 60, height: 50 },
      { quadrant: "Improving", x: 0, y: 0, width: 60, height: 30 },
    ]);
  });
  test("a cross outside the area is clamped: quadrants empty, never negative", () => {
    const r = quadrantRects({ left: 10, top: 10, right: 50, bottom: 50 }, 80, 0);
    expect(r.map((q) => [q.quadrant, q.width, q.height])).toEqual([
      ["Leading", 0, 0],
      ["Weakening", 0, 40],
      ["Lagging", 40, 40],
      ["Improving", 40, 0],
    ]);
  });
});
