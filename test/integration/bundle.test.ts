import fs from "node:fs";
import path from "node:path";
import { distDir, loadFunctionsBundle, readFunctionsJson } from "../support/bundle";
import { makeCustomFunctions, show } from "../support/customFunctions";

// What `npm run build` wrote into dist/, checked as Excel would meet it.

describe("dist/ after npm run build", () => {
  test.each(["functions.js", "functions.json", "taskpane.html", "taskpane.js", "manifest.xml", "assets/icon-32.png", "assets/icon-80.png"])(
    "holds %s",
    (f) => expect(fs.existsSync(path.join(distDir, f))).toBe(true),
  );

  test("the built manifest still points at https URLs", () => {
    const xml = fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/DefaultValue="http:\/\//);
  });

  test("the pane's page loads the functions bundle too (shared runtime) and office.js first", () => {
    const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
    const office = html.indexOf("office.js");
    const functions = html.indexOf("functions.js");
    expect(office).toBeGreaterThan(-1);
    expect(functions).toBeGreaterThan(office);
  });
});

describe("functions.json, generated from the JSDoc", () => {
  const meta = readFunctionsJson();
  const byId = new Map(meta.functions.map((f) => [f.id, f]));

  test("declares ROLLING_EXCESS with its four parameters, the last two optional", () => {
    const f = byId.get("ROLLING_EXCESS");
    expect(f).toBeDefined();
    expect(f!.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar"])).toEqual([
      ["sector", false, "matrix"],
      ["benchmark", false, "matrix"],
      ["window", true, "scalar"],
      ["method", true, "scalar"],
    ]);
    expect(f!.result.dimensionality).toBe("matrix");
  });

  test("every function and parameter has help an analyst can read in autocomplete", () => {
    for (const f of meta.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });

  test("every declared function is registered by the bundle, and nothing else", () => {
    const bundle = loadFunctionsBundle();
    expect(Object.keys(bundle.runtime.registered).sort()).toEqual(meta.functions.map((f) => f.id).sort());
  });
});

describe("dist/functions.js in a plain JavaScript context with a CustomFunctions global", () => {
  const bundle = loadFunctionsBundle();
  const rollingExcess = bundle.fn("ROLLING_EXCESS");

  test("answers ROLLING_EXCESS correctly", () => {
    // Hand computation: window 1; S 100 -> 102 (+2%), B 200 -> 201 (+0.5%): 0.02 - 0.005 = 0.015.
    const out = rollingExcess([[100], [102]], [[200], [201]], 1, null) as unknown[][];
    expect(out.map((r) => r.map(show))).toEqual([[{ code: "#N/A", message: "needs 1 earlier rows" }], [expect.closeTo(0.015, 12)]]);
  });

  test("answers bad input with #VALUE! and a message, without throwing", () => {
    const out = rollingExcess([[100], [true]], [[1], [1]], 1, null) as unknown[][];
    expect(show(out[0][0])).toEqual({ code: "#VALUE!", message: "sector row 2 is TRUE; prices must be positive numbers" });
  });
});

describe("functions.js where no runtime exists (the browser preview)", () => {
  test("loads without a CustomFunctions global and does not throw", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require("node:vm") as typeof import("node:vm");
    const ctx = vm.createContext({ console });
    expect(() => vm.runInContext(fs.readFileSync(path.join(distDir, "functions.js"), "utf8"), ctx)).not.toThrow();
    expect(Object.keys((ctx as { CustomFunctions: { registered: object } }).CustomFunctions.registered)).toContain("ROLLING_EXCESS");
  });
});

describe("the function modules and the bundle entry agree", () => {
  test("functions.ts imports every module that declares a custom function", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { functionSources } = require("../../scripts/function-sources.js") as { functionSources: string[] };
    const entry = fs.readFileSync(path.join(__dirname, "..", "..", "src", "functions", "functions.ts"), "utf8");
    for (const f of functionSources) expect(entry).toContain(`import "./${path.basename(f, ".ts")}";`);
  });
});

describe("error messages follow Office's display language (issue 13)", () => {
  // A plain JS context with a CustomFunctions stand-in and an Office object
  // whose display language is set, as the shared runtime has it. Expected
  // texts are written by hand.
  function load(displayLanguage: string | undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require("node:vm") as typeof import("node:vm");
    const runtime = makeCustomFunctions();
    const Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
    const ctx = vm.createContext({ CustomFunctions: runtime, console, ...(Office ? { Office } : {}) });
    vm.runInContext(fs.readFileSync(path.join(distDir, "functions.js"), "utf8"), ctx);
    return (id: string) => runtime.registered[id] as (...a: unknown[]) => unknown[][];
  }
  const sector = [[100], [101], ["n/a"], [103]];
  const bench = [[100], [100], [100], [100]];

  test("zh-CN: a bad input's message is Chinese", () => {
    const fn = load("zh-CN");
    expect(show(fn("ROLLING_EXCESS")(sector, bench, 1, null)[0][0])).toEqual({ code: "#VALUE!", message: "sector 第 3 行是文本“n/a”；价格须为正数" });
    expect(show(fn("DIFFUSION_TIER")("量子计算", null, null)[0][0])).toEqual({ code: "#N/A", message: "未知细分领域“量子计算”；请用 taxonomy 参数添加" });
  });

  test("en-US, or no Office at all: English", () => {
    for (const lang of ["en-US", undefined]) {
      const fn = load(lang);
      expect(show(fn("ROLLING_EXCESS")(sector, bench, 1, null)[0][0])).toEqual({ code: "#VALUE!", message: 'sector row 3 is text "n/a"; prices must be positive numbers' });
    }
  });

  test("values stay the same words in every language", () => {
    const zh = load("zh-CN")("CROWDING_SCORE");
    const en = load("en-US")("CROWDING_SCORE");
    const S = Array.from({ length: 80 }, (_, t) => [100 + t]);
    const B = Array.from({ length: 80 }, () => [100]);
    expect(zh(S, B, null, 5, null, "detail")).toEqual(en(S, B, null, 5, null, "detail"));
  });
});
