/**
 * The Excel batches behind the pane's Share section: "Repair Baton formulas"
 * and "Copy for sharing" (issue 14). Both read each sheet's used range once
 * (`formulas`, `valueTypes` or `values`), find BATON formula cells with
 * batonCells.ts, and write only those cells.
 *
 * Spilled results: a BATON function returns a dynamic array whose anchor
 * holds the formula. Where ExcelApi 1.12 is there, each candidate is checked
 * with `getSpillParentOrNullObject` so that only anchors are touched, whatever
 * `formulas` shows for the cells it spills into; the copy freezes the whole
 * block `getSpillingToRangeOrNullObject` names.
 */
import { uniqueSheetName } from "./names";
import { supported } from "./officeRun";
import type { CellRef, RepairReport, ShareReport } from "./port";
import { batonCells, localAddress, subGrid, type FormulaCell } from "./batonCells";

/** Keeps the cells that are no spill's child (their spill parent is none, or themselves). One sync when ExcelApi 1.12 is there. */
async function anchorsOnly(context: Excel.RequestContext, sheet: Excel.Worksheet, cells: readonly FormulaCell[]): Promise<FormulaCell[]> {
  if (cells.length === 0 || !supported("ExcelApi", "1.12")) return [...cells];
  const parents = cells.map((c) => {
    const p = sheet.getRange(c.address).getSpillParentOrNullObject();
    p.load("address");
    return p;
  });
  await context.sync();
  return cells.filter((c, i) => parents[i].isNullObject || localAddress(parents[i].address) === c.address);
}

/** "Repair Baton formulas": see WorkbookPort.repairFormulas. */
export async function repairBatch(context: Excel.RequestContext): Promise<RepairReport> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const reads = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject();
    used.load("formulas,valueTypes,rowIndex,columnIndex");
    sheet.protection.load("protected");
    return { sheet, used };
  });
  await context.sync();
  const repaired: CellRef[] = [];
  const protectedSheets: { sheet: string; cells: number }[] = [];
  for (const { sheet, used } of reads) {
    if (used.isNullObject) continue;
    const broken = await anchorsOnly(context, sheet, batonCells(used.formulas, used.rowIndex, used.columnIndex, used.valueTypes));
    if (broken.length === 0) continue;
    if (sheet.protection.protected) {
      protectedSheets.push({ sheet: sheet.name, cells: broken.length });
      continue;
    }
    // Exactly the same text: Excel parses it again and binds the function now that the add-in is loaded.
    for (const c of broken) {
      sheet.getRange(c.address).formulas = [[c.formula]];
      repaired.push({ sheet: sheet.name, address: c.address });
    }
  }
  if (repaired.length > 0) await context.sync();
  return { repaired, protectedSheets };
}

/** "Copy for sharing": see WorkbookPort.copyForSharing. The copies are named "<sheet> (shared)", suffixed when taken. */
export async function shareBatch(context: Excel.RequestContext, names: readonly string[]): Promise<ShareReport> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const originals = names.map((n) => ({ name: n, sheet: sheets.items.find((s) => s.name.toLowerCase() === n.toLowerCase()) }));
  for (const o of originals) o.sheet?.protection.load("protected");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const copies: { from: string; to: string; frozen: string[]; cells: number }[] = [];
  const skipped: { sheet: string; reason: "protected" | "missing" }[] = [];
  for (const { name, sheet } of originals) {
    if (!sheet) {
      skipped.push({ sheet: name, reason: "missing" });
      continue;
    }
    if (sheet.protection.protected) {
      skipped.push({ sheet: sheet.name, reason: "protected" });
      continue;
    }
    // The original is only read (copy); every write below goes to the copy.
    const copy = sheet.copy("End");
    const to = uniqueSheetName(`${sheet.name} (shared)`, taken);
    taken.push(to);
    copy.name = to;
    const used = copy.getUsedRangeOrNullObject();
    used.load("formulas,values,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) {
      copies.push({ from: sheet.name, to, frozen: [], cells: 0 });
      continue;
    }
    const anchors = await anchorsOnly(context, copy, batonCells(used.formulas, used.rowIndex, used.columnIndex));
    const spills = supported("ExcelApi", "1.12")
      ? anchors.map((a) => {
          const r = copy.getRange(a.address).getSpillingToRangeOrNullObject();
          r.load("address");
          return r;
        })
      : [];
    if (spills.length > 0) await context.sync();
    const blocks = anchors.map((a, i) => (spills[i] && !spills[i].isNullObject ? localAddress(spills[i].address) : a.address));
    let cells = 0;
    for (const block of blocks) {
      const values = subGrid(used.values, used.rowIndex, used.columnIndex, block);
      cells += values.length * (values[0]?.length ?? 0);
      copy.getRange(block).values = values;
    }
    if (blocks.length > 0) await context.sync();
    copies.push({ from: sheet.name, to, frozen: blocks, cells });
  }
  return { copies, skipped };
}
