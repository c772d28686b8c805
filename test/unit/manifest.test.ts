import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-check.js") as { checkManifest(xml: string, options?: { files?: string }): Promise<string[]> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { retargetManifest } = require("../../scripts/build-lib.js") as { retargetManifest(xml: string, url: string, v: string): string };

// The online validator is out of reach; these checks stand in for it. Each
// broken variant below is a hand-made edit of the real manifest that Excel or
// the validator would reject, so the check is shown to fail where it should.
const root = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml (offline checks)", () => {
  test("the project's manifest passes every check", async () => {
    expect(await checkManifest(manifest)).toEqual([]);
  });

  test.each([
    ["does not parse", (m: string) => m.replace("</OfficeApp>", ""), /does not parse/],
    ["an undefined resid", (m: string) => m.replace('resid="TaskpaneButton.Tooltip"', 'resid="Nope.Tooltip"'), /"Nope.Tooltip".*not defined/],
    ["a duplicate resource id", (m: string) => m.replace('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'), /defined twice/],
    ["a short-lived runtime", (m: string) => m.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ["functions on another page", (m: string) => m.replace(/<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/, '<Page><SourceLocation resid="Functions.Script.Url" />'), /Page must be the shared Runtime/],
    ["no SharedRuntime requirement", (m: string) => m.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', ""), /SharedRuntime set/],
    ["an http URL", (m: string) => m.replace('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="http://localhost:3000/functions.json"'), /must be https/],
    ["a missing icon", (m: string) => m.replace("assets/icon-80.png", "assets/icon-81.png"), /icon-81.png does not exist/],
    ["an icon of the wrong size", (m: string) => m.replace('DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-64.png"'), /64×64, expected 80×80/],
    ["a malformed version", (m: string) => m.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"), /Version/],
    ["another namespace", (m: string) => m.replace('DefaultValue="BATON"', 'DefaultValue="CONTOSO"'), /namespace must be BATON/],
    ["a bare zh locale", (m: string) => m.replace('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json" />', '<bt:Override Locale="zh" Value="https://localhost:3000/functions.zh-CN.json" />'), /Locale "zh".*full language tag/],
    ["two Overrides for one locale", (m: string) => m.replace('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json" />', '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json" /><bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.json" />'), /two Overrides for locale zh-CN/],
    ["an http Override", (m: string) => m.replace('Value="https://localhost:3000/functions.zh-CN.json"', 'Value="http://localhost:3000/functions.zh-CN.json"'), /Override for zh-CN.*must be https/],
    ["no Chinese function help", (m: string) => m.replace('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json" />', ""), /no zh-CN Override/],
  ])("rejects %s", async (_name, edit, problem) => {
    const broken = edit(manifest);
    expect(broken).not.toBe(manifest);
    const problems = await checkManifest(broken);
    expect(problems.join("\n")).toMatch(problem);
  });
});

describe("manifest.xml against a build's files (--files dist)", () => {
  // A hand-made build folder: the files the manifest names, and the icons.
  const url = "https://baton.example.com/addin/";
  const hosted = retargetManifest(manifest, url, "0.1.0");
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-manifest-"));
    fs.mkdirSync(path.join(dir, "assets"));
    for (const f of fs.readdirSync(path.join(root, "assets"))) fs.copyFileSync(path.join(root, "assets", f), path.join(dir, "assets", f));
    for (const f of ["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json"]) fs.writeFileSync(path.join(dir, f), "x");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("passes when every URL is a file of the build, icons looked up there", async () => {
    expect(await checkManifest(hosted, { files: dir })).toEqual([]);
  });

  test("names a URL whose file is missing, the Override's too", async () => {
    fs.renameSync(path.join(dir, "functions.zh-CN.json"), path.join(dir, "gone.json"));
    try {
      const problems = (await checkManifest(hosted, { files: dir })).join("\n");
      expect(problems).toMatch(/Functions.Metadata.Url \(zh-CN\): https:\/\/baton.example.com\/addin\/functions.zh-CN.json is not a file/);
    } finally {
      fs.renameSync(path.join(dir, "gone.json"), path.join(dir, "functions.zh-CN.json"));
    }
  });
});
