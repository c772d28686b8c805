/**
 * The diffusion-tiers template: the report's segments with their facts, the
 * tier each sits on (BATON.DIFFUSION_TIER against an editable Taxonomy
 * table) and how crowded each is.
 *
 * Sheets:
 * - Readme;
 * - Segments: the `Segments` table: the sample figures (src/sample), Tier and
 *   Group (BATON.DIFFUSION_TIER with the Taxonomy table as its taxonomy
 *   argument), Crowding zone (native) and the report's facts;
 * - Taxonomy: the built-in taxonomy (src/core/tiers `taxonomyTable`) as the
 *   editable `Taxonomy` table;
 * - Check: each segment's tier by a native exact-name lookup in Taxonomy.
 *
 * Pure: every cached value of a BATON cell comes from the core's
 * `diffusionTier`, called with the grids Excel would pass.
 */
import { zoneOf } from "../core/zones";
import { classify, diffusionTier, taxonomyTable } from "../core/tiers";
import { SEGMENT_HEADERS, sampleSegments, SampleSegment } from "../sample";
import type { TemplateLang } from "./catalog";
import { resultCells } from "./cells";
import { CellStyle, CellValue, SheetBuilder, SheetSpec, WorkbookSpec } from "./model";
import { readmeSheet } from "./readme";
import { numberFormats, pick, sheetRef, zoneFormula } from "./words";

export const DIFFUSION_TIERS_FILE = "diffusion-tiers.xlsx";
/** Sheet names by language, in workbook order: Readme, Segments, Taxonomy, Check. */
export const DIFFUSION_SHEETS: Readonly<Record<TemplateLang, readonly [string, string, string, string]>> = {
  en: ["Readme", "Segments", "Taxonomy", "Check"],
  "zh-CN": ["说明", "细分行业", "分类", "核对"],
};
export const SEGMENTS_TABLE = "Segments";
export const TAXONOMY_TABLE = "Taxonomy";

/**
 * Header texts of the Taxonomy table by language. buildTaxonomy recognises
 * both sets (tier/层级, group/分组, segment/名称, 中文/中文名称, aliases/别名), so
 * `Taxonomy[#All]` reads back the same taxonomy in either language.
 */
export const TAXONOMY_HEADERS: Readonly<Record<TemplateLang, readonly string[]>> = {
  en: ["Tier", "Group", "Segment", "中文", "Aliases"],
  "zh-CN": ["层级", "分组", "名称", "中文名称", "别名"],
};
/** The English Taxonomy headers (kept for callers of the first release). */
export const TAXONOMY_TABLE_HEADERS = TAXONOMY_HEADERS.en;

/**
 * Columns of the Segments table by language: the sample's, then the computed
 * ones. The Chinese headers are ones the pane's board recognises (src/core/board/columns.ts).
 */
export const SEGMENTS_HEADERS: Readonly<Record<TemplateLang, readonly string[]>> = {
  en: [...SEGMENT_HEADERS, "Tier", "Group", "Crowding zone", "Report's facts"],
  "zh-CN": ["细分行业", "2026E净利润增速", "盈利预测上调幅度", "反弹以来涨幅", "拥挤度", "层级", "分组", "拥挤区间", "研报要点"],
};
/** The English Segments headers. */
export const SEGMENTS_TABLE_HEADERS = SEGMENTS_HEADERS.en;

const TAXONOMY_ALL = `${TAXONOMY_TABLE}[#All]`;

/** The display formulas of a Segments row, for a language (structured references follow its headers). */
export function segmentFormulas(lang: TemplateLang) {
  const h = SEGMENTS_HEADERS[lang];
  const thisRow = (column: string) => `${SEGMENTS_TABLE}[[#This Row],[${column}]]`;
  return {
    tier: `BATON.DIFFUSION_TIER(${thisRow(h[0])},${TAXONOMY_ALL})`,
    group: `BATON.DIFFUSION_TIER(${thisRow(h[0])},${TAXONOMY_ALL},"group")`,
    zone: zoneFormula(thisRow(h[4])),
  } as const;
}

/** The English Segments formulas. */
export const SEGMENT_FORMULAS = segmentFormulas("en");

/** The native tier lookup of the Check sheet for the name in `cell`, for a language's Taxonomy headers. */
export function checkTierFormula(cell: string, lang: TemplateLang = "en"): string {
  const [tier, , name, nameZh] = TAXONOMY_HEADERS[lang].map((h) => `${TAXONOMY_TABLE}[${h}]`);
  return `IFERROR(INDEX(${tier},MATCH(${cell},${name},0)),IFERROR(INDEX(${tier},MATCH(${cell},${nameZh},0)),NA()))`;
}

/** The Taxonomy table as Excel passes `Taxonomy[#All]`: header row, then one row per segment. */
export function taxonomyGrid(lang: TemplateLang = "en"): (number | string)[][] {
  const rows = taxonomyTable("number").slice(1);
  return [[...TAXONOMY_HEADERS[lang]], ...rows];
}

function segmentsSheet(segments: readonly SampleSegment[], tax: (number | string)[][], lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const PCT: CellStyle = { numFmt: F.percent1 };
  const headers = SEGMENTS_HEADERS[lang];
  const formulas = segmentFormulas(lang);
  const s = new SheetBuilder(DIFFUSION_SHEETS[lang][1]).tab("FF1F6FEB");
  s.header(1, 1, headers);
  segments.forEach((seg, i) => {
    const row = i + 2;
    s.value(row, 1, seg.segment);
    s.value(row, 2, seg.growth, PCT);
    s.value(row, 3, seg.revision, PCT);
    s.value(row, 4, seg.sinceRebound, PCT);
    s.value(row, 5, seg.crowding, { numFmt: F.score });
    // Each row's cell, as Excel would pass it: a 1×1 grid.
    const tier = resultCells(diffusionTier([[seg.segment]], tax));
    const group = resultCells(diffusionTier([[seg.segment]], tax, "group"));
    s.spill(row, 6, formulas.tier, tier);
    s.spill(row, 7, formulas.group, group);
    s.formula(row, 8, formulas.zone, zoneOf(seg.crowding));
    const match = classify(seg.segment);
    s.value(row, 9, (lang === "zh-CN" ? match?.factsZh : match?.facts) ?? "", { wrap: true });
  });
  s.table({ name: SEGMENTS_TABLE, topLeft: "A1", columns: headers, rows: segments.length });
  s.setColumns([
    { width: 26 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 11 },
    { width: 7 },
    { width: 28 },
    { width: 12 },
    { width: 70 },
  ]);
  return s.freeze(1).done();
}

function taxonomySheet(tax: (number | string)[][], lang: TemplateLang): SheetSpec {
  const s = new SheetBuilder(DIFFUSION_SHEETS[lang][2]).tab("FF2E7D32");
  tax.forEach((row, i) =>
    row.forEach((v, j) => (i === 0 ? s.value(1, j + 1, v, { bold: true }) : s.value(i + 1, j + 1, v))),
  );
  s.table({ name: TAXONOMY_TABLE, topLeft: "A1", columns: TAXONOMY_HEADERS[lang], rows: tax.length - 1 });
  s.setColumns([{ width: 6 }, { width: 28 }, { width: 26 }, { width: 12 }, { width: 90 }]);
  return s.freeze(1).done();
}

function checkSheet(segments: readonly SampleSegment[], tax: (number | string)[][], lang: TemplateLang): SheetSpec {
  const s = new SheetBuilder(DIFFUSION_SHEETS[lang][3]).tab("FF6A737D");
  const seg = sheetRef(DIFFUSION_SHEETS[lang][1]);
  s.header(1, 1, pick(lang, ["Segment", "Tier (native lookup)"], ["细分行业", "层级（原生查找）"]));
  segments.forEach((sg, i) => {
    const row = i + 2;
    // Cached: the tier an exact-name lookup finds (English name, else 中文), else #N/A.
    const hit = tax.slice(1).find((r) => r[2] === sg.segment) ?? tax.slice(1).find((r) => r[3] === sg.segment);
    const cached: CellValue = hit ? hit[0] : { error: "#N/A" };
    s.formula(row, 1, `${seg}!A${row}`, sg.segment);
    s.formula(row, 2, checkTierFormula(`A${row}`, lang), cached);
  });
  const note = segments.length + 3;
  const notes = pick(
    lang,
    [
      "Native formulas only (INDEX, MATCH, IFERROR): an exact English or Chinese name, no aliases.",
      "Segments' Tier column (BATON.DIFFUSION_TIER) also knows aliases, spellings and your Taxonomy rows.",
    ],
    [
      "仅用原生公式（INDEX、MATCH、IFERROR）：按精确的英文或中文名称查找，不含别名。",
      "“细分行业”表的层级列（BATON.DIFFUSION_TIER）还识别别名、不同写法以及您在“分类”表中添加的行。",
    ],
  );
  notes.forEach((t, i) => s.value(note + i, 1, t, { italic: true }));
  s.setColumns([{ width: 26 }, { width: 20 }]);
  return s.freeze(1).done();
}

/** Builds the diffusion-tiers workbook model from the sample segments and the built-in taxonomy, in a language. */
export function buildDiffusionTiers(segments: readonly SampleSegment[] = sampleSegments, lang: TemplateLang = "en"): WorkbookSpec {
  const tax = taxonomyGrid(lang);
  return {
    file: DIFFUSION_TIERS_FILE,
    title: pick(lang, "Baton diffusion tiers", "Baton 扩散路径分层"),
    sheets: [
      readmeSheet("diffusion-tiers", lang),
      segmentsSheet(segments, tax, lang),
      taxonomySheet(tax, lang),
      checkSheet(segments, tax, lang),
    ],
  };
}
