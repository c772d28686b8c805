import fs from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const unified = require("../../../scripts/unified-manifest.js") as {
  MANIFEST_VERSION: string;
  toUnifiedManifest(xml: string, version: string): Promise<Record<string, unknown>>;
  toUnifiedLocalizations(xml: string): Promise<Record<string, Record<string, string>>>;
  validateUnifiedManifest(m: unknown, kind?: string): string[];
  schemaPath(kind?: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { retargetManifest } = require("../../../scripts/build-lib.js") as { retargetManifest(xml: string, url: string, v: string): string };

const root = path.join(__dirname, "..", "..", "..");
const xml = retargetManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), "https://baton.example.com/addin/", "0.3.1");

// The expected values are read off manifest.xml by hand (the ids, URLs and
// labels it declares); the schema is Microsoft's published one for v1.24,
// from the npm package @microsoft/app-manifest.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe("manifest.json, the unified manifest derived from manifest.xml", () => {
  let m: Json;
  beforeAll(async () => {
    m = await unified.toUnifiedManifest(xml, "0.3.1");
  });

  test("the schema file is the published one, read offline", () => {
    expect(unified.schemaPath()).toMatch(/@microsoft[\\/]app-manifest[\\/].*v1\.24[\\/]MicrosoftTeams\.schema\.json$/);
    expect(m.$schema).toBe("https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json");
  });

  test("validates against the unified manifest schema", () => {
    expect(unified.validateUnifiedManifest(m)).toEqual([]);
  });

  test("describes the same add-in as the XML manifest", () => {
    expect(m.id).toBe("6f0c2b1e-8a4d-4c1b-9d57-2b7f3c9e5a10");
    expect(m.version).toBe("0.3.1");
    expect(m.validDomains).toEqual(["baton.example.com"]);
    const ext = m.extensions[0];
    expect(ext.requirements).toEqual({ scopes: ["workbook"], capabilities: [{ name: "SharedRuntime", minVersion: "1.1" }] });
    const rt = ext.runtimes[0];
    expect(rt.lifetime).toBe("long");
    expect(rt.code).toEqual({ page: "https://baton.example.com/addin/taskpane.html", script: "https://baton.example.com/addin/functions.js" });
    expect(rt.customFunctions).toEqual({ namespace: { id: "BATON", name: "BATON" }, metadataUrl: "https://baton.example.com/addin/functions.json" });
    const tab = ext.ribbons[0].tabs[0];
    expect(tab.builtInTabId).toBe("TabHome");
    const button = tab.groups[0].controls[0];
    expect(button).toMatchObject({ id: "Baton.TaskpaneButton", type: "button", label: "Tier view", actionId: "ShowTaskpane" });
    expect(button.icons.map((i: Json) => [i.size, i.url])).toEqual([
      [16, "https://baton.example.com/addin/assets/icon-16.png"],
      [32, "https://baton.example.com/addin/assets/icon-32.png"],
      [80, "https://baton.example.com/addin/assets/icon-80.png"],
    ]);
    expect(rt.actions).toEqual([expect.objectContaining({ id: "ShowTaskpane", type: "openPage" })]);
    expect(m.authorization.permissions.resourceSpecific).toEqual([{ name: "Document.ReadWrite.User", type: "Delegated" }]);
    expect(m.icons).toEqual({ color: "assets/icon-color-192.png", outline: "assets/icon-outline-32.png" });
  });

  test.each<[string, (x: Json) => void, RegExp]>([
    ["an unknown property", (x) => (x.extra = 1), /additional properties/],
    ["a short-lived runtime", (x) => (x.extensions[0].runtimes[0].lifetime = "forever"), /lifetime/],
    ["an http metadata URL", (x) => (x.extensions[0].runtimes[0].customFunctions.metadataUrl = "http://x/functions.json"), /customFunctions.metadataUrl: "http:\/\/x\/functions.json" must be https/],
    ["a relative metadata URL", (x) => (x.extensions[0].runtimes[0].customFunctions.metadataUrl = "functions.json"), /metadataUrl/],
    ["a namespace with a space", (x) => (x.extensions[0].runtimes[0].customFunctions.namespace.id = "BA TON"), /namespace/],
    ["no version", (x) => delete x.version, /version/],
  ])("the schema check rejects %s", (_name, edit, problem) => {
    const broken = JSON.parse(JSON.stringify(m));
    edit(broken);
    expect(unified.validateUnifiedManifest(broken).join("\n")).toMatch(problem);
  });
});

describe("manifest.zh-CN.json, the unified manifest's Chinese strings", () => {
  test("carries the XML manifest's zh-CN Overrides of the name and description, and validates", async () => {
    const files = await unified.toUnifiedLocalizations(xml);
    expect(Object.keys(files)).toEqual(["manifest.zh-CN.json"]);
    const zh = files["manifest.zh-CN.json"];
    // From manifest.xml's <Override Locale="zh-CN"> elements, copied by hand.
    expect(zh["name.short"]).toBe("Baton 接力");
    expect(zh["description.full"]).toBe("科技行情的扩散路径与行业拥挤度：Excel 函数与分层视图。");
    expect(unified.validateUnifiedManifest(zh, "MicrosoftTeams.Localization")).toEqual([]);
    const m = (await unified.toUnifiedManifest(xml, "0.3.1")) as Json;
    expect(m.localizationInfo).toEqual({ defaultLanguageTag: "en-US", additionalLanguages: [{ languageTag: "zh-CN", file: "manifest.zh-CN.json" }] });
  });

  test("the language schema rejects a name longer than 30 characters", () => {
    const problems = unified.validateUnifiedManifest({ "name.short": "Baton 接力 ".repeat(5), "description.short": "x", "description.full": "x" }, "MicrosoftTeams.Localization");
    expect(problems.join("\n")).toMatch(/name\.short.*longer than 30/);
  });
});

describe("the unified manifest's icons, derived from assets/", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const png = require("../../../scripts/png.js") as {
    decodePng(b: Buffer): { width: number; height: number; data: Uint8Array };
    unifiedIcons(a: Buffer, b: Buffer): { color: Buffer; outline: Buffer };
  };
  const icons = png.unifiedIcons(fs.readFileSync(path.join(root, "assets", "icon-128.png")), fs.readFileSync(path.join(root, "assets", "icon-32.png")));
  // Sizes from Microsoft's rules for the unified manifest: color 192×192, outline 32×32 white on transparent.
  const size = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

  test("color is 192×192, outline 32×32 (read from the PNG headers)", () => {
    expect(size(icons.color)).toEqual([192, 192]);
    expect(size(icons.outline)).toEqual([32, 32]);
  });

  test("the outline is white on transparent, and not empty", () => {
    const { data } = png.decodePng(icons.outline);
    let visible = 0;
    for (let i = 0; i < data.length; i += 4) {
      expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
      if (data[i + 3] > 0) visible++;
    }
    expect(visible).toBeGreaterThan(20);
    expect(visible).toBeLessThan(32 * 32 / 2);
  });

  test("the color icon keeps the artwork: transparent corner, and the same green as icon-128 in the field", () => {
    const big = png.decodePng(icons.color);
    const src = png.decodePng(fs.readFileSync(path.join(root, "assets", "icon-128.png")));
    const at = (img: { width: number; data: Uint8Array }, x: number, y: number) => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];
    // Hand-picked points: the corner (0,0) is transparent in both (rounded square); (20,64) in icon-128 is plain green, (30,96) is the same point at 192/128.
    expect(at(big, 0, 0)[3]).toBe(at(src, 0, 0)[3]);
    expect(at(big, 30, 96)).toEqual(at(src, 20, 64));
  });
});
