import fs from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-check.js") as { checkManifest(xml: string): Promise<string[]> };

// The online validator is out of reach; these checks stand in for it. Each
// broken variant below is a hand-made edit of the real manifest that Excel or
// the validator would reject, so the check is shown to fail where it should.
const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

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
  ])("rejects %s", async (_name, edit, problem) => {
    const broken = edit(manifest);
    expect(broken).not.toBe(manifest);
    const problems = await checkManifest(broken);
    expect(problems.join("\n")).toMatch(problem);
  });
});
