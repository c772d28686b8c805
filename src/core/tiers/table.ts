/**
 * DIFFUSION_TIER and TAXONOMY over Excel-shaped arguments: grids in, grids
 * of numbers, text and errors out. No Office types; the adapters in
 * src/functions/diffusionTier.ts map the errors to Excel's.
 */
import type { Cell, Cells } from "../result";
import { readChoice } from "../args";
import { BatonError, isBatonError, messages, naError, Position, valueError } from "../errors";
import { isBlankCell } from "../series";
import { BUILT_IN_TAXONOMY, buildTaxonomy, classify, SegmentMatch, Taxonomy } from "./classify";

/** What DIFFUSION_TIER shows for a segment. */
export const TIER_FORMATS = ["number", "key", "label", "label-zh", "group"] as const;
export type TierFormat = (typeof TIER_FORMATS)[number];

/** What TAXONOMY() writes in its tier column. */
export const TAXONOMY_FORMATS = ["number", "key", "label", "label-zh"] as const;
export type TaxonomyFormat = (typeof TAXONOMY_FORMATS)[number];

/** The header row of TAXONOMY(); buildTaxonomy recognises every heading. */
export const TAXONOMY_HEADER: readonly string[] = ["tier", "group", "segment", "中文", "aliases"];

/** One result cell: a number, text or an error. */

/**
 * One segment shown in a format: `number` 1–3, `key` (`na-compute`),
 * `label` (English tier label), `label-zh` (Chinese tier label) or `group`
 * (the sub-group within the tier, English). O(1).
 * @example formatMatch(classify("光模块")!, "label-zh") // => "北美算力链低估值环节"
 */
export function formatMatch(m: SegmentMatch, format: TierFormat): number | string {
  switch (format) {
    case "number":
      return m.tier;
    case "key":
      return m.key;
    case "label":
      return m.label;
    case "label-zh":
      return m.labelZh;
    case "group":
      return m.group;
  }
}

/** Most distinct texts one DIFFUSION_TIER call remembers (a few hundred industries is typical). */
const CACHE_LIMIT = 4096;

/** Names a cell of the segment argument: `""` for one cell, `row 3`, `column 3` or `row 3, column 2`. */
function position(height: number, width: number, i: number, j: number): Position {
  if (height === 1 && width === 1) return {};
  if (height === 1) return { column: j + 1 };
  if (width === 1) return { row: i + 1 };
  return { row: i + 1, column: j + 1 };
}

/**
 * DIFFUSION_TIER: the tier (or key, label, group) of every name in a range.
 *
 * - The result has the segment argument's shape, cell for cell.
 * - A blank cell (`null`, `""`, spaces or `0`, the forms Excel sends for an
 *   empty cell) gives `""`.
 * - An unknown name is `#N/A` "unknown segment "…"; add it with the taxonomy
 *   argument"; a number is looked up as its text (so usually unknown).
 * - A boolean or error value in a cell is `#VALUE!` naming the cell; other
 *   cells still answer.
 * - A malformed taxonomy or format makes the whole result one `#VALUE!`.
 *
 * Cost: O(taxonomy rows) to read the taxonomy, then one normalisation and
 * one hash lookup per name (repeats are served from a per-call cache
 * of up to 4,096 texts): O(cells), never a scan of the taxonomy per name.
 *
 * @param segment a name or a range of names (a scalar is read as one cell)
 * @param taxonomy optional rows `name, tier[, aliases]` ({@link buildTaxonomy})
 * @param format one of {@link TIER_FORMATS}, default `number`, any case
 * @example diffusionTier([["光模块"], [""], ["Data centres"]]) // => [[1], [""], [2]]
 * @example diffusionTier([["ＰＣＢ", "games"]], null, "key") // => [["na-compute", "applications"]]
 */
export function diffusionTier(segment: unknown, taxonomy?: unknown, format?: unknown): Cells | BatonError {
  const f = readChoice(format, "format", TIER_FORMATS, "number");
  if (isBatonError(f)) return f;
  const tax = buildTaxonomy(taxonomy);
  if (isBatonError(tax)) return tax;

  const grid: readonly unknown[] = Array.isArray(segment) ? segment : [[segment]];
  const height = grid.length;
  if (height === 0) return valueError(messages.emptyArgument("segment"));
  let width = 0;
  for (const r of grid) width = Math.max(width, Array.isArray(r) ? r.length : 1);
  if (width === 0) return valueError(messages.emptyArgument("segment"));

  // A range of names repeats itself (an industry column of a stock list), so
  // each text is normalised and looked up once. The cache is capped: a range
  // of all-different spellings would only pay for growing it.
  const seen = new Map<string, Cell>();
  const lookup = (text: string): Cell => {
    let cell = seen.get(text);
    if (cell === undefined) {
      // Text that normalises to nothing ("--", a Wind placeholder) is unknown, not blank.
      const m = classify(text, tax);
      cell = m ? formatMatch(m, f) : naError(messages.unknownSegment(text.trim()));
      if (seen.size < CACHE_LIMIT) seen.set(text, cell);
    }
    return cell;
  };

  const out: Cells = new Array(height);
  for (let i = 0; i < height; i++) {
    const src = grid[i];
    const row: readonly unknown[] = Array.isArray(src) ? src : [src];
    const n = row.length;
    const o: Cell[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (typeof v === "string") o[j] = v.trim() === "" ? "" : lookup(v);
      else if (isBlankCell(v)) o[j] = "";
      else if (typeof v === "number" && Number.isFinite(v)) o[j] = lookup(String(v));
      else o[j] = valueError(messages.badSegmentCell("segment", position(height, width, i, j), v));
    }
    out[i] = o;
  }
  return out;
}

/**
 * The taxonomy as a table: the header {@link TAXONOMY_HEADER} (`tier, group,
 * segment, 中文, aliases`), then one row per segment in table order. The
 * format decides the tier column: `number` (1–3, default), `key`, `label`
 * or `label-zh`; the other columns are always the group (English), the
 * English name, the Chinese name (`""` when unknown) and the aliases joined
 * by `"; "`. Fed back to {@link buildTaxonomy} it gives the same tiers and
 * groups, whatever the format. Used by TAXONOMY() and the template builder.
 *
 * Cost: O(segments + aliases).
 *
 * @param format what the tier column holds
 * @param taxonomy whose segments to list; the built-in taxonomy by default
 * @example taxonomyTable()[2].slice(0, 4) // => [1, "Optical & network hardware", "Optical modules", "光模块"]
 */
export function taxonomyTable(format: TaxonomyFormat = "number", taxonomy: Taxonomy = BUILT_IN_TAXONOMY): (number | string)[][] {
  const rows: (number | string)[][] = [TAXONOMY_HEADER.slice()];
  for (const m of taxonomy.segments) {
    rows.push([formatMatch(m, format), m.group, m.name, m.nameZh ?? "", m.aliases.join("; ")]);
  }
  return rows;
}

/**
 * TAXONOMY([format]) over an Excel-shaped argument: reads the format (one of
 * {@link TAXONOMY_FORMATS}, any case, default `number`) and returns
 * {@link taxonomyTable} of the built-in taxonomy.
 * @returns the table, or `#VALUE!` listing the formats
 * @example taxonomyFunction("group") // => #VALUE! "format must be one of "number", "key", "label", "label-zh", not text "group""
 */
export function taxonomyFunction(format?: unknown): (number | string)[][] | BatonError {
  const f = readChoice(format, "format", TAXONOMY_FORMATS, "number");
  if (isBatonError(f)) return f;
  return taxonomyTable(f);
}
