/**
 * Inserting a template's sheets into the analyst's workbook without ever
 * overwriting a sheet or a table: the Excel batch that carries out
 * templatePlan.ts's plan.
 *
 * - Template insertion and name clashes. `insertWorksheetsFromBase64` has no
 *   rename option, and Office does not document what it does when a sheet of
 *   the same name exists (replace? rename? fail? which sheet do the template's
 *   formulas then point at?). So Baton never lets it meet a clash. Within one
 *   `Excel.run`:
 *   1. each of the analyst's sheets whose name a template sheet also has
 *      (case-insensitive: "prices" clashes with "Prices") is renamed to a free
 *      temporary name (`~baton tmp 1`, `~baton tmp 2`…). Excel rewrites the
 *      formulas, names and charts that refer to it, and renaming it back
 *      rewrites them back, so they end exactly as they were;
 *   2. the template's sheets are inserted at the end under their own names,
 *      now free, so formulas inside the template bind to the template's sheets;
 *   3. each inserted sheet that clashed is renamed to
 *      `uniqueSheetName(name, every name in play)`: "Prices" → "Prices (2)",
 *      or "Prices (3)" when "Prices (2)" is taken, cut to Excel's 31
 *      characters before the suffix (the template's formulas follow);
 *   4. in a `finally`, the analyst's sheets get their names back in a sync of
 *      their own, after re-reading the current names by sheet id (a failed
 *      batch may have applied some renames and not others). If an inserted
 *      sheet holds one of those names (step 3 failed), it is moved out of the
 *      way first. When the insert fails the error says the analyst's sheets
 *      have their names again (and names any template sheets already added);
 *      when the restore itself fails the error names each temporary name and
 *      the name to give it back, so nothing is silently left renamed.
 *   Only the first, read-only sync of the batch is retried in cell-edit mode:
 *   once a write has been sent (a rename or the insert), a failure is a
 *   `failed` error saying what was added, never a retry (a retry could insert
 *   the template twice, or treat the temporary names as the analyst's). While
 *   the batch runs, text references (INDIRECT("Prices!A1"), HYPERLINK targets,
 *   VBA) see the temporary names; they are right again once it ends.
 * - Table-name clashes are handled the same way, since a table name is unique
 *   across the workbook and Office does not document what the insert does with
 *   a taken one (refuse, or rename the incoming table so that the template's
 *   `Prices[Sector]` would bind to the analyst's table). The caller passes the
 *   template's table names (the catalog's `tables`; when it passes none, every
 *   existing table counts as a possible clash). In the same steps: each of the
 *   analyst's tables of such a name is renamed to `batonTmp1`, `batonTmp2`…
 *   (Excel rewrites the structured references to it, and back on the way
 *   back); after the insert, each inserted table (found through the inserted
 *   sheets' `tables`) whose name is an analyst's gets `uniqueTableName`
 *   ("Prices" → "Prices2"), which the template's own structured references
 *   follow; in the `finally`, the analyst's tables get their names back
 *   (re-read by id) together with the sheets. The result's `tables` lists the
 *   renamed template tables.
 */
import { parseAddress } from "../core/a1";
import { uniqueSheetName, uniqueTableName } from "./names";
import { isWorkbookLink, retarget, type TemplateFormula } from "./templateFormulas";
import { type InsertedTemplate, WorkbookError } from "./port";

export type { InsertedTemplate };
import { planTables, planTemplate } from "./templatePlan";
import { CELL_EDIT_ADVICE, CELL_EDIT_MODE, errorCode, errorMessage } from "./officeRun";

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

/**
 * Step 3b: reads the used range of each inserted sheet that holds template
 * formulas, and re-enters each formula Excel shows as an external-workbook
 * link (and the template does not) from the template's text, with the
 * insert's sheet and table renames applied. One read sync; one write sync if
 * anything is repaired. Returns what was repaired, by final sheet name.
 */
async function repairLinks(
  context: Excel.RequestContext,
  inserted: readonly Excel.Worksheet[],
  origins: readonly string[],
  finals: readonly string[],
  formulas: readonly TemplateFormula[],
  sheetRenames: readonly (readonly [string, string])[],
  tableRenames: readonly { from: string; to: string }[],
): Promise<{ sheet: string; address: string }[]> {
  const bySheet = inserted.map((sheet, i) => ({
    sheet,
    final: finals[i],
    wanted: formulas.filter((f) => f.sheet.toLowerCase() === origins[i].toLowerCase()),
  }));
  const reads = bySheet
    .filter((x) => x.wanted.length > 0)
    .map((x) => {
      const used = x.sheet.getUsedRangeOrNullObject();
      used.load("formulas,rowIndex,columnIndex");
      return { ...x, used };
    });
  if (reads.length === 0) return [];
  await context.sync();
  const repaired: { sheet: string; address: string }[] = [];
  for (const { sheet, final, wanted, used } of reads) {
    if (used.isNullObject) continue;
    for (const f of wanted) {
      const { row, col } = parseAddress(f.address);
      const actual: unknown = used.formulas[row - 1 - used.rowIndex]?.[col - 1 - used.columnIndex];
      if (typeof actual !== "string" || !isWorkbookLink(actual) || isWorkbookLink(f.formula)) continue;
      sheet.getRange(f.address).formulas = [[retarget(f.formula, sheetRenames, tableRenames)]];
      repaired.push({ sheet: final, address: f.address });
    }
  }
  if (repaired.length > 0) await context.sync();
  return repaired;
}

/** Refuses a request the adapter cannot carry out, before Excel is touched. Throws a WorkbookError (`invalid`). */
export function checkTemplateRequest(sheetNames: readonly string[]): void {
  if (sheetNames.length === 0) throw new WorkbookError("invalid", "name the template's sheets to insert");
  const seen = new Set<string>();
  for (const n of sheetNames) {
    if (seen.has(n.toLowerCase())) throw new WorkbookError("invalid", `the template names sheet "${n}" twice`);
    seen.add(n.toLowerCase());
  }
}

/** An analyst's sheet or table renamed out of the way: its id, own name and temporary name. */
interface Parked {
  readonly id: string;
  readonly name: string;
  readonly temp: string;
}

/**
 * Step 4 of a template insert: gives the parked sheets and tables (found by
 * id) their original names back, in a sync of its own. Reads the current
 * names first, since a failed batch may have applied some renames; a sheet or
 * table added since `before` (the template's) that holds one of the names is
 * first renamed to a free suffixed name. Never throws: reports `ok: false`
 * with Excel's message and, once the names could be read, `pending`: the
 * parked items that did not have their own name then (so the analyst is told
 * to undo only renames that really happened); else the names of the sheets
 * added since `before`.
 */
async function restoreParked(
  context: Excel.RequestContext,
  parked: { readonly sheets: readonly Parked[]; readonly tables: readonly Parked[] },
  before: { readonly sheets: readonly { readonly id: string }[]; readonly tables: readonly { readonly id: string }[] },
): Promise<{ ok: true; added: string[] } | { ok: false; message: string; pending?: Parked[] }> {
  let pending: Parked[] | undefined;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    const tables = context.workbook.tables;
    if (parked.tables.length > 0) tables.load("items/name,items/id");
    await context.sync();
    let renames = 0;
    /** Current names by id, as they will be after this sync. */
    const nameOf = new Map<string, string>();
    const restore = <T extends { name: string }>(
      kind: string,
      items: readonly T[],
      id: (item: T) => string,
      list: readonly Parked[],
      old: ReadonlySet<string>,
      unique: (base: string, taken: readonly string[]) => string,
    ): string | undefined => {
      const current = items.map((item) => ({ item, id: id(item), name: item.name }));
      const inPlay = [...current.map((c) => c.name), ...list.map((p) => p.name)];
      for (const p of list) {
        const own = current.find((c) => c.id === p.id);
        if (!own) return `the ${kind} once named "${p.name}" is gone`;
        if (own.name === p.name) continue;
        const holder = current.find((c) => c.id !== p.id && c.name.toLowerCase() === p.name.toLowerCase());
        if (holder) {
          if (old.has(holder.id)) return `another ${kind} is named "${holder.name}"`;
          holder.name = unique(p.name, inPlay);
          inPlay.push(holder.name);
          holder.item.name = holder.name;
        }
        own.item.name = p.name;
        own.name = p.name;
        renames++;
      }
      for (const c of current) nameOf.set(c.id, c.name);
      return undefined;
    };
    const nowNamed = new Map([...sheets.items, ...(parked.tables.length > 0 ? tables.items : [])].map((x) => [x.id, x.name]));
    pending = [...parked.sheets, ...parked.tables].filter((p) => nowNamed.get(p.id) !== p.name);
    const oldSheets = new Set(before.sheets.map((s) => s.id));
    const problem =
      restore("sheet", sheets.items, (s) => s.id, parked.sheets, oldSheets, uniqueSheetName) ??
      (parked.tables.length > 0
        ? restore("table", tables.items, (t) => t.id, parked.tables, new Set(before.tables.map((t) => t.id)), uniqueTableName)
        : undefined);
    if (problem !== undefined) return { ok: false, message: problem, pending };
    // An inserted sheet moved aside is reported under its new name.
    const added = sheets.items.filter((s) => !oldSheets.has(s.id)).map((s) => nameOf.get(s.id) ?? s.name);
    if (renames > 0) await context.sync();
    return { ok: true, added };
  } catch (e) {
    return { ok: false, message: errorMessage(e), pending };
  }
}

/**
 * The insert, as one Excel batch (see the module comment). Only the first,
 * read-only sync may be retried by the caller in cell-edit mode; every
 * failure after it becomes a WorkbookError `failed` that says what was added
 * and whether the analyst's sheets and tables have their names again.
 */
export async function insertTemplateBatch(
  context: Excel.RequestContext,
  base64: string,
  sheetNames: readonly string[],
  tableNames: readonly string[] | undefined,
  formulas: readonly TemplateFormula[] = [],
): Promise<InsertedTemplate> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name,items/id");
  // Defined names: a table cannot take one (Excel keeps one namespace for both).
  const definedNames = context.workbook.names;
  definedNames.load("items/name");
  // The only sync that may be retried (by `run`, in cell-edit mode): it reads and writes nothing.
  await context.sync();
  const nameList = definedNames.items.map((n) => n.name);
  const blocked = (tableNames ?? []).filter((t) => nameList.some((n) => n.toLowerCase() === t.toLowerCase()));
  if (blocked.length > 0) {
    // A defined name cannot be renamed out of the way through Office.js, and the insert's behaviour with
    // such a table is undocumented: nothing is written.
    throw new WorkbookError(
      "clash",
      `the template's table ${quoted(blocked)} has the name of a defined name in your workbook (Formulas › Name Manager), which a table cannot take; rename or delete that name, then insert again. Nothing was inserted.`,
      blocked,
    );
  }
  const before = {
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    tables: tables.items.map((t) => ({ id: t.id, name: t.name })),
  };
  const plan = planTemplate(
    before.sheets.map((s) => s.name),
    sheetNames,
  );
  const parked = {
    sheets: plan.parked.map((p) => ({ ...p, id: before.sheets.find((s) => s.name === p.name)!.id })),
    tables: planTables(
      before.tables.map((t) => t.name),
      tableNames,
      nameList,
    ).map((p) => ({ ...p, id: before.tables.find((t) => t.name === p.name)!.id })),
  };
  const anyParked = parked.sheets.length + parked.tables.length > 0;

  // From here on every failure becomes a WorkbookError "failed", which `run` does not retry: once a
  // rename or the insert has been sent, a retry could insert the template twice or take the
  // temporary names for the analyst's.
  const finalOf = new Map(sheetNames.map((n, i) => [n.toLowerCase(), plan.finals[i]]));
  let done: InsertedTemplate | undefined;
  let failed = false;
  let failure: unknown;
  let step = "renaming your sheets out of the way";
  let restored: Awaited<ReturnType<typeof restoreParked>> = { ok: true, added: [] };
  try {
    // (1) the analyst's clashing sheets and tables take temporary names.
    if (anyParked) {
      for (const p of parked.sheets) sheets.getItem(p.id).name = p.temp;
      for (const p of parked.tables) tables.getItem(p.id).name = p.temp;
      await context.sync();
    }
    // (2) the template's sheets (and tables) go in under their own names, now free.
    step = "inserting the template's sheets";
    const ids = context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: [...sheetNames], positionType: "End" });
    await context.sync();
    step = "reading the inserted sheets";
    const inserted = ids.value.map((id) => {
      const sheet = sheets.getItem(id);
      sheet.load("name");
      sheet.tables.load("items/name,items/id");
      return sheet;
    });
    await context.sync();
    // (3) the inserted sheets and tables that clashed take their suffixed names.
    step = "renaming the template's sheets";
    let renames = 0;
    const origins = inserted.map((s) => s.name);
    const names = inserted.map((s) => {
      const final = finalOf.get(s.name.toLowerCase()) ?? s.name;
      if (final !== s.name) {
        s.name = final;
        renames++;
      }
      return final;
    });
    const originals = new Set(parked.tables.map((p) => p.name.toLowerCase()));
    const insertedTables = inserted.flatMap((s) => s.tables.items);
    const inPlay = [
      ...before.tables.map((t) => t.name),
      ...parked.tables.map((p) => p.temp),
      ...insertedTables.map((t) => t.name),
      ...nameList,
    ];
    const renamedTables: { from: string; to: string }[] = [];
    for (const t of insertedTables) {
      if (!originals.has(t.name.toLowerCase())) continue;
      const to = uniqueTableName(t.name, inPlay);
      inPlay.push(to);
      renamedTables.push({ from: t.name, to });
      t.name = to;
      renames++;
    }
    if (renamedTables.length > 0) step = "renaming the template's sheets and tables";
    if (renames > 0) await context.sync();
    done = renamedTables.length > 0 ? { sheets: names, tables: renamedTables } : { sheets: names };
    // (3b) Excel on the web may have turned references to tables on other inserted sheets into links to
    // an external workbook (office-js #5911): the template's own formulas are put back where that happened.
    // A failure here leaves the insert done and says the formulas were not checked.
    const crossing = formulas.filter((f) => /[[!]/.test(f.formula));
    if (crossing.length > 0) {
      try {
        const repaired = await repairLinks(context, inserted, origins, names, crossing, sheetNames.map((n) => [n, finalOf.get(n.toLowerCase()) ?? n] as const), renamedTables);
        if (repaired.length > 0) done = { ...done, repaired };
      } catch (e) {
        done = { ...done, unchecked: errorMessage(e) };
      }
    }
  } catch (e) {
    // Not rethrown as it is: the error below says what became of the analyst's sheets and tables.
    failed = true;
    failure = e;
  } finally {
    // (4) the analyst's sheets and tables get their names back, whatever happened above (never
    // throws); after a failure with nothing parked, this only reads which sheets were added.
    if (anyParked || failed) restored = await restoreParked(context, parked, before);
  }
  const yours = [
    parked.sheets.length > 0 ? `sheets ${quoted(parked.sheets.map((p) => p.name))}` : "",
    parked.tables.length > 0 ? `tables ${quoted(parked.tables.map((p) => p.name))}` : "",
  ]
    .filter((x) => x !== "")
    .join(" and ");
  const parkedAll = [...parked.sheets, ...parked.tables];
  if (!restored.ok && anyParked && restored.pending?.length !== 0) {
    // Only the renames that really happened (read back by id) are named; when the names could not be
    // read, the message says so instead of claiming renames that may never have been made.
    const pending = restored.pending;
    const pairs = (pending ?? parkedAll).map((p) => `"${p.temp}" → "${p.name}"`).join(", ");
    throw new WorkbookError(
      "failed",
      (failed ? `${step} failed (${errorMessage(failure)}), and ` : "the template was inserted, but ") +
        (pending
          ? `Baton could not give your ${yours} their names back (${restored.message}). Each one listed still has its temporary name; rename it by hand: ${pairs}.`
          : `Baton could not check that your ${yours} have their names back (${restored.message}). ` +
            `If one has a temporary name, rename it by hand: ${pairs}.`),
      (pending ?? parkedAll).map((p) => p.temp),
    );
  }
  if (failed || done === undefined) {
    const extra = !restored.ok
      ? ` Baton could not check which of the template's sheets were added (${restored.message}); look at the end of the workbook before trying again.`
      : restored.added.length > 0
        ? ` The template's sheets already added: ${quoted(restored.added)}.`
        : " Nothing was inserted.";
    const again = anyParked ? ` Your ${yours} have their own names again.` : "";
    throw new WorkbookError(
      "failed",
      `${step} failed: ${errorCode(failure) === CELL_EDIT_MODE ? CELL_EDIT_ADVICE : errorMessage(failure)}.${again}${extra}`,
      parkedAll.map((p) => p.name),
    );
  }
  return done;
}
