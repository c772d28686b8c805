/**
 * GENERATES dist/templates/*.xlsx (crowding-monitor.xlsx, diffusion-tiers.xlsx).
 *
 * Run by `npm run build` after webpack (`tsx scripts/build-templates.ts`).
 * The workbooks are built from the sample data (src/sample) by the template
 * builders (src/templates), with every BATON cell's cached value computed by
 * the project's core. Never edit the generated files by hand.
 *
 * Each Readme sheet gets a last line with the version from package.json
 * ("Baton 0.1.0"), so a template says which Baton it came with.
 * BATON_DIST=folder writes to folder/templates instead of dist/templates.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { address, parseAddress } from "../src/core/a1";
import { buildAllTemplates, TEMPLATES } from "../src/templates";
import type { SheetSpec, WorkbookSpec } from "../src/templates/model";
import { writeWorkbook } from "../src/templates/write";

/** The workbook with "Baton <version>" two rows below the last line of its Readme sheet's column A. */
export function stampVersion(model: WorkbookSpec, version: string): WorkbookSpec {
  const sheets = model.sheets.map((sheet): SheetSpec => {
    if (sheet.name !== "Readme") return sheet;
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
  mkdirSync(out, { recursive: true });
  const models = buildAllTemplates();
  for (const info of TEMPLATES) {
    const built = models.find((m) => m.file === info.file);
    if (!built) throw new Error(`no builder for ${info.file}`);
    const model = stampVersion(built, version);
    const names = model.sheets.map((s) => s.name);
    if (names.join("|") !== info.sheets.join("|")) {
      throw new Error(`${info.file}: catalog lists sheets ${info.sheets.join(", ")} but the builder made ${names.join(", ")}`);
    }
    const bytes = await writeWorkbook(model);
    writeFileSync(join(out, info.file), bytes);
    console.log(`templates: wrote ${relative(process.cwd(), join(out, info.file))} (${(bytes.length / 1024).toFixed(0)} KB)`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
