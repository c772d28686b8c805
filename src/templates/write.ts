/**
 * Writes a {@link WorkbookSpec} as an .xlsx file the way Excel 365 saves it.
 *
 * exceljs lays out the sheets, styles, column widths, frozen panes and
 * tables. It does not know dynamic arrays, so the package is then finished
 * by hand (JSZip) the way Excel saves them:
 *
 * - every spill anchor (every BATON formula, and native spills) is a cell
 *   `<c … cm="1"><f t="array" ref="B2:B1566">…</f><v>…</v></c>`: `cm="1"`
 *   points at the first cell-metadata record of `xl/metadata.xml`, whose
 *   `XLDAPR` type carries `<xda:dynamicArrayProperties fDynamic="1"/>` — this
 *   is what makes it a dynamic array that spills and resizes, not a legacy
 *   Ctrl+Shift+Enter array ([MS-XLSX] 2.6.x "dynamicArrayProperties"; ECMA-376
 *   §18.9 metadata; the same bytes XlsxWriter and SheetJS write);
 * - `xl/metadata.xml` gets its content type and a `sheetMetadata`
 *   relationship from the workbook;
 * - BATON formulas are stored as `_xldudf_BATON_NAME(…)` ({@link storedFormula});
 * - `calcPr calcId` is Excel 365's (191029), so Excel does not treat the file
 *   as coming from an older calculation engine and recalculate everything on
 *   open, which would replace the cached BATON values before the add-in loads.
 *
 * Node only (exceljs, JSZip); the build script and tests call it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { storedFormula } from "./formulas";
import { columnLetters, parseAddress } from "../core/a1";
import { Cell, CellStyle, CellValue, isErrorValue, SheetSpec, WorkbookSpec } from "./model";

/** Excel 365's calculation engine id, as it writes it in `<calcPr calcId>`. */
export const EXCEL_365_CALC_ID = 191029;
/** Timestamp written into the package so that two builds give identical bytes. */
const FIXED_DATE = new Date(Date.UTC(2026, 3, 24, 0, 0, 0));

export const METADATA_PART = "xl/metadata.xml";
export const METADATA_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
export const METADATA_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
export const DYNAMIC_ARRAY_EXT_URI = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";

/** The cell-metadata part Excel writes for dynamic arrays: one XLDAPR record, index 1 for `cm="1"`. */
export const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ' +
  'pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ' +
  'coerce="1" cellMeta="1"/></metadataTypes>' +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT_URI}">` +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

type ExcelValue = ExcelJS.CellValue;

function plainValue(v: CellValue): ExcelValue {
  if (v === null) return null;
  if (isErrorValue(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function excelValue(cell: Cell): ExcelValue {
  if (cell.formula === undefined) return plainValue(cell.value);
  const result = cell.value === null ? undefined : (plainValue(cell.value) as ExcelJS.CellFormulaValue["result"]);
  const formula = storedFormula(cell.formula);
  if (cell.spill) {
    // exceljs writes `<f t="array" ref="…">` for shareType "array"; its typings omit the two fields.
    const array: ExcelJS.CellFormulaValue & { shareType: "array"; ref: string } = { formula, result, shareType: "array", ref: cell.spill };
    return array;
  }
  return { formula, result };
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.numFmt) target.numFmt = style.numFmt;
  if (style.bold || style.italic || style.size) {
    target.font = { bold: style.bold, italic: style.italic, size: style.size };
  }
  if (style.wrap) target.alignment = { wrapText: true, vertical: "top" };
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: sheet.tabColor } } : {},
    views: sheet.frozenRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}` }] : [],
  });
  sheet.columns.forEach((c, j) => {
    ws.getColumn(j + 1).width = c.width;
  });
  // Tables first: exceljs writes the given rows into the cells; the cells are
  // then (re)written below with their formulas, cached values and styles.
  for (const t of sheet.tables) {
    const { row: r0, col: c0 } = parseAddress(t.topLeft);
    const rows: ExcelValue[][] = [];
    for (let i = 1; i <= t.rows; i++) {
      const row: ExcelValue[] = [];
      for (let j = 0; j < t.columns.length; j++) {
        const cell = sheet.cells.get(`${columnLetters(c0 + j)}${r0 + i}`);
        row.push(cell ? excelValue(cell) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: t.topLeft,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows,
    } as ExcelJS.TableProperties);
  }
  for (const [addr, cell] of sheet.cells) {
    const target = ws.getCell(addr);
    target.value = excelValue(cell);
    const { col } = parseAddress(addr);
    applyStyle(target, { ...sheet.columns[col - 1]?.style, ...cell.style });
  }
}

/** Sheet name → worksheet part path, read from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && rid && targets.has(rid)) out.set(unescapeXml(name), targets.get(rid)!);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Adds `cm="1"` to the `<c>` element of each address in a worksheet's XML. */
export function markDynamicCells(xml: string, addresses: ReadonlySet<string>): string {
  let marked = 0;
  const out = xml.replace(/<c r="([A-Z]+\d+)"([^>]*)>/g, (whole, addr: string, rest: string) => {
    if (!addresses.has(addr)) return whole;
    if (/\bcm="/.test(rest)) throw new Error(`cell ${addr} already has cell metadata`);
    marked++;
    return `<c r="${addr}"${rest} cm="1">`;
  });
  if (marked !== addresses.size) throw new Error(`marked ${marked} of ${addresses.size} dynamic-array cells`);
  return out;
}

/** Registers xl/metadata.xml in [Content_Types].xml and the workbook's relationships. */
async function addMetadataPart(zip: JSZip): Promise<void> {
  zip.file(METADATA_PART, METADATA_XML);
  const ctPath = "[Content_Types].xml";
  let ct = await zip.file(ctPath)!.async("string");
  if (!ct.includes(`PartName="/${METADATA_PART}"`)) {
    ct = ct.replace("</Types>", `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`);
    zip.file(ctPath, ct);
  }
  const relsPath = "xl/_rels/workbook.xml.rels";
  let rels = await zip.file(relsPath)!.async("string");
  if (!rels.includes(METADATA_RELATIONSHIP)) {
    const ids = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${METADATA_RELATIONSHIP}" Target="metadata.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);
  }
}

/**
 * The .xlsx bytes of a workbook model. Deterministic: the same model gives
 * the same bytes. Cost: O(cells).
 */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Baton (scripts/build-templates.ts)";
  wb.lastModifiedBy = "Baton";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = spec.title;
  for (const sheet of spec.sheets) addSheet(wb, sheet);
  const raw = await wb.xlsx.writeBuffer();

  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  const parts = await sheetParts(zip);
  let anyDynamic = false;
  for (const sheet of spec.sheets) {
    const dynamic = new Set([...sheet.cells].filter(([, c]) => c.spill !== undefined).map(([a]) => a));
    if (dynamic.size === 0) continue;
    anyDynamic = true;
    const path = parts.get(sheet.name);
    if (!path) throw new Error(`no worksheet part for ${sheet.name}`);
    zip.file(path, markDynamicCells(await zip.file(path)!.async("string"), dynamic));
  }
  if (anyDynamic) await addMetadataPart(zip);
  const wbPath = "xl/workbook.xml";
  const wbXml = (await zip.file(wbPath)!.async("string")).replace(/calcId="\d+"/, `calcId="${EXCEL_365_CALC_ID}"`);
  zip.file(wbPath, wbXml);
  zip.forEach((_, file) => {
    file.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
