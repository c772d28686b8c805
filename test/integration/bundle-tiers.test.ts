import { loadFunctionsBundle, readFunctionsJson } from "../support/bundle";
import { show } from "../support/customFunctions";

// DIFFUSION_TIER and TAXONOMY as the built dist/ registers them (run
// `flock /tmp/build.lock npx webpack --mode production` first). Expected
// tiers are read off taxonomy.md by hand.

describe("functions.json declares the tier functions", () => {
  const byId = new Map(readFunctionsJson().functions.map((f) => [f.id, f]));

  test("DIFFUSION_TIER(segment, [taxonomy], [format]) takes and returns ranges", () => {
    const f = byId.get("DIFFUSION_TIER");
    expect(f).toBeDefined();
    expect(f!.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar"])).toEqual([
      ["segment", false, "matrix"],
      ["taxonomy", true, "matrix"],
      ["format", true, "scalar"],
    ]);
    expect(f!.result.dimensionality).toBe("matrix");
  });

  test("TAXONOMY([format]) spills a table", () => {
    const f = byId.get("TAXONOMY");
    expect(f).toBeDefined();
    expect(f!.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([["format", true]]);
    expect(f!.result.dimensionality).toBe("matrix");
  });
});

describe("the bundle answers", () => {
  const bundle = loadFunctionsBundle();
  const tier = bundle.fn("DIFFUSION_TIER");
  const taxonomy = bundle.fn("TAXONOMY");
  const grid = (g: unknown): unknown => (g as unknown[][]).map((r) => r.map(show));

  test("names in English, Chinese, aliases and full-width forms, in the input's shape", () => {
    expect(grid(tier([["光纤光缆", "Data Centres"], ["ＰＣＢ", null], ["游戏Ⅱ", "cloud"]], null, null))).toEqual([[1, 2], [1, ""], [3, 3]]);
  });

  test("formats, the taxonomy argument and errors", () => {
    expect(grid(tier([["液冷"]], null, "label-zh"))).toEqual([["北美算力链低估值环节"]]);
    expect(grid(tier([["Robotaxi", "电力设备"]], [["Robotaxi", 3], ["Power equipment", "domestic-compute"]], "key"))).toEqual([["applications", "domestic-compute"]]);
    expect(grid(tier([["Robotaxi"]], null, null))).toEqual([[{ code: "#N/A", message: 'unknown segment "Robotaxi"; add it with the taxonomy argument' }]]);
    expect(grid(tier([["PCB"]], [["Robotaxi", 9]], null))).toEqual([
      [{ code: "#VALUE!", message: "taxonomy row 1: tier 9 is not 1, 2, 3 or a tier key (na-compute, domestic-compute, applications)" }],
    ]);
  });

  test("TAXONOMY() spills the table, and reads back as a taxonomy", () => {
    const t = taxonomy(null) as unknown[][];
    expect(t[0]).toEqual(["tier", "group", "segment", "中文", "aliases"]);
    expect(t).toHaveLength(29);
    const names = t.slice(1).map((r) => [r[2]]);
    expect(grid(tier(names, taxonomy("label"), null))).toEqual(t.slice(1).map((r) => [r[0]]));
  });
});
