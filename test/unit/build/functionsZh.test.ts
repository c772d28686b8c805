import path from "node:path";
import { HELP_ZH_CN, type HelpCatalogue } from "../../../src/functions/help.zh-CN";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctions, ZH_FILE, ZH_LOCALE } = require("../../../scripts/functions-zh.js") as {
  ZH_FILE: string;
  ZH_LOCALE: string;
  localizeFunctions(meta: Meta, catalogue: HelpCatalogue): { problems: string[]; meta: Meta };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionSources } = require("../../../scripts/function-sources.js") as { functionSources: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata(files: string[], log?: boolean): Promise<{ metadataJson: string; errors: string[] }>;
};

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Meta {
  functions: { id: string; name: string; description?: string; parameters: Param[]; result?: object; options?: object }[];
}

const root = path.join(__dirname, "..", "..", "..");

// A hand-made functions.json of two functions; the expected outputs below are
// written by hand from it.
const small: Meta = {
  functions: [
    { id: "A", name: "A", description: "Alpha.", parameters: [{ name: "x", description: "An x.", type: "number", dimensionality: "matrix" }], result: { dimensionality: "matrix" } },
    { id: "B", name: "B", description: "Beta.", parameters: [{ name: "y", description: "A y.", optional: true, type: "any" }] },
  ],
};
const full: HelpCatalogue = {
  A: { description: "甲。", parameters: { x: { name: "数", description: "一个数。" } } },
  B: { description: "乙。", parameters: { y: { name: "值", description: "一个值。" } } },
};

describe("localizeFunctions", () => {
  test("replaces only descriptions and parameter names; ids, function names and types stay", () => {
    const { problems, meta } = localizeFunctions(small, full);
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      functions: [
        { id: "A", name: "A", description: "甲。", parameters: [{ name: "数", description: "一个数。", type: "number", dimensionality: "matrix" }], result: { dimensionality: "matrix" } },
        { id: "B", name: "B", description: "乙。", parameters: [{ name: "值", description: "一个值。", optional: true, type: "any" }] },
      ],
    });
  });

  test.each<[string, HelpCatalogue, RegExp]>([
    ["a missing function", { A: full.A }, /no entry for B$/],
    ["a stale function", { ...full, C: full.A }, /C is not a function in functions.json/],
    ["a missing parameter", { ...full, B: { description: "乙。", parameters: {} } }, /no entry for B's parameter "y"/],
    ["a stale parameter", { ...full, A: { description: "甲。", parameters: { ...full.A.parameters, z: { name: "z", description: "z" } } } }, /A has no parameter "z"/],
    ["an empty text", { ...full, A: { description: " ", parameters: full.A.parameters } }, /A has no description/],
  ])("reports %s", (_name, catalogue, problem) => {
    const { problems } = localizeFunctions(small, catalogue);
    expect(problems.join("\n")).toMatch(problem);
  });
});

describe("the project's catalogue, against the metadata the build generates from the JSDoc", () => {
  let meta: Meta;
  beforeAll(async () => {
    // The same generator custom-functions-metadata-plugin runs in the build.
    const r = await generateCustomFunctionsMetadata(functionSources.map((f) => path.join(root, f)), false);
    expect(r.errors).toEqual([]);
    meta = JSON.parse(r.metadataJson) as Meta;
  });

  test("covers every function and parameter, and nothing else", () => {
    expect(localizeFunctions(meta, HELP_ZH_CN).problems).toEqual([]);
  });

  test("every text is Chinese (holds CJK characters) and no function is renamed", () => {
    const { meta: zh } = localizeFunctions(meta, HELP_ZH_CN);
    for (const [i, f] of zh.functions.entries()) {
      expect(f.name).toBe(meta.functions[i].name);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) {
        expect(p.name).toMatch(/[\u4e00-\u9fff]/);
        expect(p.description).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test("the file and locale the manifest's Override names", () => {
    expect([ZH_FILE, ZH_LOCALE]).toEqual(["functions.zh-CN.json", "zh-CN"]);
  });
});
