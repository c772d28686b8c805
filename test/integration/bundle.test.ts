import fs from "node:fs";
import path from "node:path";
import { distDir, loadFunctionsBundle, readFunctionsJson } from "../support/bundle";
import { show } from "../support/customFunctions";

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
    expect([...bundle.runtime.associated.keys()].sort()).toEqual(meta.functions.map((f) => f.id).sort());
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
