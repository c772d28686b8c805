/**
 * GENERATES dist/templates/*.xlsx (crowding-monitor.xlsx, diffusion-tiers.xlsx).
 *
 * Run by `npm run build` after webpack (`tsx scripts/build-templates.ts`).
 * The workbooks are built from the sample data (src/sample) by the template
 * builders (src/templates), with every BATON cell's cached value computed by
 * the project's core. Never edit the generated files by hand.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildAllTemplates, TEMPLATES } from "../src/templates";
import { writeWorkbook } from "../src/templates/write";

async function main(): Promise<void> {
  const out = resolve(__dirname, "..", "dist", "templates");
  mkdirSync(out, { recursive: true });
  const models = buildAllTemplates();
  for (const info of TEMPLATES) {
    const model = models.find((m) => m.file === info.file);
    if (!model) throw new Error(`no builder for ${info.file}`);
    const names = model.sheets.map((s) => s.name);
    if (names.join("|") !== info.sheets.join("|")) {
      throw new Error(`${info.file}: catalog lists sheets ${info.sheets.join(", ")} but the builder made ${names.join(", ")}`);
    }
    const bytes = await writeWorkbook(model);
    writeFileSync(join(out, info.file), bytes);
    console.log(`templates: wrote dist/templates/${info.file} (${(bytes.length / 1024).toFixed(0)} KB)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
