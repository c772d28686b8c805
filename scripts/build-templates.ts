/**
 * GENERATES dist/templates/*.xlsx and dist/templates/zh-CN/*.xlsx: every
 * template of the catalogue (src/templates/catalog.ts) in every language.
 *
 * Run by `npm run build` after webpack (`tsx scripts/build-templates.ts`).
 * The workbooks are built from the sample data (src/sample) by the template
 * builders (src/templates), with every BATON cell's cached value computed by
 * the project's core. Never edit the generated files by hand.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildAllTemplates } from "../src/templates";
import { writeWorkbook } from "../src/templates/write";

async function main(): Promise<void> {
  const out = resolve(__dirname, "..", "dist", "templates");
  for (const { info, model } of buildAllTemplates()) {
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
    console.log(`templates: wrote dist/templates/${info.path} (${(bytes.length / 1024).toFixed(0)} KB)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
