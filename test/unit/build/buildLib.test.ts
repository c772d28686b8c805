import fs from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require("../../../scripts/build-lib.js") as {
  DEV_URL: string;
  resolveHostUrl(raw: string | undefined): { ok: true; url: string; dev: boolean } | { ok: false; message: string };
  manifestVersion(v: string): string;
  retargetManifest(xml: string, url: string, version: string): string;
  mentionsLocalhost(files: Record<string, string>): string[];
};

const root = path.join(__dirname, "..", "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

// Expected values are written by hand from the rules in issue 14 (https, a
// trailing "/", a real URL; four-part versions) and from manifest.xml's text.

describe("BATON_URL", () => {
  test("absent or empty: the development build on localhost", () => {
    expect(lib.resolveHostUrl(undefined)).toEqual({ ok: true, url: "https://localhost:3000/", dev: true });
    expect(lib.resolveHostUrl("")).toEqual({ ok: true, url: "https://localhost:3000/", dev: true });
  });

  test("an https folder URL is the host", () => {
    expect(lib.resolveHostUrl("https://baton.example.com/addin/")).toEqual({ ok: true, url: "https://baton.example.com/addin/", dev: false });
    expect(lib.resolveHostUrl("https://cdn.example.cn/")).toEqual({ ok: true, url: "https://cdn.example.cn/", dev: false });
  });

  test.each([
    ["http://baton.example.com/addin/", /is not https/],
    ["https://baton.example.com/addin", /does not end in "\/"/],
    ["baton.example.com/addin/", /is not a URL/],
    ["not a url", /contains spaces/],
    ["https://baton.example.com/addin/?v=2", /query/],
    ["https://user:pw@baton.example.com/addin/", /user name or password/],
    ["file:///srv/baton/", /is not https/],
  ])("refuses %s with a message saying why and how", (raw, why) => {
    const r = lib.resolveHostUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(why);
      expect(r.message).toContain(raw);
      expect(r.message).toContain("BATON_URL=https://baton.example.com/addin/ npm run build");
    }
  });
});

describe("the version", () => {
  test.each([
    ["0.1.0", "0.1.0.0"],
    ["1.12.3", "1.12.3.0"],
    ["0.2.0-beta.1", "0.2.0.0"],
  ])("package version %s is manifest version %s", (v, four) => expect(lib.manifestVersion(v)).toBe(four));

  test.each(["1.2", "v1.2.3", "70000.0.0"])("%s is refused", (v) => expect(() => lib.manifestVersion(v)).toThrow());

  test("manifest.xml in the repository (used by npm start) carries package.json's version", () => {
    const v = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
    expect(v).toBe(lib.manifestVersion(pkg.version));
  });
});

describe("retargeting the manifest at a host", () => {
  const url = "https://baton.example.com/addin/";
  const out = lib.retargetManifest(manifest, url, "2.3.4");

  test("leaves no localhost", () => {
    expect(manifest).toContain("localhost");
    expect(out).not.toMatch(/localhost/);
  });

  test("pages, scripts, metadata and icons move under the URL; the AppDomain is its origin", () => {
    expect(out).toContain('<bt:Url id="Functions.Script.Url" DefaultValue="https://baton.example.com/addin/functions.js" />');
    expect(out).toContain('<bt:Override Locale="zh-CN" Value="https://baton.example.com/addin/functions.zh-CN.json" />');
    expect(out).toContain('<SourceLocation DefaultValue="https://baton.example.com/addin/taskpane.html" />');
    expect(out).toContain('<IconUrl DefaultValue="https://baton.example.com/addin/assets/icon-32.png" />');
    expect(out).toContain("<AppDomain>https://baton.example.com</AppDomain>");
  });

  test("stamps the version", () => {
    expect(out).toContain("<Version>2.3.4.0</Version>");
  });

  test("the development URL changes nothing but the version", () => {
    expect(lib.retargetManifest(manifest, lib.DEV_URL, pkg.version)).toBe(manifest);
  });
});

test("mentionsLocalhost names the files that still point at a development server", () => {
  expect(
    lib.mentionsLocalhost({ "a.js": "fetch('https://localhost:3000/x')", "b.html": "<p>ok</p>", "c.json": '{"u":"http://127.0.0.1/"}', "d.xml": "LOCALHOST" }),
  ).toEqual(["a.js", "c.json", "d.xml"]);
});
