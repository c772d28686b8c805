/**
 * The catalog's `tables` (passed to insertTemplate so that table-name clashes are handled) equal the
 * tables actually written into each built workbook, read back from the package's
 * xl/tables/table*.xml parts as the template tests in templates.test.ts read them.
 */
import { buildAllTemplates, TEMPLATES } from "../../src/templates";
import { openXlsx } from "../../src/templates/ooxml";
import { writeWorkbook } from "../../src/templates/write";

describe("catalog tables", () => {
  const built = buildAllTemplates();

  test("every template in the catalog is built, in the same order", () => {
    expect(TEMPLATES.map((t) => t.file)).toEqual(built.map((b) => b.file));
  });

  test.each(TEMPLATES.map((t, i) => [t.file, t, i] as const))("%s: the catalog's tables are the written tables", async (_file, info, i) => {
    const zip = await openXlsx(await writeWorkbook(built[i]));
    const parts = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    const written = await Promise.all(
      parts.map(async (f) => {
        const xml = await zip.file(f)!.async("string");
        // A structured reference uses displayName; Excel keeps it equal to name.
        const name = /\bname="([^"]+)"/.exec(xml)![1];
        expect(/\bdisplayName="([^"]+)"/.exec(xml)![1]).toBe(name);
        return name;
      }),
    );
    expect(written.length).toBeGreaterThan(0);
    expect([...written].sort()).toEqual([...info.tables].sort());
  });

  test("the names written by hand for each template", () => {
    // From crowdingMonitor.ts (the Prices table) and diffusionTiers.ts (Segments, Taxonomy).
    expect(TEMPLATES.map((t) => [t.file, t.tables])).toEqual([
      ["crowding-monitor.xlsx", ["Prices"]],
      ["diffusion-tiers.xlsx", ["Segments", "Taxonomy"]],
    ]);
  });
});
