/**
 * Templates and charts in the Excel that analysts really have (issue 16), against the extended mock:
 * Excel on the web turning a template's reference to a table on another inserted sheet into an
 * external-workbook link (office-js #5911, #2809), defined names that a table cannot take, chart sheets
 * that Office.js does not list but whose names are taken, numeric chart categories, and honest messages
 * when a rename fails halfway. Expected formulas are the template's own text, written out here; the
 * template file is a real .xlsx built with JSZip, so the adapter reads its formulas the way it will in Excel.
 */
import JSZip from "jszip";
import { createExcelWorkbook } from "../../../src/workbook/excel";
import { isWorkbookLink, retarget, templateFormulas } from "../../../src/workbook/templateFormulas";
import { WorkbookError } from "../../../src/workbook/port";
import { buildCrowdingMonitor, MONITOR_FORMULAS } from "../../../src/templates/crowdingMonitor";
import { writeWorkbook } from "../../../src/templates/write";
import { createExcelModel, type ExcelModel, type MockTable } from "../../support/excelModel";

const MONITOR_B2 = "=BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])";
const CHECK_A1 = '=SUM(Prices!B2:B3)&"Prices[x]"';

/** A minimal .xlsx with the given sheets (name → { address → stored formula text without "=" }). */
async function xlsx(sheets: [string, Record<string, string>][]): Promise<string> {
  const zip = new JSZip();
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map(([n], i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  sheets.forEach(([, cells], i) => {
    const cs = Object.entries(cells)
      .map(([a, f]) => `<c r="${a}" cm="1"><f t="array" ref="${a}">${esc(f)}</f><v>0</v></c>`)
      .join("");
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet><sheetData><row r="1">${cs}</row></sheetData></worksheet>`);
  });
  return zip.generateAsync({ type: "base64", compression: "DEFLATE" });
}

const FILE_SHEETS: Record<string, Record<string, string>> = {
  Prices: {},
  Monitor: { B2: "_xldudf_BATON_ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])" },
  Check: { A1: 'SUM(Prices!B2:B3)&"Prices[x]"' },
};

let model: ExcelModel;
const analysts: MockTable = { name: "Mine", sheet: "Data", headers: ["Segment"], rows: [["CPO"]] };
function fresh(tables: MockTable[] = [analysts], sheets: string[] = []): void {
  model?.uninstall();
  model = createExcelModel(tables, sheets);
  model.templateSheets = {
    Prices: { tables: ["Prices"] },
    Monitor: { formulas: { B2: MONITOR_B2 } },
    Check: { formulas: { A1: CHECK_A1 } },
  };
  model.install();
}
beforeEach(() => fresh());
afterEach(() => model.uninstall());

describe("the template file's own formulas", () => {
  test("are read from the .xlsx by sheet and address, in display form", async () => {
    const base64 = await xlsx([["Monitor", FILE_SHEETS.Monitor], ["Check", FILE_SHEETS.Check]]);
    expect(await templateFormulas(base64)).toEqual([
      { sheet: "Monitor", address: "B2", formula: MONITOR_B2 },
      { sheet: "Check", address: "A1", formula: CHECK_A1 },
    ]);
  });
  test("a file that is not a zip is refused (the insert then skips the check)", async () => {
    await expect(templateFormulas("UEsDBA==")).rejects.toThrow();
  });
  test("external-workbook links are told from the template's references (string literals ignored)", () => {
    expect(isWorkbookLink("='https://d.docs.live.net/5f3a/Documents/[Book1.xlsx]Prices'!Prices[Sector]")).toBe(true);
    expect(isWorkbookLink("=[1]Prices!A1")).toBe(true);
    expect(isWorkbookLink(MONITOR_B2)).toBe(false);
    expect(isWorkbookLink('="see [Book1.xlsx]Prices!A1"')).toBe(false);
  });
  test("retarget applies the insert's renames outside string literals", () => {
    expect(retarget(CHECK_A1, [["Prices", "Prices (2)"]], [{ from: "Prices", to: "Prices2" }])).toBe(
      "=SUM('Prices (2)'!B2:B3)&\"Prices[x]\"",
    );
    expect(retarget(MONITOR_B2, [], [{ from: "prices", to: "Prices2" }])).toBe("=BATON.ROLLING_EXCESS(Prices2[Sector],Prices2[Benchmark])");
  });
});

describe("Excel on the web mangles cross-sheet table references; the insert puts them back", () => {
  const orders: string[][] = [
    ["Prices", "Monitor", "Check"],
    ["Monitor", "Check", "Prices"],
  ];
  test.each(orders)("order %s, %s, %s: the mangled formula is re-entered from the template's text", async (...order) => {
    model.webMangles = true;
    const base64 = await xlsx(order.map((n) => [n, FILE_SHEETS[n]]));
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    const done = await wb.insertTemplate(base64, order, ["Prices"]);
    expect(done.unchecked).toBeUndefined();
    expect(done.repaired).toEqual([{ sheet: "Monitor", address: "B2" }]);
    expect(model.formula("Monitor", "B2")).toBe(MONITOR_B2);
    expect(model.formula("Check", "A1")).toBe(CHECK_A1); // a plain sheet reference is not touched
    expect(model.formulaWrites).toEqual([{ sheet: "Monitor", address: "B2", formula: MONITOR_B2 }]);
  });

  test("the mock really mangles: without the repair the formula would be an external link", async () => {
    model.webMangles = true;
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    await wb.insertTemplate("UEsDBA==", ["Prices", "Monitor"], ["Prices"]); // unreadable file: no check
    expect(isWorkbookLink(model.formula("Monitor", "B2") ?? "")).toBe(true);
  });

  test("with the template's table renamed (the analyst has a Prices table), the repair points at Prices2", async () => {
    fresh([{ name: "Prices", sheet: "Data", headers: ["Sector"], rows: [[1]] }]);
    model.webMangles = true;
    const order = ["Prices", "Monitor"];
    const done = await createExcelWorkbook({ retryDelayMs: 0 }).insertTemplate(await xlsx(order.map((n) => [n, FILE_SHEETS[n]])), order, ["Prices"]);
    expect(done.tables).toEqual([{ from: "Prices", to: "Prices2" }]);
    expect(model.formula("Monitor", "B2")).toBe("=BATON.ROLLING_EXCESS(Prices2[Sector],Prices2[Benchmark])");
  });

  test("desktop Excel (no mangling): no formula is written", async () => {
    const order = ["Prices", "Monitor", "Check"];
    const done = await createExcelWorkbook({ retryDelayMs: 0 }).insertTemplate(await xlsx(order.map((n) => [n, FILE_SHEETS[n]])), order, ["Prices"]);
    expect(done.repaired).toBeUndefined();
    expect(model.formulaWrites).toEqual([]);
  });
});

describe("names Office.js does not show as sheets or tables", () => {
  test("a defined name the template's table would take: a clash, and nothing is written", async () => {
    model.definedNames.push("prices");
    const before = model.sheets();
    const e = await createExcelWorkbook({ retryDelayMs: 0 }).insertTemplate("UEsDBA==", ["Prices"], ["Prices"]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e).toMatchObject({ code: "clash", names: ["Prices"], message: expect.stringMatching(/defined name.*Nothing was inserted/) });
    expect(model.sheets()).toEqual(before);
    expect(model.inserted).toEqual([]);
  });

  test("a renamed template table never takes a defined name: Prices2 is a name, so Prices3", async () => {
    fresh([{ name: "Prices", sheet: "Data", headers: ["Sector"], rows: [[1]] }]);
    model.definedNames.push("Prices2");
    const done = await createExcelWorkbook({ retryDelayMs: 0 }).insertTemplate("UEsDBA==", ["Prices"], ["Prices"]);
    expect(done.tables).toEqual([{ from: "Prices", to: "Prices3" }]);
  });

  test("a chart sheet holds the chart's name: the chart goes on the next free name", async () => {
    model.chartSheets.push("TMT excess", "TMT excess (2)");
    const done = await createExcelWorkbook({ retryDelayMs: 0 }).insertChart({
      title: "TMT excess",
      categoryHeader: "Date",
      categories: ["2026-04-23", "2026-04-24"],
      series: [{ name: "x", values: [1, 2] }],
    });
    expect(done).toEqual({ sheet: "TMT excess (3)" });
    expect(model.sheetNames()).toContain("TMT excess (3)");
  });
});

test("a chart without dates: the series columns only, each with explicit X values (no extra series)", async () => {
  await createExcelWorkbook({ retryDelayMs: 0 }).insertChart({
    title: "By row",
    categoryHeader: "Row",
    categories: [1, 2, 3],
    series: [
      { name: "a", values: [1, 2, 3] },
      { name: "b", values: [3, 2, 1] },
    ],
  });
  // Hand layout: header in row 1, categories A2:A4, series in B and C.
  expect(model.charts[0]).toMatchObject({ source: "B1:C4", xAxis: ["0:A2:A4", "1:A2:A4"] });
});

test("a rename that failed halfway: the message names only the renames that really happened", async () => {
  fresh([], ["Prices", "Monitor"]);
  model.failRename("~baton tmp 2"); // parking the second sheet fails; the first was parked
  model.failRename("Prices"); // and giving the first its name back fails too
  const e = await createExcelWorkbook({ retryDelayMs: 0 }).insertTemplate("UEsDBA==", ["Prices", "Monitor"], []).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(WorkbookError);
  const message = (e as WorkbookError).message;
  expect(message).toContain('rename it by hand: "~baton tmp 1" → "Prices".');
  expect(message).not.toMatch(/"~baton tmp 2" →/);
  expect((e as WorkbookError).names).toEqual(["~baton tmp 1"]);
});

describe("the shipped crowding monitor's formulas, as the adapter reads them from the file", () => {
  test("every Monitor formula of the catalogue, at its address (empty cells and values in between do not shift them)", async () => {
    const base64 = (await writeWorkbook(buildCrowdingMonitor())).toString("base64");
    const monitor = (await templateFormulas(base64)).filter((f) => f.sheet === "Monitor");
    // Expected: the catalogue's own text (MONITOR_FORMULAS), with "=" as Range.formulas shows it.
    for (const [address, text] of Object.entries(MONITOR_FORMULAS)) {
      expect(monitor).toContainEqual({ sheet: "Monitor", address, formula: `=${text}` });
    }
  }, 60_000);
});

test("a self-closing empty cell does not swallow the next cell's formula", async () => {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1" s="1"/><c r="B1"><f>Prices[Sector]</f><v>1</v></c></row></sheetData></worksheet>');
  const base64 = await zip.generateAsync({ type: "base64", compression: "DEFLATE" });
  expect(await templateFormulas(base64)).toEqual([{ sheet: "S", address: "B1", formula: "=Prices[Sector]" }]);
});
