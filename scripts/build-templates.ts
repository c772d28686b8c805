/**
 * GENERATES dist/templates/*.xlsx and dist/templates/zh-CN/*.xlsx: every
 * template of the catalogue (src/templates/catalog.ts) in every language.
 *
 * Run by `npm run build` after webpack (`tsx scripts/build-templates.ts`).
 * The workbooks are built from the sample data (src/sample) by the template
 * builders (src/templates), with every BATON cell's cached value computed by
 * the project's core. Never edit the generated files by hand.
 *
 * Each Readme sheet (Readme, 说明) gets a last line with the version from
 * package.json ("Baton 0.1.0"), so a template says which Baton it came with.
 * BATON_DIST=folder writes to folder/templates instead of dist/templates.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { address, parseAddress } from "../src/core/a1";
import { buildAllTemplates } from "../src/templates";
import type { SheetSpec, WorkbookSpec } from "../src/templates/model";
import { README_SHEET } from "../src/templates/readme";
import { writeWorkbook } from "../src/templates/write";

const README_NAMES: ReadonlySet<string> = new Set(Object.values(README_SHEET));

/** The workbook with "Baton <version>" two rows below the last line of its Readme sheet's column A. */
export function stampVersion(model: WorkbookSpec, version: string): WorkbookSpec {
  const sheets = model.sheets.map((sheet): SheetSpec => {
    if (!README_NAMES.has(sheet.name)) return sheet;
    const last = Math.max(0, ...[...sheet.cells.keys()].map((a) => parseAddress(a)).filter((p) => p.col === 1).map((p) => p.row));
    const cells = new Map(sheet.cells);
    cells.set(address(last + 2, 1), { value: `Baton ${version}`, style: { italic: true } });
    return { ...sheet, cells };
  });
  return { ...model, sheets };
}

async function main(): Promise<void> {
  const dist = process.env.BATON_DIST ? resolve(process.env.BATON_DIST) : resolve(__dirname, "..", "dist");
  const out = join(dist, "templates");
  const { version } = JSON.parse(readFileSync(resolve(__dirname, "..", "package.json"), "utf8")) as { version: string };
  for (const { info, model: built } of buildAllTemplates()) {
    const model = stampVersion(built, version);
    const names = model.sheets.map((s) => s.name);
    if (names.join("|") !== info.sheets.join("|")) {
      throw new Error(`${info.path}: catalog lists sheets ${info.sheets.join(", ")} but the builder made ${names.join(", ")}`);
    }
    const tables = model.sheets.flatMap((s) => s.tables.map((t) => t.name));
    if ([...tables].sort().join("|") !== [...info.tables].sort().join("|")) {
      throw new Error(`${info.path}: catalog lists tables ${info.tables.join(", ")} but the builder made ${tables.join(", ")}`);
    }
    const bytes = await writeWorkbook(model);
    const file = join(out, info.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    console.log(`templates: wrote ${relative(process.cwd(), file)} (${(bytes.length / 1024).toFixed(0)} KB)`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
