/**
 * The catalogue (src/templates/catalog.ts), which the pane reads, against the
 * built workbooks: its sheets and `tables` (passed to insertTemplate so that
 * table-name clashes are handled) equal what each builder writes, read back
 * from the package's xl/tables/table*.xml parts, in every language.
 * Expected lists are written by hand from the builders' intent.
 */
import { ALL_TEMPLATES, buildAllTemplates, TEMPLATES, templateLangOf, templatesFor } from "../../src/templates";
import { openXlsx } from "../../src/templates/ooxml";
import { writeWorkbook } from "../../src/templates/write";

describe("catalog tables", () => {
  const built = buildAllTemplates();

  test("every template in the catalog is built, in the same order, with the catalog's sheets", () => {
    expect(built.map((b) => b.info)).toEqual(ALL_TEMPLATES);
    for (const { info, model } of built) {
      expect(model.file).toBe(info.file);
      expect(model.sheets.map((s) => s.name)).toEqual(info.sheets);
    }
  });

  test.each(built.map((b) => [b.info.path, b] as const))("%s: the catalog's tables are the written tables", async (_path, { info, model }) => {
    const zip = await openXlsx(await writeWorkbook(model));
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
    expect(ALL_TEMPLATES.map((t) => t.path)).toEqual([
      "crowding-monitor.xlsx",
      "diffusion-tiers.xlsx",
      "zh-CN/crowding-monitor.xlsx",
      "zh-CN/diffusion-tiers.xlsx",
    ]);
    // Table names are the same (ASCII) in both languages, so formulas travel between editions.
    for (const zh of ALL_TEMPLATES.filter((t) => t.lang === "zh-CN")) {
      expect(zh.tables).toEqual(TEMPLATES.find((t) => t.id === zh.id)!.tables);
      for (const sheet of zh.sheets) expect(sheet).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("templatesFor offers the interface language first", () => {
    expect(templateLangOf("zh")).toBe("zh-CN");
    expect(templateLangOf("zh-CN")).toBe("zh-CN");
    expect(templateLangOf("zh-Hans-CN")).toBe("zh-CN");
    expect(templateLangOf("en-US")).toBe("en");
    expect(templateLangOf("fr")).toBe("en");
    const zh = templatesFor("zh");
    const en = templatesFor("en");
    expect(zh.length).toBe(ALL_TEMPLATES.length);
    expect(en.length).toBe(ALL_TEMPLATES.length);
    const half = ALL_TEMPLATES.length / 2;
    expect(zh.slice(0, half).every((t) => t.lang === "zh-CN")).toBe(true);
    expect(zh.slice(half).every((t) => t.lang === "en")).toBe(true);
    expect(en.slice(0, half).every((t) => t.lang === "en")).toBe(true);
    expect(zh[0].path).toBe("zh-CN/crowding-monitor.xlsx");
    expect(en[0].path).toBe("crowding-monitor.xlsx");
  });
});
