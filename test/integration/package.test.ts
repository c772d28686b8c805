/**
 * The hosted build and its archive, as a team would make them:
 *   BATON_URL=https://baton.example.com/addin/ npm run build && npm run package
 * built into a temporary folder (BATON_DIST), so that dist/ stays the
 * development build the preview and the other integration tests use.
 * Expected values: the URL given, package.json's version, and the file list
 * of the build folder itself.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";

const root = path.join(__dirname, "..", "..");
const url = "https://baton.example.com/addin/";
const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe("BATON_URL=https://baton.example.com/addin/ npm run build, then npm run package", () => {
  let tmp: string;
  let dist: string;
  let out: string;
  let packageLog: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "baton-hosted-"));
    dist = path.join(tmp, "dist");
    out = path.join(tmp, "release");
    const env = { ...process.env, BATON_URL: url, BATON_DIST: dist };
    execFileSync(bin("webpack"), ["--mode", "production"], { cwd: root, env, stdio: "pipe" });
    execFileSync(bin("tsx"), ["scripts/build-templates.ts"], { cwd: root, env, stdio: "pipe" });
    packageLog = execFileSync("node", ["scripts/package.js", "--out", out], { cwd: root, env, encoding: "utf8" });
  }, 240000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("no file of the build names localhost", () => {
    for (const f of listFiles(dist)) {
      if (/\.(html|js|json|xml|map|txt)$/.test(f)) expect({ f, localhost: /localhost/i.test(fs.readFileSync(path.join(dist, f), "utf8")) }).toEqual({ f, localhost: false });
    }
  });

  test("both manifests point at the URL, with package.json's version", () => {
    const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(xml).toContain(`<Version>${version}.0</Version>`);
    expect(xml).toContain(`<SourceLocation DefaultValue="${url}taskpane.html" />`);
    expect(xml).toContain(`<bt:Override Locale="zh-CN" Value="${url}functions.zh-CN.json" />`);
    const unified = JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8"));
    expect(unified.version).toBe(version);
    expect(unified.extensions[0].runtimes[0].customFunctions.metadataUrl).toBe(`${url}functions.json`);
  });

  test("one archive, baton-<version>.zip, holding exactly the build's files", async () => {
    expect(fs.readdirSync(out)).toEqual([`baton-${version}.zip`]);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, `baton-${version}.zip`)));
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(names).toEqual(listFiles(dist));
    for (const f of ["manifest.xml", "manifest.json", "manifest.zh-CN.json", "assets/icon-color-192.png", "assets/icon-outline-32.png", "functions.json", "functions.zh-CN.json", "taskpane.html", "templates/crowding-monitor.xlsx"]) expect(names).toContain(f);
  });

  test("the package step prints the URL it was built for and what is inside", () => {
    expect(packageLog).toContain(`Baton ${version} (manifest ${version}.0) for ${url}`);
    expect(packageLog).toMatch(/functions\.zh-CN\.json/);
    expect(packageLog).toMatch(/templates\/diffusion-tiers\.xlsx/);
  });
});

describe("build guards", () => {
  test.each(["http://baton.example.com/addin/", "https://baton.example.com/addin", "baton"])("BATON_URL=%s stops the build with a clear message", (bad) => {
    const r = spawnSync(bin("webpack"), ["--mode", "production"], { cwd: root, env: { ...process.env, BATON_URL: bad, BATON_DIST: path.join(os.tmpdir(), "baton-never") }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Build stopped: BATON_URL "${bad}"`);
    expect(fs.existsSync(path.join(os.tmpdir(), "baton-never"))).toBe(false);
  });

  test("npm run package refuses the development build in dist/", () => {
    const r = spawnSync("node", ["scripts/package.js", "--dist", "dist", "--out", path.join(os.tmpdir(), "baton-never-release")], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/development build/);
  });
});

test("the development build (dist/) says which version it is in the pane's About line and on the templates' Readme", async () => {
  expect(fs.readFileSync(path.join(root, "dist", "taskpane.js"), "utf8")).toContain(`Baton ${version}`);
  for (const t of ["crowding-monitor.xlsx", "diffusion-tiers.xlsx"]) {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(root, "dist", "templates", t)));
    const xml = await Promise.all(Object.keys(zip.files).filter((f) => f.endsWith(".xml")).map((f) => zip.file(f)!.async("string")));
    expect({ t, stamped: xml.some((x) => x.includes(`Baton ${version}<`)) }).toEqual({ t, stamped: true });
  }
});

test("dist/functions.zh-CN.json has every function of functions.json, same ids and names, Chinese help", () => {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, "dist", f), "utf8")) as { functions: { id: string; name: string; description: string; parameters: { name: string }[] }[] };
  const en = read("functions.json");
  const zh = read("functions.zh-CN.json");
  expect(zh.functions.map((f) => [f.id, f.name, f.parameters.length])).toEqual(en.functions.map((f) => [f.id, f.name, f.parameters.length]));
  for (const f of zh.functions) expect(f.description).toMatch(/[\u4e00-\u9fff]/);
});
