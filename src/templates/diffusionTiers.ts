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
import { resultCells } from "./cells";
import { CellStyle, CellValue, SheetBuilder, SheetSpec, WorkbookSpec } from "./model";
import { readmeSheet } from "./readme";

export const DIFFUSION_TIERS_FILE = "diffusion-tiers.xlsx";
export const DIFFUSION_SHEETS = ["Readme", "Segments", "Taxonomy", "Check"] as const;

/** Header texts of the Taxonomy table (buildTaxonomy recognises them, any case). */
export const TAXONOMY_TABLE_HEADERS = ["Tier", "Group", "Segment", "中文", "Aliases"] as const;

/** Columns of the Segments table: the sample's, then the computed ones. */
export const SEGMENTS_TABLE_HEADERS = [...SEGMENT_HEADERS, "Tier", "Group", "Crowding zone", "Report's facts"] as const;

const THIS_ROW = (column: string) => `Segments[[#This Row],[${column}]]`;
const TAXONOMY_ALL = "Taxonomy[#All]";

/** The display formulas of a Segments row. */
export const SEGMENT_FORMULAS = {
  tier: `BATON.DIFFUSION_TIER(${THIS_ROW("Segment")},${TAXONOMY_ALL})`,
  group: `BATON.DIFFUSION_TIER(${THIS_ROW("Segment")},${TAXONOMY_ALL},"group")`,
  zone: `IF(${THIS_ROW("Crowding score")}>=95,"Extreme",IF(${THIS_ROW("Crowding score")}>=80,"Crowded",IF(${THIS_ROW(
    "Crowding score",
  )}>=50,"Elevated","Low")))`,
} as const;

/** The native tier lookup of the Check sheet for the name in `cell`. */
export function checkTierFormula(cell: string): string {
  return (
    `IFERROR(INDEX(Taxonomy[Tier],MATCH(${cell},Taxonomy[Segment],0)),` +
    `IFERROR(INDEX(Taxonomy[Tier],MATCH(${cell},Taxonomy[中文],0)),NA()))`
  );
}

const PCT: CellStyle = { numFmt: "0.0%" };

/** The Taxonomy table as Excel passes `Taxonomy[#All]`: header row, then one row per segment. */
export function taxonomyGrid(): (number | string)[][] {
  const rows = taxonomyTable("number").slice(1);
  return [[...TAXONOMY_TABLE_HEADERS], ...rows];
}

function segmentsSheet(segments: readonly SampleSegment[], tax: (number | string)[][]): SheetSpec {
  const s = new SheetBuilder("Segments").tab("FF1F6FEB");
  s.header(1, 1, SEGMENTS_TABLE_HEADERS);
  segments.forEach((seg, i) => {
    const row = i + 2;
    s.value(row, 1, seg.segment);
    s.value(row, 2, seg.growth, PCT);
    s.value(row, 3, seg.revision, PCT);
    s.value(row, 4, seg.sinceRebound, PCT);
    s.value(row, 5, seg.crowding, { numFmt: "0.0" });
    // Each row's cell, as Excel would pass it: a 1×1 grid.
    const tier = resultCells(diffusionTier([[seg.segment]], tax));
    const group = resultCells(diffusionTier([[seg.segment]], tax, "group"));
    s.spill(row, 6, SEGMENT_FORMULAS.tier, tier);
    s.spill(row, 7, SEGMENT_FORMULAS.group, group);
    s.formula(row, 8, SEGMENT_FORMULAS.zone, zoneOf(seg.crowding));
    s.value(row, 9, classify(seg.segment)?.facts ?? "", { wrap: true });
  });
  s.table({ name: "Segments", topLeft: "A1", columns: SEGMENTS_TABLE_HEADERS, rows: segments.length });
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

function taxonomySheet(tax: (number | string)[][]): SheetSpec {
  const s = new SheetBuilder("Taxonomy").tab("FF2E7D32");
  tax.forEach((row, i) =>
    row.forEach((v, j) => (i === 0 ? s.value(1, j + 1, v, { bold: true }) : s.value(i + 1, j + 1, v))),
  );
  s.table({ name: "Taxonomy", topLeft: "A1", columns: TAXONOMY_TABLE_HEADERS, rows: tax.length - 1 });
  s.setColumns([{ width: 6 }, { width: 28 }, { width: 26 }, { width: 12 }, { width: 90 }]);
  return s.freeze(1).done();
}

function checkSheet(segments: readonly SampleSegment[], tax: (number | string)[][]): SheetSpec {
  const s = new SheetBuilder("Check").tab("FF6A737D");
  s.header(1, 1, ["Segment", "Tier (native lookup)"]);
  segments.forEach((seg, i) => {
    const row = i + 2;
    // Cached: the tier an exact-name lookup finds (English name, else 中文), else #N/A.
    const hit = tax.slice(1).find((r) => r[2] === seg.segment) ?? tax.slice(1).find((r) => r[3] === seg.segment);
    const cached: CellValue = hit ? hit[0] : { error: "#N/A" };
    s.formula(row, 1, `Segments!A${row}`, seg.segment);
    s.formula(row, 2, checkTierFormula(`A${row}`), cached);
  });
  const note = segments.length + 3;
  s.value(note, 1, "Native formulas only (INDEX, MATCH, IFERROR): an exact English or Chinese name, no aliases.", {
    italic: true,
  });
  s.value(note + 1, 1, "Segments' Tier column (BATON.DIFFUSION_TIER) also knows aliases, spellings and your Taxonomy rows.", {
    italic: true,
  });
  s.setColumns([{ width: 26 }, { width: 20 }]);
  return s.freeze(1).done();
}

/** Builds the diffusion-tiers workbook model from the sample segments and the built-in taxonomy. */
export function buildDiffusionTiers(segments: readonly SampleSegment[] = sampleSegments): WorkbookSpec {
  const tax = taxonomyGrid();
  return {
    file: DIFFUSION_TIERS_FILE,
    title: "Baton diffusion tiers",
    sheets: [readmeSheet("diffusion-tiers"), segmentsSheet(segments, tax), taxonomySheet(tax), checkSheet(segments, tax)],
  };
}
