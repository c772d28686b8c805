/**
 * The catalogue (src/templates/catalog.ts), which the pane reads, against the
 * built workbooks: its sheets and `tables` (passed to insertTemplate so that
 * table-name clashes are handled) equal what each builder makes, in every
 * language (templates.test.ts reads every package's xl/tables/table*.xml
 * back and finds the builder's tables; one package is read back here too).
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

  test.each(built.map((b) => [b.info.path, b] as const))("%s: the catalog's tables are the builder's tables", (_path, { info, model }) => {
    // templates.test.ts shows, per workbook, that the builder's tables are the ones written into the package.
    const tables = model.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables.length).toBeGreaterThan(0);
    expect([...tables].sort()).toEqual([...info.tables].sort());
  });

  test("a written package names its tables as the catalog does (displayName = name)", async () => {
    const { info, model } = built[0];
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
    expect([...written].sort()).toEqual([...info.tables].sort());
  });

  test("the names written by hand for each template", () => {
    // From crowdingMonitor.ts (the Prices table), diffusionTiers.ts (Segments, Taxonomy) and tierMonitor.ts (SegmentPrices).
    expect(TEMPLATES.map((t) => [t.file, t.tables])).toEqual([
      ["crowding-monitor.xlsx", ["Prices"]],
      ["diffusion-tiers.xlsx", ["Segments", "Taxonomy"]],
      ["tier-monitor.xlsx", ["SegmentPrices"]],
    ]);
    expect(ALL_TEMPLATES.map((t) => t.path)).toEqual([
      "crowding-monitor.xlsx",
      "diffusion-tiers.xlsx",
      "tier-monitor.xlsx",
      "zh-CN/crowding-monitor.xlsx",
      "zh-CN/diffusion-tiers.xlsx",
      "zh-CN/tier-monitor.xlsx",
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
