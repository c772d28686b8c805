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
 * Every template is checked in every language (dist/templates/ and
 * dist/templates/zh-CN/): the Chinese editions have the same formulas on
 * Chinese sheet names and headers, and must give the same numbers.
 *
 * The same run checks what the Readme sheets promise colleagues who open a
 * template in LibreOffice (issue 14): every BATON cell shows #NAME?, with
 * recalculation on load set to always here and to never in a second run.
 *
 * Needs LibreOffice Calc (Debian: libreoffice-calc). Without it the test
 * FAILS, saying so: CI installs it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { samplePrices, sampleSegmentPrices, sampleSegments } from "../../src/sample";
import { MONITOR_LAYOUT, SEGMENT_PRICES_TABLE, tierCheckLayout } from "../../src/templates/tierMonitor";
import { ALL_TEMPLATES, TemplateInfo } from "../../src/templates/catalog";
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

const recalcMode = (mode: 0 | 1) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;
const RECALC_ALWAYS = recalcMode(0);
const RECALC_NEVER = recalcMode(1);

/** A flat file name for a template path (LibreOffice writes outputs by base name). */
const flat = (t: TemplateInfo) => t.path.replace(/\//g, "_");

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

/** Converts the files in `inDir` to xlsx in `outDir` with LibreOffice and a profile whose settings are `xcu`. */
function convert(soffice: string, profile: string, xcu: string, files: string[], outDir: string): void {
  mkdirSync(join(profile, "user"), { recursive: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), xcu);
  const run = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "xlsx", "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 150_000, killSignal: "SIGKILL" },
  );
  if (run.error || run.status !== 0) {
    throw new Error(`LibreOffice failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
  }
}

/** Addresses of the cells of a sheet whose stored formula calls a BATON function. */
function batonAddresses(cells: Map<string, StoredCell>): string[] {
  return [...cells.values()].filter((c) => c.formula !== undefined && /_xldudf_BATON_/.test(c.formula)).map((c) => c.address);
}

/**
 * The tier monitor with `spare` rows appended to its SegmentPrices table (issue 15), as an analyst
 * leaves room for tomorrow: rows alternately empty, 0 in every price column, and text of spaces.
 */
async function withSpareRows(bytes: Buffer, pricesSheet: string, spare: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = (await sheetParts(zip)).get(pricesSheet)!;
  let xml = await zip.file(path)!.async("string");
  const dim = /<dimension ref="A1:([A-Z]+)(\d+)"\/>/.exec(xml)!;
  const [lastCol, lastRow] = [dim[1], Number(dim[2])];
  let width = 0;
  for (const ch of lastCol) width = width * 26 + ch.charCodeAt(0) - 64;
  const letters = (c: number) => (c > 26 ? String.fromCharCode(64 + Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));
  let rows = "";
  for (let i = 1; i <= spare; i++) {
    const r = lastRow + i;
    const kind = i % 3; // 0: empty row; 1: zeros; 2: spaces
    if (kind === 0) continue;
    let cells = "";
    for (let c = 2; c <= width; c++) {
      cells += kind === 1 ? `<c r="${letters(c)}${r}"><v>0</v></c>` : `<c r="${letters(c)}${r}" t="inlineStr"><is><t xml:space="preserve">  </t></is></c>`;
    }
    rows += `<row r="${r}">${cells}</row>`;
  }
  const newRef = `A1:${lastCol}${lastRow + spare}`;
  xml = xml.replace(dim[0], `<dimension ref="${newRef}"/>`).replace("</sheetData>", `${rows}</sheetData>`);
  zip.file(path, xml);
  for (const f of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const t = await zip.file(f)!.async("string");
    if (!t.includes(`name="${SEGMENT_PRICES_TABLE}"`)) continue;
    zip.file(f, t.replace(new RegExp(`ref="A1:${lastCol}${lastRow}"`, "g"), `ref="${newRef}"`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("templates recalculated by LibreOffice agree with the cached BATON values", () => {
  const work = mkdtempSync(join(tmpdir(), "baton-templates-"));
  const inDir = join(work, "in");
  const outDir = join(work, "out");
  const neverDir = join(work, "never");
  /** By catalogue path. */
  const original = new Map<string, JSZip>();
  const recalculated = new Map<string, JSZip>();
  const unrecalculated = new Map<string, JSZip>();
  const byId = (id: string) => ALL_TEMPLATES.filter((t) => t.id === id);

  beforeAll(async () => {
    for (const t of ALL_TEMPLATES) {
      if (!existsSync(join(DIST, t.path))) throw new Error(`dist/templates/${t.path} is missing: run npm run build first`);
    }
    const soffice = findSoffice();
    mkdirSync(inDir);
    for (const t of ALL_TEMPLATES) {
      const bytes = readFileSync(join(DIST, t.path));
      original.set(t.path, await JSZip.loadAsync(bytes));
      writeFileSync(join(inDir, flat(t)), await withoutCachedValues(bytes, t.sheets[t.sheets.length - 1]));
    }
    convert(soffice, join(work, "profile"), RECALC_ALWAYS, ALL_TEMPLATES.map((t) => join(inDir, flat(t))), outDir);
    for (const t of ALL_TEMPLATES) {
      const p = join(outDir, flat(t));
      if (!existsSync(p)) throw new Error(`LibreOffice wrote no ${flat(t)}`);
      recalculated.set(t.path, await JSZip.loadAsync(readFileSync(p)));
    }
  }, 170_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const value = (cells: Map<string, StoredCell>, a: string): CellValue => cells.get(a)?.value ?? null;

  test.each(byId("crowding-monitor").map((t) => [t.path, t] as const))(
    "%s: Check (native) equals Monitor (BATON) on every row and in both detail tables",
    async (path, t) => {
      const [, , monitorSheet, checkSheet] = t.sheets;
      const monitor = await readSheet(original.get(path)!, monitorSheet);
      const cachedCheck = await readSheet(original.get(path)!, checkSheet);
      const check = await readSheet(recalculated.get(path)!, checkSheet);
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
    },
  );

  test.each(byId("diffusion-tiers").map((t) => [t.path, t] as const))(
    "%s: the native tier lookup and zone formula equal the cached BATON tiers and core zones",
    async (path, t) => {
      const [, segmentsSheet, , checkSheet] = t.sheets;
      const segments = await readSheet(original.get(path)!, segmentsSheet);
      const check = await readSheet(recalculated.get(path)!, checkSheet);
      const recalcSegments = await readSheet(recalculated.get(path)!, segmentsSheet);
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
    },
  );

  test.each(byId("tier-monitor").map((t) => [t.path, t] as const))(
    "%s: Check (native) equals the Monitor's cached BATON figures for every segment, and the rebound date",
    async (path, t) => {
      const [, , monitorSheet, checkSheet] = t.sheets;
      const monitor = await readSheet(original.get(path)!, monitorSheet);
      const cachedCheck = await readSheet(original.get(path)!, checkSheet);
      const check = await readSheet(recalculated.get(path)!, checkSheet);
      const recalcMonitor = await readSheet(recalculated.get(path)!, monitorSheet);
      const k = sampleSegmentPrices.columns.length;
      const L = tierCheckLayout(sampleSegmentPrices.dates.length, k);
      const problems: string[] = [];
      let numbers = 0;
      // Check B..I against Monitor C..J (excess, score, zone, ratio, momentum, quadrant, since rebound, excess since rebound).
      const checkCols = ["B", "C", "D", "E", "F", "G", "H", "I"];
      const monitorCols = ["C", "D", "E", "F", "G", "H", "I", "J"];
      for (let j = 0; j < k; j++) {
        const cr = 2 + j;
        const mr = MONITOR_LAYOUT.firstRow + j;
        const name = sampleSegmentPrices.columns[j].header;
        checkCols.forEach((c, i) => {
          const got = value(check, `${c}${cr}`);
          if (typeof got === "number") numbers++;
          const p = same(got, value(monitor, `${monitorCols[i]}${mr}`), `Check!${c}${cr} vs Monitor!${monitorCols[i]}${mr} (${name})`);
          if (p) problems.push(p);
        });
        expect(value(check, `A${cr}`)).toBe(name);
        // The Monitor's own native cells (return and excess since the rebound, by structured references) in LibreOffice.
        for (const c of ["I", "J"]) {
          const p = same(value(recalcMonitor, `${c}${mr}`), value(monitor, `${c}${mr}`), `Monitor!${c}${mr} recalculated (${name})`);
          if (p) problems.push(p);
        }
      }
      // The automatic rebound rule, natively, gives the rebound date the Monitor uses.
      const p = same(value(check, `B${L.reboundRow}`), value(monitor, MONITOR_LAYOUT.reboundCell), "automatic rebound vs Monitor!B1");
      if (p) problems.push(p);
      for (const [a, c] of cachedCheck) {
        if (c.formula === undefined) continue;
        const q = same(value(check, a), c.value, `Check!${a} recalculated vs shipped`);
        if (q) problems.push(q);
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(numbers).toBe(6 * k); // six numeric figures per segment, all computed by LibreOffice
    },
  );

  describe("spare rows in the tier monitor's SegmentPrices table (issue 15)", () => {
    const spareDir = join(work, "spare");
    const padded = new Map<string, JSZip>();
    const SPARE = 30;

    beforeAll(async () => {
      mkdirSync(join(spareDir, "in"), { recursive: true });
      const files: string[] = [];
      for (const t of byId("tier-monitor")) {
        const p = join(spareDir, "in", flat(t));
        writeFileSync(p, await withSpareRows(readFileSync(join(DIST, t.path)), t.sheets[1], SPARE));
        files.push(p);
      }
      convert(findSoffice(), join(spareDir, "profile"), RECALC_ALWAYS, files, join(spareDir, "out"));
      for (const t of byId("tier-monitor")) padded.set(t.path, await JSZip.loadAsync(readFileSync(join(spareDir, "out", flat(t)))));
    }, 170_000);

    test.each(byId("tier-monitor").map((t) => [t.path, t] as const))(
      "%s: with 30 blank, 0 and spaces rows after the data, the Monitor's native returns since the rebound are unchanged",
      async (path, t) => {
        const monitorSheet = t.sheets[2];
        const cached = await readSheet(original.get(path)!, monitorSheet);
        const got = await readSheet(padded.get(path)!, monitorSheet);
        // The table really grew: LibreOffice kept the extended table range.
        const tableXml = await Promise.all(
          Object.keys(padded.get(path)!.files)
            .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
            .map((f) => padded.get(path)!.file(f)!.async("string")),
        );
        expect(tableXml.join("")).toContain(`${1 + sampleSegmentPrices.dates.length + SPARE}"`);
        const problems: string[] = [];
        for (let j = 0; j < sampleSegmentPrices.columns.length; j++) {
          const r = MONITOR_LAYOUT.firstRow + j;
          for (const c of ["I", "J"]) {
            const p = same(value(got, `${c}${r}`), value(cached, `${c}${r}`), `Monitor!${c}${r} with spare rows`);
            if (p) problems.push(p);
          }
        }
        expect(problems).toEqual([]);
      },
    );
  });

  describe("what a colleague sees in LibreOffice (the Readme sheets' sharing lines)", () => {
    beforeAll(async () => {
      // The shipped files as they are, with recalculation on load set to never.
      const files = ALL_TEMPLATES.map((t) => {
        const p = join(neverDir, "in", flat(t));
        mkdirSync(join(neverDir, "in"), { recursive: true });
        writeFileSync(p, readFileSync(join(DIST, t.path)));
        return p;
      });
      convert(findSoffice(), join(neverDir, "profile"), RECALC_NEVER, files, join(neverDir, "out"));
      for (const t of ALL_TEMPLATES) unrecalculated.set(t.path, await JSZip.loadAsync(readFileSync(join(neverDir, "out", flat(t)))));
    }, 170_000);

    test.each(ALL_TEMPLATES.map((t) => [t.path, t] as const))(
      "%s: every BATON cell is #NAME? whether LibreOffice recalculates on load or never",
      async (path, t) => {
        let count = 0;
        for (const sheet of t.sheets) {
          const batons = batonAddresses(await readSheet(original.get(path)!, sheet));
          if (batons.length === 0) continue;
          for (const outputs of [recalculated, unrecalculated]) {
            const cells = await readSheet(outputs.get(path)!, sheet);
            for (const a of batons) {
              count++;
              expect({ a, v: value(cells, a) }).toEqual({ a, v: { error: "#NAME?" } });
            }
          }
        }
        expect(count).toBeGreaterThan(0);
      },
    );
  });
});
