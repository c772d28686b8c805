import fc from "fast-check";
import { installCustomFunctions, isCleanGrid, show } from "../../support/customFunctions";

installCustomFunctions();
// Imported after the fake runtime is installed, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { diffusionTierFn, taxonomyFn } = require("../../../src/functions/diffusionTier") as typeof import("../../../src/functions/diffusionTier");

// As Excel calls it: an omitted optional argument arrives as null.
const tier = diffusionTierFn as (segment: unknown, taxonomy?: unknown, format?: unknown) => unknown[][];
const grid = (g: unknown[][]): unknown[][] => g.map((r) => r.map(show));
const NA = (name: string): unknown => ({ code: "#N/A", message: `unknown segment "${name}"; add it with the taxonomy argument` });
const VALUE = (message: string): unknown => ({ code: "#VALUE!", message });

// Expected tiers are read off taxonomy.md by hand.
describe("DIFFUSION_TIER", () => {
  test("one cell", () => {
    expect(grid(tier([["光模块"]]))).toEqual([[1]]);
    expect(grid(tier([["算力租赁"]]))).toEqual([[2]]);
    expect(grid(tier([["Games"]]))).toEqual([[3]]);
  });

  test("a column keeps its shape; blanks give empty text", () => {
    expect(grid(tier([["Fiber optic cables"], [null], [""], ["  "], [0], ["data centres"]]))).toEqual([[1], [""], [""], [""], [""], [2]]);
  });

  test("a row keeps its shape", () => {
    expect(grid(tier([["PCB", "EDA", "传媒", null]]))).toEqual([[1, 2, 3, ""]]);
  });

  test("a block keeps its shape", () => {
    expect(grid(tier([["液冷", "国产GPU", "卫星通信"], ["IT服务Ⅱ", "", "Switches"]]))).toEqual([[1, 2, 3], [3, "", 1]]);
  });

  test("an unknown name is #N/A with the contract's message; the other cells still answer", () => {
    expect(grid(tier([["光模块"], ["Robotaxi"], ["equipment"]]))).toEqual([[1], [NA("Robotaxi")], [NA("equipment")]]);
  });

  test("the name in the message is trimmed and shortened for Excel's tooltip", () => {
    expect(grid(tier([["  Robotaxi  "]]))).toEqual([[NA("Robotaxi")]]);
    expect(grid(tier([["a segment name that is far too long"]]))).toEqual([[NA("a segment name that is …")]]);
  });

  test("booleans and error values are #VALUE! naming the cell", () => {
    expect(grid(tier([[true]]))).toEqual([[VALUE("segment is TRUE; segments must be names")]]);
    expect(grid(tier([["PCB"], [false]]))).toEqual([[1], [VALUE("segment row 2 is FALSE; segments must be names")]]);
    expect(grid(tier([["PCB", { type: "Error" }]]))).toEqual([[1, VALUE("segment column 2 is an error value; segments must be names")]]);
    expect(grid(tier([["PCB", "PCB"], ["PCB", Infinity]]))).toEqual([[1, 1], [1, VALUE("segment row 2, column 2 is not a finite number; segments must be names")]]);
  });

  test.each<[string, unknown[]]>([
    ["number", [1, 2, 3]],
    ["key", ["na-compute", "domestic-compute", "applications"]],
    ["label", ["North American compute chain (low-valued segments)", "Domestic compute & AIDC", "Mid- and downstream applications"]],
    ["label-zh", ["北美算力链低估值环节", "国产算力与AIDC", "中下游软件应用"]],
    ["group", ["Power & cooling", "AIDC infrastructure", "Software & media"]],
  ])("format %s", (format, expected) => {
    expect(grid(tier([["Power equipment", "data center", "游戏"]], null, format))).toEqual([expected]);
    expect(grid(tier([["Power equipment", "data center", "游戏"]], null, [[format.toUpperCase()]]))).toEqual([expected]);
  });

  test("an unknown format is #VALUE! listing the choices", () => {
    expect(grid(tier([["PCB"], ["EDA"]], null, "tier"))).toEqual([
      [VALUE('format must be one of "number", "key", "label", "label-zh", "group", not text "tier"')],
    ]);
  });

  test("the taxonomy argument overrides and adds", () => {
    const taxonomy = [["name", "tier", "aliases"], ["Power equipment", 2, ""], ["Robotaxi", "applications", "自动驾驶；无人驾驶"]];
    expect(grid(tier([["电力设备", "无人驾驶", "光模块"]], taxonomy))).toEqual([[2, 3, 1]]);
    expect(grid(tier([["电力设备", "无人驾驶", "光模块"]], taxonomy, "group"))).toEqual([["Other", "Other", "Optical & network hardware"]]);
  });

  test("a malformed taxonomy is one #VALUE! naming the row", () => {
    expect(grid(tier([["PCB"], ["EDA"]], [["Robotaxi", 3], ["Lidar", 7]]))).toEqual([
      [VALUE("taxonomy row 2: tier 7 is not 1, 2, 3 or a tier key (na-compute, domestic-compute, applications)")],
    ]);
    expect(grid(tier([["PCB"]], [["Robotaxi", 3], [null, 2]]))).toEqual([[VALUE("taxonomy row 2 has no segment name")]]);
  });

  test("never NaN, null or undefined; always the input's shape (property)", () => {
    const cell = fc.oneof(
      fc.constantFrom("光模块", "ＰＣＢ", "data-centres", "Robotaxi", "", null, 0, "  ", true, 3.5),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(cell, { minLength: 36, maxLength: 36 }), (h, w, cells) => {
        const input = Array.from({ length: h }, (_, i) => cells.slice(i * w, i * w + w));
        const out = tier(input);
        return isCleanGrid(out) && out.length === h && out.every((r) => r.length === w);
      }),
    );
  });
});

describe("TAXONOMY", () => {
  test("spills a header row and one row per segment", () => {
    const t = grid(taxonomyFn());
    expect(t[0]).toEqual(["tier", "group", "segment", "中文", "aliases"]);
    expect(t[1].slice(0, 4)).toEqual([1, "Optical & network hardware", "Fiber optic cables", "光纤光缆"]);
    expect(t).toHaveLength(29);
    expect(isCleanGrid(taxonomyFn())).toBe(true);
  });

  test("an unknown format is #VALUE! listing the choices", () => {
    expect(grid(taxonomyFn("group"))).toEqual([[VALUE('format must be one of "number", "key", "label", "label-zh", not text "group"')]]);
  });

  test.each([null, "number", "key", "label", "label-zh"])("round trip: TAXONOMY(%j) fed back as the taxonomy gives the same tiers", (format) => {
    const table = taxonomyFn(format);
    const names = (grid(taxonomyFn()) as string[][]).slice(1).flatMap((r) => [r[2], r[3], ...String(r[4]).split("; ").filter(Boolean)]);
    const column = names.map((n) => [n]);
    for (const f of ["number", "group"]) {
      expect(grid(tier(column, table, f))).toEqual(grid(tier(column, null, f)));
    }
  });
});
