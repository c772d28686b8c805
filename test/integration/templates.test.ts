/**
 * The built templates (dist/templates/, written by `npm run build`) against
 * LibreOffice: each workbook is opened headless with "recalculate on load:
 * always" (Calc's OOXMLRecalcMode = 0) and the Check sheets' native formulas,
 * recalculated by LibreOffice, must equal the cached BATON values the builder
 * wrote (computed by the project's core) within 1e-9.
 *
 * So that the test cannot pass on stale numbers, the cached values of the
 * Check sheets are removed from the copy LibreOffice opens: every Check
 * number compared here was computed by LibreOffice. The BATON cells
 * (`_xldudf_…`) mean nothing to LibreOffice; their cached values are read
 * from the original file.
 *
 * Needs LibreOffice Calc (Debian: libreoffice-calc). Without it the test
 * FAILS, saying so: CI installs it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { samplePrices, sampleSegments } from "../../src/sample";
import { TEMPLATES } from "../../src/templates/catalog";
import type { CellValue } from "../../src/templates/model";
import { readSheet, StoredCell } from "../../src/templates/ooxml";
import { sheetParts } from "../../src/templates/write";

const DIST = resolve(__dirname, "../../dist/templates");
const TOLERANCE = 1e-9;

function findSoffice(): string {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]) {
    if (existsSync(p)) return p;
  }
  const which = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const found = which.stdout.trim();
  if (found) return found;
  throw new Error(
    "LibreOffice is not installed (no soffice/libreoffice on PATH). The template cross-check needs it: " +
      "apt-get install -y libreoffice-calc (CI installs it).",
  );
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The workbook with the cached values of one sheet's formula cells removed. */
async function withoutCachedValues(bytes: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = (await sheetParts(zip)).get(sheet)!;
  const xml = await zip.file(path)!.async("string");
  let stripped = 0;
  const out = xml.replace(/<c ([^>]*)>(<f>[^<]*<\/f>)<v>[^<]*<\/v><\/c>/g, (_, attrs: string, f: string) => {
    stripped++;
    return `<c ${attrs.replace(/\s*\bt="[^"]*"/, "")}>${f}</c>`;
  });
  if (stripped === 0) throw new Error(`no cached formula values found on ${sheet}`);
  zip.file(path, out);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function same(actual: CellValue, expected: CellValue, where: string): string | undefined {
  if (typeof expected === "number") {
    if (typeof actual === "number" && Math.abs(actual - expected) <= TOLERANCE) return undefined;
  } else if (expected !== null && typeof expected === "object") {
    if (actual !== null && typeof actual === "object" && actual.error === expected.error) return undefined;
  } else if (actual === expected) return undefined;
  return `${where}: LibreOffice ${JSON.stringify(actual)} vs cached ${JSON.stringify(expected)}`;
}

describe("templates recalculated by LibreOffice agree with the cached BATON values", () => {
  const work = mkdtempSync(join(tmpdir(), "baton-templates-"));
  const inDir = join(work, "in");
  const outDir = join(work, "out");
  const original = new Map<string, JSZip>();
  const recalculated = new Map<string, JSZip>();

  beforeAll(async () => {
    for (const t of TEMPLATES) {
      if (!existsSync(join(DIST, t.file))) throw new Error(`dist/templates/${t.file} is missing: run npm run build first`);
    }
    const soffice = findSoffice();
    mkdirSync(join(work, "profile", "user"), { recursive: true });
    mkdirSync(inDir);
    mkdirSync(outDir);
    writeFileSync(join(work, "profile", "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    for (const t of TEMPLATES) {
      const bytes = readFileSync(join(DIST, t.file));
      original.set(t.file, await JSZip.loadAsync(bytes));
      writeFileSync(join(inDir, t.file), await withoutCachedValues(bytes, "Check"));
    }
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...TEMPLATES.map((t) => join(inDir, t.file)),
      ],
      { encoding: "utf8", timeout: 100_000, killSignal: "SIGKILL" },
    );
    if (run.error || run.status !== 0) {
      throw new Error(`LibreOffice failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
    }
    for (const t of TEMPLATES) {
      const p = join(outDir, t.file);
      if (!existsSync(p)) throw new Error(`LibreOffice wrote no ${t.file}: ${run.stdout} ${run.stderr}`);
      recalculated.set(t.file, await JSZip.loadAsync(readFileSync(p)));
    }
  }, 115_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const value = (cells: Map<string, StoredCell>, a: string): CellValue => cells.get(a)?.value ?? null;

  test("crowding-monitor: Check (native) equals Monitor (BATON) on every row and in both detail tables", async () => {
    const file = "crowding-monitor.xlsx";
    const monitor = await readSheet(original.get(file)!, "Monitor");
    const cachedCheck = await readSheet(original.get(file)!, "Check");
    const check = await readSheet(recalculated.get(file)!, "Check");
    const last = samplePrices.dates.length + 1;
    const problems: string[] = [];
    const pairs: [string, string][] = [
      ["B", "B"], // rolling excess
      ["C", "C"], // excess percentile = CROWDING_SCORE without turnover
      ["G", "D"], // score with turnover
    ];
    let numbers = 0;
    for (let r = 2; r <= last; r++) {
      for (const [c, m] of pairs) {
        const got = value(check, `${c}${r}`);
        if (typeof got === "number") numbers++;
        const p = same(got, value(monitor, `${m}${r}`), `Check!${c}${r} vs Monitor!${m}${r}`);
        if (p) problems.push(p);
      }
    }
    for (let r = 2; r <= 10; r++) {
      for (const [c, m] of [
        ["I", "G"], // labels
        ["J", "H"], // all history
        ["K", "K"], // last 750 rows
      ]) {
        const p = same(value(check, `${c}${r}`), value(monitor, `${m}${r}`), `Check!${c}${r} vs Monitor!${m}${r}`);
        if (p) problems.push(p);
      }
    }
    // The shipped Check values (shown before any recalculation) are LibreOffice's too.
    for (const [a, c] of cachedCheck) {
      if (c.formula === undefined) continue;
      const p = same(value(check, a), c.value, `Check!${a} recalculated vs shipped`);
      if (p) problems.push(p);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // LibreOffice really computed them: the copy it opened had no Check values.
    expect(numbers).toBeGreaterThan(3 * (samplePrices.dates.length - 100));
    expect(value(check, `B${last}`)).toBeCloseTo(0.0266, 12);
  });

  test("diffusion-tiers: the native tier lookup and zone formula equal the cached BATON tiers and core zones", async () => {
    const file = "diffusion-tiers.xlsx";
    const segments = await readSheet(original.get(file)!, "Segments");
    const check = await readSheet(recalculated.get(file)!, "Check");
    const recalcSegments = await readSheet(recalculated.get(file)!, "Segments");
    const problems: string[] = [];
    let numbers = 0;
    for (let i = 0; i < sampleSegments.length; i++) {
      const r = i + 2;
      const got = value(check, `B${r}`);
      if (typeof got === "number") numbers++;
      const p = same(got, value(segments, `F${r}`), `Check!B${r} vs Segments!F${r} (${sampleSegments[i].segment})`);
      if (p) problems.push(p);
      const z = same(value(recalcSegments, `H${r}`), value(segments, `H${r}`), `Segments!H${r} zone`);
      if (z) problems.push(z);
    }
    expect(problems).toEqual([]);
    expect(numbers).toBe(sampleSegments.length - 1); // every row but the unknown 量子计算
  });
});
