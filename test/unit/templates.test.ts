/**
 * The template builders and the writer, without a build: the models, and the
 * OOXML the writer produces (read back straight from the zip).
 *
 * Expected values come from: the contract's definition computed by a plain
 * loop here (the rolling excess), the report's figures (2.66%, tops near
 * 10%), the stored forms Excel itself writes (public office-js threads and a
 * saved-by-Excel repro: `_xldudf_CONTOSO_ADD` in `<f t="array">` on a
 * `cm="1"` cell; XLDAPR metadata as XlsxWriter/SheetJS write it), and the
 * taxonomy (taxonomy.md: fiber optic cables are tier 1, GPUs tier 2).
 */
import JSZip from "jszip";
import { samplePrices } from "../../src/sample";
import {
  buildCrowdingMonitor,
  buildDiffusionTiers,
  buildTierMonitor,
  displayFormula,
  MONITOR_FORMULAS,
  storedFormula,
  TEMPLATES,
} from "../../src/templates";
import { parseAddress } from "../../src/core/a1";
import { matchColumns, guessPriceColumns } from "../../src/core/board";
import { diffusionTier } from "../../src/core/tiers";
import { sharingLines } from "../../src/templates";
import { isErrorValue, WorkbookSpec } from "../../src/templates/model";

type CellValueT = string | number | boolean | null;
import { openXlsx, readSheet, StoredCell } from "../../src/templates/ooxml";
import { EXCEL_365_CALC_ID, writeWorkbook } from "../../src/templates/write";

describe("storedFormula", () => {
  test("stores BATON.NAME( as _xldudf_BATON_NAME( and leaves string literals alone", () => {
    expect(storedFormula('BATON.CROWDING_SCORE(A1:A9,B1:B9,,,,"series")')).toBe(
      '_xldudf_BATON_CROWDING_SCORE(A1:A9,B1:B9,,,,"series")',
    );
    expect(storedFormula('IF(A1="BATON.X(",BATON.DIFFUSION_TIER(A1),0)')).toBe(
      'IF(A1="BATON.X(",_xldudf_BATON_DIFFUSION_TIER(A1),0)',
    );
    expect(storedFormula("SUM(A1:A3)")).toBe("SUM(A1:A3)");
    expect(displayFormula("_xldudf_BATON_ROLLING_EXCESS(B2:B9,C2:C9)")).toBe("BATON.ROLLING_EXCESS(B2:B9,C2:C9)");
  });
});

const monitor = buildCrowdingMonitor();
const tiers = buildDiffusionTiers();
const monitorZh = buildCrowdingMonitor(undefined, "zh-CN");
const tiersZh = buildDiffusionTiers(undefined, "zh-CN");
const tierMon = buildTierMonitor();
const tierMonZh = buildTierMonitor(undefined, "zh-CN");

describe("catalog", () => {
  test("lists each built workbook with its sheets in order", () => {
    const built = [monitor, tiers, tierMon];
    expect(TEMPLATES.map((t) => t.file)).toEqual(built.map((b) => b.file));
    TEMPLATES.forEach((t, i) => expect(t.sheets).toEqual(built[i].sheets.map((s) => s.name)));
    for (const t of TEMPLATES) {
      expect(t.title.en).not.toBe("");
      expect(t.title.zh).not.toBe("");
    }
  });
});

/** Written once per workbook and shared by the tests below. */
const written = new Map<string, Promise<JSZip>>();
function zipOf(spec: WorkbookSpec): Promise<JSZip> {
  const key = `${spec.title}/${spec.file}`;
  let z = written.get(key);
  if (!z) {
    z = writeWorkbook(spec).then(openXlsx);
    written.set(key, z);
  }
  return z;
}

function batonCells(cells: Map<string, StoredCell>): StoredCell[] {
  return [...cells.values()].filter((c) => c.formula !== undefined && /BATON/i.test(c.formula));
}

/** Cells in an A1 range such as `B2:B1566`. */
function rangeSize(ref: string): { rows: number; cols: number; first: { row: number; col: number } } {
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), col };
  };
  const [a, b = a] = ref.split(":");
  const p = parse(a);
  const q = parse(b);
  return { rows: q.row - p.row + 1, cols: q.col - p.col + 1, first: p };
}

function addr(row: number, col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

describe.each([
  ["crowding-monitor.xlsx", monitor, ["Monitor"]],
  ["diffusion-tiers.xlsx", tiers, ["Segments"]],
  ["zh-CN/crowding-monitor.xlsx", monitorZh, ["监测"]],
  ["zh-CN/diffusion-tiers.xlsx", tiersZh, ["细分行业"]],
  ["tier-monitor.xlsx", tierMon, ["Monitor"]],
  ["zh-CN/tier-monitor.xlsx", tierMonZh, ["监测"]],
])("%s as written", (_file, spec, batonSheets) => {
  test("stores every BATON formula as Excel does: _xldudf_BATON_…, a dynamic array (cm=1, t=array, ref) with a cached value", async () => {
    const zip = await zipOf(spec);
    let count = 0;
    for (const sheet of spec.sheets) {
      const cells = await readSheet(zip, sheet.name);
      // No formula anywhere keeps the typed form BATON.NAME(, which Excel would not calculate.
      const typed = [...cells.values()].filter((c) => c.formula !== undefined && /\bBATON\./.test(c.formula));
      expect(typed.map((c) => c.address)).toEqual([]);
      for (const c of batonCells(cells)) {
        count++;
        expect(c.formula).toMatch(/(^|[(,])_xldudf_BATON_[A-Z_]+\(/);
        expect(c.cm).toBe("1");
        expect(c.formulaType).toBe("array");
        expect(c.ref).toMatch(new RegExp(`^${c.address}(:[A-Z]+\\d+)?$`));
        expect(c.value).not.toBeNull();
        // The rest of the spill range holds plain cached values, as Excel saves a spill.
        const { rows, cols, first } = rangeSize(c.ref!);
        const bad: string[] = [];
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) {
            if (i === 0 && j === 0) continue;
            const a = addr(first.row + i, first.col + j);
            const other = cells.get(a);
            if (other?.formula !== undefined || (other?.value ?? null) === null) bad.push(a);
          }
        expect(bad).toEqual([]);
      }
    }
    expect(count).toBeGreaterThan(0);
    for (const name of batonSheets) expect(batonCells(await readSheet(zip, name)).length).toBeGreaterThan(0);
  });

  test("holds the dynamic-array cell metadata part, its content type and relationship", async () => {
    const zip = await zipOf(spec);
    const meta = await zip.file("xl/metadata.xml")!.async("string");
    expect(meta).toContain('<metadataType name="XLDAPR"');
    expect(meta).toContain("{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}");
    expect(meta).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(meta).toMatch(/<cellMetadata count="1"><bk><rc t="1" v="0"\/><\/bk><\/cellMetadata>/);
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    expect(ct).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toMatch(
      /<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"\/>/,
    );
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).toContain(`<calcPr calcId="${EXCEL_365_CALC_ID}"`);
    expect(wb).not.toContain("fullCalcOnLoad");
  });

  test("has real tables, a frozen header row and sized columns on its data sheets", async () => {
    const zip = await zipOf(spec);
    const tables = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    const expected = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(expected.length).toBeGreaterThan(0);
    const names = await Promise.all(
      tables.map(async (f) => /\bname="([^"]+)"/.exec(await zip.file(f)!.async("string"))![1]),
    );
    expect(names.sort()).toEqual([...expected].sort());
    const parts = Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet"));
    for (const f of parts) {
      const xml = await zip.file(f)!.async("string");
      expect(xml).toMatch(/<col [^>]*width="/);
    }
    for (const sheet of spec.sheets.slice(1)) expect(sheet.frozenRows).toBeGreaterThanOrEqual(1);
  });
});

describe("crowding-monitor cached values", () => {
  const n = samplePrices.dates.length;
  const last = n + 1; // sheet row of the last data row

  test("the Monitor's formulas read the Prices table by column name", () => {
    expect(MONITOR_FORMULAS.B2).toBe("BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])");
    expect(MONITOR_FORMULAS.G2).toContain('"detail"');
  });

  test("the cached last rolling excess is the report's 2.66% (plain loop here)", async () => {
    const cells = await readSheet(await zipOf(monitor), "Monitor");
    const S = samplePrices.sector;
    const B = samplePrices.benchmark;
    const byLoop = S[n - 1] / S[n - 41] - 1 - (B[n - 1] / B[n - 41] - 1);
    expect(cells.get(`B${last}`)!.value).toBeCloseTo(byLoop, 12);
    expect(cells.get(`B${last}`)!.value).toBeCloseTo(0.0266, 12);
    // The first 40 rows have no excess: #N/A, anchor included.
    expect(cells.get("B2")!.value).toEqual({ error: "#N/A" });
    expect(cells.get("B41")!.value).toEqual({ error: "#N/A" });
    expect(typeof cells.get("B42")!.value).toBe("number");
  });

  test("the three-year detail shows the report's reading: peak near 10%, headroom about 7.3%", async () => {
    const cells = await readSheet(await zipOf(monitor), "Monitor");
    const detail = new Map<string, unknown>();
    for (let r = 2; r <= 10; r++) detail.set(String(cells.get(`J${r}`)!.value), cells.get(`K${r}`)!.value);
    expect(detail.get("Excess")).toBeCloseTo(0.0266, 12);
    const peak = detail.get("Excess peak") as number;
    expect(peak).toBeGreaterThanOrEqual(0.09);
    expect(peak).toBeLessThanOrEqual(0.11);
    expect(detail.get("Headroom")).toBeCloseTo(peak - 0.0266, 12);
    expect(detail.get("History")).toBe(750);
  });

  test("dates are real Excel dates with a date format; returns are percent, scores one decimal", async () => {
    const zip = await zipOf(monitor);
    const prices = await readSheet(zip, "Prices");
    expect(prices.get("A2")!.value).toBe(43948); // 2020-04-27 in Excel's 1900 date system (hand count from 1899-12-30)
    // The number format each cell's style index points at (built-in id 10 is 0.00%, ECMA-376 §18.8.30).
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    const xfs = [...styles.split("<cellXfs")[1].matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    const formatOf = async (sheet: string, a: string) => {
      const xml = await zip.file(`xl/worksheets/sheet${monitor.sheets.findIndex((s) => s.name === sheet) + 1}.xml`)!.async("string");
      const id = xfs[Number(new RegExp(`<c r="${a}" s="(\\d+)"`).exec(xml)![1])];
      return id === "10" ? "0.00%" : custom.get(id);
    };
    expect(await formatOf("Prices", "A2")).toBe("yyyy-mm-dd");
    expect(await formatOf("Monitor", "A500")).toBe("yyyy-mm-dd");
    expect(await formatOf("Monitor", "B500")).toBe("0.00%");
    expect(await formatOf("Monitor", "C500")).toBe("0.0");
    expect(await formatOf("Check", "B500")).toBe("0.00%");
  });

  test("the Readme says the prices are synthetic, in English and Chinese", () => {
    const readme = monitor.sheets[0];
    const text = [...readme.cells.values()].map((c) => String(c.value)).join("\n");
    expect(text).toMatch(/synthetic/i);
    expect(text).toContain("合成");
  });

  test("every template's Check sheet uses native formulas only, none that LibreOffice lacks or rounds", () => {
    for (const spec of [monitor, tiers, tierMon, monitorZh, tiersZh, tierMonZh]) {
      const check = spec.sheets[spec.sheets.length - 1];
      const formulas = [...check.cells].filter(([, c]) => c.formula !== undefined);
      expect(formulas.length).toBeGreaterThan(0);
      const bad = formulas
        .filter(([, c]) => /BATON|_xldudf_|_xlfn|PERCENTRANK|STDEV\.S/i.test(c.formula!) || c.spill !== undefined)
        .map(([a]) => `${spec.title} ${a}`);
      expect(bad).toEqual([]);
    }
  });

  test("two builds give identical bytes", async () => {
    const a = await writeWorkbook(buildDiffusionTiers());
    const b = await writeWorkbook(buildDiffusionTiers());
    expect(Buffer.compare(a, b)).toBe(0);
  });
});

describe("diffusion-tiers cached values", () => {
  test("tiers come from the Taxonomy table: tier 1, 2, 3 and #N/A for a name no taxonomy knows", async () => {
    const cells = await readSheet(await zipOf(tiers), "Segments");
    const byName = new Map<string, StoredCell>();
    for (const c of cells.values()) {
      const m = /^A(\d+)$/.exec(c.address);
      if (m && Number(m[1]) > 1) byName.set(String(c.value), cells.get(`F${m[1]}`)!);
    }
    // Tiers from taxonomy.md.
    expect(byName.get("Fiber optic cables")!.value).toBe(1);
    expect(byName.get("液冷")!.value).toBe(1);
    expect(byName.get("国产GPU")!.value).toBe(2);
    expect(byName.get("人形机器人")!.value).toBe(3);
    expect(byName.get("量子计算")!.value).toEqual({ error: "#N/A" });
    expect(byName.get("Fiber optic cables")!.formula).toBe(
      "_xldudf_BATON_DIFFUSION_TIER(Segments[[#This Row],[Segment]],Taxonomy[#All])",
    );
    const known = [...byName.entries()].filter(([name]) => name !== "量子计算");
    for (const [, c] of known) expect([1, 2, 3]).toContain(c.value);
    expect(known.length).toBe(28);
  });

  test("the group and zone columns are cached too", async () => {
    const cells = await readSheet(await zipOf(tiers), "Segments");
    expect(cells.get("G2")!.value).toBe("Optical & network hardware");
    expect(cells.get("G2")!.type).toBe("str");
    const zones = [...cells.values()].filter((c) => /^H\d+$/.test(c.address) && c.address !== "H1").map((c) => c.value);
    expect(zones).toContain("Crowded");
    for (const z of zones) expect(isErrorValue(z)).toBe(false);
  });
});

/** The number format of a cell, read from styles.xml through the cell's style index (built-in 10 is 0.00%). */
async function formatOf(zip: JSZip, spec: WorkbookSpec, sheet: string, a: string): Promise<string | undefined> {
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const unesc = (t: string) => t.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"\/>/g)].map((m) => [m[1], unesc(m[2])]));
  const xfs = [...styles.split("<cellXfs")[1].matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
  const xml = await zip.file(`xl/worksheets/sheet${spec.sheets.findIndex((s) => s.name === sheet) + 1}.xml`)!.async("string");
  const id = xfs[Number(new RegExp(`<c r="${a}" s="(\\d+)"`).exec(xml)![1])];
  return id === "10" ? "0.00%" : custom.get(id);
}

describe("zh-CN editions (issue 13)", () => {
  test("diffusion-tiers: the 研报要点 column quotes the report in Chinese", async () => {
    // Expected: the hand-written Chinese of the report's fiber-optic facts (taxonomy data test), and no English word in the column.
    const cells = await readSheet(await zipOf(tiersZh), "细分行业");
    expect(cells.get("I1")!.value).toBe("研报要点");
    const fiber = [...cells.values()].find((c) => /^A\d+$/.test(c.address) && c.value === "Fiber optic cables");
    expect(cells.get(`I${fiber!.address.slice(1)}`)!.value).toBe("2026年盈利预测上调幅度最大；2026E净利润增速超过130%；4月8日反弹以来涨幅落后");
    const notes = [...cells.values()].filter((c) => /^I\d+$/.test(c.address) && c.address !== "I1").map((c) => String(c.value));
    expect(notes.filter((t) => t !== "").length).toBeGreaterThan(20);
    // Names (DeepSeek, AIDC, CPU, AI) stay as written; ordinary English words would mean an untranslated note.
    for (const t of notes) expect(t.replace(/DeepSeek|AIDC|CPU|AI|V4|E/g, "")).not.toMatch(/[a-z]{2,}/i);
  });

  test.each([
    ["crowding-monitor", monitor, monitorZh],
    ["diffusion-tiers", tiers, tiersZh],
    ["tier-monitor", tierMon, tierMonZh],
  ])("%s: the same cells, formulas and cached values as the English one, sheet by sheet", async (_id, en, zh) => {
    // Expected: the English edition (whose values the tests above check against hand computations).
    expect(zh.sheets.length).toBe(en.sheets.length);
    for (let k = 1; k < en.sheets.length; k++) {
      const a = en.sheets[k];
      const b = zh.sheets[k];
      let compared = 0;
      const differ: string[] = [];
      for (const [addr, cell] of a.cells) {
        const other = b.cells.get(addr);
        // Header rows and notes are text in the sheet's language; every number and every formula's value is the same.
        if (typeof cell.value === "number" || cell.formula !== undefined) {
          const same =
            JSON.stringify(other?.value) === JSON.stringify(cell.value) &&
            other?.spill === cell.spill &&
            (other?.formula === undefined) === (cell.formula === undefined);
          if (!same) differ.push(`${a.name}!${addr}: ${JSON.stringify(cell)} vs ${JSON.stringify(other)}`);
          compared++;
        }
      }
      expect(differ.slice(0, 10)).toEqual([]);
      if (k === 1 || /Monitor|Segments|Check/.test(a.name)) expect(compared).toBeGreaterThan(0);
    }
  });

  test("the Monitor's structured references follow the Chinese headers; the table keeps its name", async () => {
    const cells = await readSheet(await zipOf(monitorZh), "监测");
    // Written by hand from the zh-CN Prices headers 日期, 行业, 基准, 行业成交额, 全市场成交额.
    expect(cells.get("A2")!.formula).toBe("Prices[日期]");
    expect(cells.get("B2")!.formula).toBe("_xldudf_BATON_ROLLING_EXCESS(Prices[行业],Prices[基准])");
    expect(cells.get("D2")!.formula).toBe('_xldudf_BATON_CROWDING_SCORE(Prices[行业],Prices[基准],Prices[[行业成交额]:[全市场成交额]],,,"series")');
    const prices = await readSheet(await zipOf(monitorZh), "价格");
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => prices.get(a)!.value)).toEqual(["日期", "行业", "基准", "行业成交额", "全市场成交额"]);
    // Detail labels stay the function's English words, with Chinese twins beside them.
    expect(cells.get("G3")!.value).toBe("Zone");
    expect(cells.get("F3")!.value).toBe("区间");
    expect(cells.get("H3")!.value).toBe(monitor.sheets[2].cells.get("H3")!.value);
  });

  test("native formulas name the Chinese sheets quoted; zones stay English words", async () => {
    const check = monitorZh.sheets[3];
    expect(check.name).toBe("核对");
    expect(check.cells.get("B42")!.formula).toBe("('价格'!B42/'价格'!B2-1)-('价格'!C42/'价格'!C2-1)");
    const segs = tiersZh.sheets[1];
    expect(segs.cells.get("H2")!.formula).toBe(
      'IF(Segments[[#This Row],[拥挤度]]>=95,"Extreme",IF(Segments[[#This Row],[拥挤度]]>=80,"Crowded",IF(Segments[[#This Row],[拥挤度]]>=50,"Elevated","Low")))',
    );
    expect(segs.cells.get("F2")!.formula).toBe("BATON.DIFFUSION_TIER(Segments[[#This Row],[细分行业]],Taxonomy[#All])");
    expect(tiersZh.sheets[3].cells.get("B2")!.formula).toBe(
      "IFERROR(INDEX(Taxonomy[层级],MATCH(A2,Taxonomy[名称],0)),IFERROR(INDEX(Taxonomy[层级],MATCH(A2,Taxonomy[中文名称],0)),NA()))",
    );
  });

  test("the Chinese headers are ones Baton's readers recognise (the pane and the taxonomy argument)", () => {
    const priceHeaders = ["A1", "B1", "C1", "D1", "E1"].map((a) => String(monitorZh.sheets[1].cells.get(a)!.value));
    expect(guessPriceColumns(priceHeaders)).toEqual({ date: 0, sector: 1, benchmark: 2, sectorTurnover: 3, marketTurnover: 4 });
    const segHeaders = ["A1", "B1", "C1", "D1", "E1"].map((a) => String(tiersZh.sheets[1].cells.get(a)!.value));
    expect(matchColumns(segHeaders)).toEqual({ segment: 0, growth: 1, revision: 2, sinceRebound: 3, crowding: 4 });
    // The zh Taxonomy table, header included, classifies like the built-in taxonomy.
    const grid = [...tiersZh.sheets[2].cells.entries()];
    const rows = new Map<number, CellValueT[]>();
    for (const [a, c] of grid) {
      const { row, col } = parseAddress(a);
      if (!rows.has(row)) rows.set(row, []);
      rows.get(row)![col - 1] = c.value as CellValueT;
    }
    const table = [...rows.keys()].sort((x, y) => x - y).map((r) => rows.get(r)!);
    expect(table[0]).toEqual(["层级", "分组", "名称", "中文名称", "别名"]);
    expect(diffusionTier([["光纤光缆"], ["Optical modules"], ["国产GPU"], ["Games"]], table)).toEqual([[1], [1], [2], [3]]);
  });

  test("dates use Chinese Excel's long date format; percent and score formats are unchanged", async () => {
    const zip = await zipOf(monitorZh);
    expect(await formatOf(zip, monitorZh, "价格", "A2")).toBe('yyyy"年"m"月"d"日"');
    expect(await formatOf(zip, monitorZh, "监测", "A500")).toBe('yyyy"年"m"月"d"日"');
    expect(await formatOf(zip, monitorZh, "监测", "B500")).toBe("0.00%");
    expect(await formatOf(zip, monitorZh, "监测", "C500")).toBe("0.0");
    expect(await formatOf(zip, monitorZh, "核对", "B500")).toBe("0.00%");
  });

  test("the Readme is Chinese first, with the English framework after", () => {
    const readme = monitorZh.sheets[0];
    expect(readme.name).toBe("说明");
    const lines = [...readme.cells.values()].map((c) => String(c.value));
    expect(lines[0]).toBe("Baton 拥挤度监测");
    const text = lines.join("\n");
    expect(text.indexOf("使用方法")).toBeGreaterThan(0);
    expect(text.indexOf("使用方法")).toBeLessThan(text.indexOf("In English"));
    expect(text).toContain("合成");
    expect(text).toMatch(/SYNTHETIC/);
    expect(text).toContain("templates/crowding-monitor.xlsx");
  });
});

describe("sharing truth on every Readme (issue 14)", () => {
  test.each([
    ["crowding-monitor", monitor],
    ["diffusion-tiers", tiers],
    ["zh-CN/crowding-monitor", monitorZh],
    ["zh-CN/diffusion-tiers", tiersZh],
    ["tier-monitor", tierMon],
    ["zh-CN/tier-monitor", tierMonZh],
  ])("%s says what Excel with and without the add-in, LibreOffice and WPS show, and points to Copy for sharing", (id, spec) => {
    const lang = id.startsWith("zh-CN") ? "zh-CN" : "en";
    const text = [...spec.sheets[0].cells.values()].map((c) => String(c.value)).join("\n");
    for (const line of sharingLines(lang)) expect(text).toContain(line);
    // The facts, checked by hand with LibreOffice 7.4 on the built files (and again by the LibreOffice integration test).
    expect(text).toContain("#NAME?");
    expect(text).toContain("LibreOffice");
    expect(text).toContain("WPS");
    expect(text).toContain(lang === "en" ? "Copy for sharing" : "分享副本");
    expect(text).toContain(lang === "en" ? "Never recalculate" : "从不重新计算");
  });
});
