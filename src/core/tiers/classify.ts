/**
 * Classification: which segment, and so which tier, a name means.
 *
 * A {@link Taxonomy} answers a normalised name with one hash lookup. The
 * built-in one is indexed once when the module loads; a taxonomy argument
 * (rows of `name, tier[, aliases]`) is read by {@link buildTaxonomy} into a
 * small index of its own that is consulted first, so building it costs
 * O(rows of the argument), never a copy of the built-in index.
 *
 * Precedence when a name could mean more than one row:
 * 1. names written in the taxonomy argument (its name, 中文 and aliases
 *    cells), the first row in table order winning;
 * 2. the other names of a built-in segment that a taxonomy row overrides (a
 *    row overrides the built-in segment its name or 中文 names, e.g.
 *    `光模块, 2` moves Optical modules, with all its aliases, to tier 2; the
 *    first such row wins);
 * 3. built-in names, the first segment in table order winning.
 */
import { BatonError, messages, valueError } from "../errors";
import { isBlankCell } from "../series";
import { decorationCandidates, normaliseName, splitAliases } from "./normalise";
import { SEGMENTS, SegmentInfo, TierInfo, TierNumber, TIERS } from "./taxonomy";

/** A classified segment: where it sits and what it is called. */
export interface SegmentMatch {
  readonly tier: TierNumber;
  /** The tier's key: `na-compute`, `domestic-compute` or `applications`. */
  readonly key: string;
  /** The tier's English label. */
  readonly label: string;
  /** The tier's Chinese label. */
  readonly labelZh: string;
  /** Sub-group within the tier; `Other` for a taxonomy row that gives none. */
  readonly group: string;
  /** The sub-group in Chinese, when known. */
  readonly groupZh?: string;
  /** The segment's name: the built-in English name, or the taxonomy row's name. */
  readonly name: string;
  /** The segment's Chinese name, when known. */
  readonly nameZh?: string;
  /** Every other name the segment answers to (built-in aliases, then the row's). */
  readonly aliases: readonly string[];
  /** What the report says about the segment; `""` for a new segment. */
  readonly facts: string;
  /** The same in Chinese; `""` for a new segment. */
  readonly factsZh: string;
  /** True when the answer comes from the built-in taxonomy unchanged. */
  readonly builtIn: boolean;
  /** The segment's 0-based position in its taxonomy's `segments` (table order). */
  readonly index: number;
  /**
   * The group's 0-based place in table order, for ordering groups on a board:
   * the built-in groups are 0–6 in every taxonomy; other groups follow in
   * the order they first appear.
   */
  readonly groupIndex: number;
}

/** A set of segments that names can be classified against. */
export interface Taxonomy {
  /** Every segment in table order: the built-in ones (overrides applied), then new ones from the taxonomy argument. */
  readonly segments: readonly SegmentMatch[];
  /** True when rows from a taxonomy argument are part of it. */
  readonly custom: boolean;
  /** The segment for an already-normalised name ({@link normaliseName}); O(1). */
  lookupKey(key: string): SegmentMatch | undefined;
}

/** Group of a taxonomy row that names none and keeps no built-in group. */
export const OTHER_GROUP = "Other";
export const OTHER_GROUP_ZH = "其他";

const tierInfo = (t: TierNumber): TierInfo => TIERS[t - 1];

/** Built-in group names (normalised English) → their place in table order. */
const BUILT_IN_GROUP_INDEX: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const s of SEGMENTS) {
    const k = normaliseName(s.group);
    if (!m.has(k)) m.set(k, m.size);
  }
  return m;
})();

function builtInMatch(s: SegmentInfo, index: number): SegmentMatch {
  const t = tierInfo(s.tier);
  return Object.freeze({
    tier: s.tier,
    key: t.key,
    label: t.label,
    labelZh: t.labelZh,
    group: s.group,
    groupZh: s.groupZh,
    name: s.name,
    nameZh: s.nameZh,
    aliases: s.aliases,
    facts: s.facts,
    factsZh: s.factsZh,
    builtIn: true,
    index,
    groupIndex: BUILT_IN_GROUP_INDEX.get(normaliseName(s.group)) ?? 0,
  });
}

/**
 * Indexes segments by every normalised name (name, Chinese name, aliases);
 * where two segments share a name the first in table order keeps it.
 * Returns normalised name → index into `segments`. Cost: O(total names).
 * @example indexSegments(SEGMENTS).get("光模块") // => 1 (Optical modules)
 */
export function indexSegments(segments: readonly SegmentInfo[]): Map<string, number> {
  const index = new Map<string, number>();
  segments.forEach((s, i) => {
    for (const name of [s.name, s.nameZh, ...s.aliases]) {
      const key = normaliseName(name);
      if (key && !index.has(key)) index.set(key, i);
    }
  });
  return index;
}

const BUILT_IN_MATCHES: readonly SegmentMatch[] = SEGMENTS.map((s, i) => builtInMatch(s, i));
const BUILT_IN_INDEX: ReadonlyMap<string, number> = indexSegments(SEGMENTS);

/** The report's taxonomy, as taxonomy.md gives it plus the aliases of taxonomy.ts. */
export const BUILT_IN_TAXONOMY: Taxonomy = Object.freeze({
  segments: BUILT_IN_MATCHES,
  custom: false,
  lookupKey(key: string): SegmentMatch | undefined {
    const i = BUILT_IN_INDEX.get(key);
    return i === undefined ? undefined : BUILT_IN_MATCHES[i];
  },
});

/**
 * The segment a name means, or `undefined` when no name of the taxonomy
 * matches. Matching ignores case, surrounding and repeated spaces, hyphens,
 * underscores and full-width forms ({@link normaliseName}) and covers every
 * English name, Chinese name and alias.
 *
 * A name that matches nothing as written is looked at once more through the
 * decorations data vendors put on index names ({@link decorationCandidates}):
 * `万得液冷服务器指数` → 液冷服务器, `Optical Modules (CPO) Index` → optical
 * modules, `申万游戏Ⅱ` → 游戏Ⅱ, `884xxx.WI` codes. The name without its
 * decorations decides first; a bracketed qualifier (`CPO`) only when the rest
 * is unknown. A name that matches as written is never re-read.
 *
 * Cost: O(length of name) to normalise, then one hash lookup (a few for a
 * decorated name).
 *
 * @param name a segment name as typed
 * @param taxonomy from {@link buildTaxonomy}; the built-in taxonomy by default
 * @example classify("ＰＣＢ")?.tier // => 1
 * @example classify("算力租赁")?.key // => "domestic-compute"
 * @example classify("equipment") // => undefined (a generic word, deliberately unknown)
 * @example classify("万得光模块(CPO)指数")?.name // => "Optical modules"
 */
export function classify(name: string, taxonomy: Taxonomy = BUILT_IN_TAXONOMY): SegmentMatch | undefined {
  const key = normaliseName(name);
  const hit = taxonomy.lookupKey(key);
  if (hit !== undefined) return hit;
  for (const k of decorationCandidates(key)) {
    const m = taxonomy.lookupKey(k);
    if (m !== undefined) return m;
  }
  return undefined;
}

const TIER_BY_NAME: ReadonlyMap<string, TierNumber> = new Map(
  TIERS.flatMap((t) => [t.key, t.label, t.labelZh].map((n) => [normaliseName(n), t.tier] as const)),
);

/**
 * Reads a tier cell: the number 1, 2 or 3 (or that digit as text), a tier
 * key (`na-compute`), or a tier label in English or Chinese (what TAXONOMY()
 * writes with format `"label"` or `"label-zh"`), matched like names.
 * @returns the tier, or `undefined` for anything else (including blank)
 * @example parseTier("Domestic compute & AIDC") // => 2
 */
export function parseTier(v: unknown): TierNumber | undefined {
  if (typeof v === "number") return v === 1 || v === 2 || v === 3 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const key = normaliseName(v);
  if (key === "1" || key === "2" || key === "3") return Number(key) as TierNumber;
  return TIER_BY_NAME.get(key);
}

type Role = "name" | "tier" | "aliases" | "group" | "nameZh";

/** Header words of a taxonomy range (normalised), in English and Chinese. */
const HEADINGS: ReadonlyMap<string, Role> = new Map(
  (
    [
      ["name", ["name", "segment", "segments", "segment name", "sector", "industry", "名称", "板块", "行业", "细分", "细分行业", "赛道"]],
      ["tier", ["tier", "level", "层级", "梯队"]],
      ["aliases", ["aliases", "alias", "别名"]],
      ["group", ["group", "sub group", "subgroup", "分组", "子组"]],
      ["nameZh", ["中文", "中文名", "中文名称", "chinese", "chinese name", "name zh"]],
    ] as const
  ).flatMap(([role, words]) => words.map((w) => [normaliseName(w), role] as const)),
);

/** English and Chinese group names of the built-in taxonomy → [English, Chinese]. */
const GROUPS: ReadonlyMap<string, readonly [string, string]> = new Map(
  SEGMENTS.flatMap((s) => [
    [normaliseName(s.group), [s.group, s.groupZh] as const],
    [normaliseName(s.groupZh), [s.group, s.groupZh] as const],
  ]),
);

/**
 * An omitted range argument: `null`/`undefined`/`""`, or a 1×1 range whose
 * cell is blank in any of Excel's forms (`null`, `""`, `0`, spaces). (args.ts's
 * `isOmitted` is for scalar arguments: it calls a range of several cells given,
 * never omitted, and a 1×1 range omitted only when it holds `null` or `""`.)
 */
function isOmittedRange(v: unknown): boolean {
  if (v === null || v === undefined || v === "") return true;
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && isBlankCell(v[0][0]);
}

type Columns = Partial<Record<Role, number>>;

/** Reads a header row: the columns it names, or `undefined` unless it names both a name and a tier column. */
function readHeader(row: readonly unknown[]): Columns | undefined {
  const cols: Columns = {};
  row.forEach((cell, j) => {
    if (typeof cell !== "string") return;
    const role = HEADINGS.get(normaliseName(cell));
    if (role !== undefined && cols[role] === undefined) cols[role] = j;
  });
  return cols.name !== undefined && cols.tier !== undefined ? cols : undefined;
}

/** True for a first row whose name and tier cells are text and whose tier cell is no tier and not a number. */
function isUnknownHeader(row: readonly unknown[], cols: Columns): boolean {
  const name = row[cols.name ?? 0];
  const tier = row[cols.tier ?? 1];
  return (
    typeof name === "string" &&
    normaliseName(name) !== "" &&
    typeof tier === "string" &&
    tier.trim() !== "" &&
    !Number.isFinite(Number(tier.trim())) &&
    parseTier(tier) === undefined
  );
}

/** A text cell of a taxonomy row: its trimmed text (`""` when blank), or a `#VALUE!`. */
function textCell(v: unknown, row: number, column: string): string | BatonError {
  if (isBlankCell(v)) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return valueError(messages.taxonomyBadText(row, column, v));
}

/** Adds names to a list unless a name with the same key is there. */
function addNames(into: string[], seen: Set<string>, names: readonly string[]): void {
  for (const n of names) {
    const k = normaliseName(n);
    if (k && !seen.has(k)) {
      seen.add(k);
      into.push(n);
    }
  }
}

/**
 * Reads a taxonomy argument into a {@link Taxonomy}: the built-in segments
 * with the argument's rows applied over them.
 *
 * The range holds rows of `name, tier[, aliases]`. Its first row is a header
 * when it names a name column (`name`, `segment`, `名称`, `板块`, `行业`, …)
 * and a tier column (`tier`, `level`, `层级`, `梯队`); the header's columns
 * are then used wherever they are, and it may also name `aliases` (`别名`),
 * `group` (`分组`) and `中文` (`chinese`) columns, so TAXONOMY()'s own table
 * reads back unchanged. Without a header the columns are name, tier,
 * aliases; further columns are ignored (notes, say).
 *
 * - tier: 1, 2, 3 (number or text), a tier key, or a tier label (English or
 *   Chinese), see {@link parseTier};
 * - aliases: separated by `;`, `；`, `,`, `，`, `、` or line breaks;
 * - blank rows are skipped; blank means `null`, `""`, spaces or `0`.
 *
 * A row overrides the built-in segment its name (or 中文) names, with all
 * its aliases; other rows add new segments. The result's group is the row's
 * group cell, else the overridden segment's group when the tier is unchanged,
 * else `Other` / `其他`.
 *
 * Cost: O(rows × names per row); the built-in index is shared, not copied.
 *
 * @param rows the range as Excel gives it; omitted (`null`, blank) gives the built-in taxonomy
 * @returns the taxonomy, or `#VALUE!` naming the 1-based row of the range for
 *   a tier that is not 1, 2, 3 or a tier key, a missing name or tier, a
 *   non-text name, or fewer than two columns
 * @example classify("Power equipment", buildTaxonomy([["Power equipment", 2]]) as Taxonomy)?.tier // => 2
 * @example buildTaxonomy([["Robotaxi", 4]]) // => #VALUE! "taxonomy row 1: tier 4 is not 1, 2, 3 or a tier key (na-compute, domestic-compute, applications)"
 */
export function buildTaxonomy(rows?: unknown): Taxonomy | BatonError {
  if (isOmittedRange(rows)) return BUILT_IN_TAXONOMY;
  const grid: readonly (readonly unknown[])[] = Array.isArray(rows)
    ? (rows as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]))
    : [[rows]];
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length);
  if (width < 2) return valueError(messages.taxonomyColumns(width));

  const header = grid.length > 0 ? readHeader(grid[0]) : undefined;
  const cols: Columns = header ?? { name: 0, tier: 1, aliases: width >= 3 ? 2 : undefined };
  // A first row of headings Baton does not know (`板块名称, 梯队归属`) is still
  // a header: its name and tier cells are words, not a name and a tier. A
  // number-like tier cell ("4") stays data, so a wrong tier is still an error.
  const skipFirst = header !== undefined || (grid.length > 0 && isUnknownHeader(grid[0], cols));
  const at = (r: readonly unknown[], c: number | undefined): unknown => (c === undefined ? undefined : r[c]);

  type Draft = { -readonly [K in keyof SegmentMatch]: SegmentMatch[K] };
  const own = new Map<string, Draft>();
  const overrides = new Map<number, Draft>();
  const added: Draft[] = [];
  const keys = TIERS.map((t) => t.key);

  for (let i = skipFirst ? 1 : 0; i < grid.length; i++) {
    const r = grid[i];
    const row = i + 1;
    const cells = [at(r, cols.name), at(r, cols.tier), at(r, cols.aliases), at(r, cols.group), at(r, cols.nameZh)];
    if (cells.every(isBlankCell)) continue;

    const name = textCell(cells[0], row, "name");
    if (typeof name !== "string") return name;
    if (!normaliseName(name)) return valueError(messages.taxonomyNoName(row));
    if (isBlankCell(cells[1])) return valueError(messages.taxonomyNoTier(row, name));
    const tier = parseTier(cells[1]);
    if (tier === undefined) return valueError(messages.taxonomyBadTier(row, cells[1], keys));
    const aliasText = textCell(cells[2], row, "aliases");
    if (typeof aliasText !== "string") return aliasText;
    const groupText = textCell(cells[3], row, "group");
    if (typeof groupText !== "string") return groupText;
    const nameZhText = textCell(cells[4], row, "中文");
    if (typeof nameZhText !== "string") return nameZhText;

    // The built-in segment this row is about, if its name or 中文 names one.
    let base = BUILT_IN_INDEX.get(normaliseName(name));
    if (base === undefined && nameZhText) base = BUILT_IN_INDEX.get(normaliseName(nameZhText));
    // Only the first row about a built-in segment overrides it; a later one is a new segment.
    if (base !== undefined && overrides.has(base)) base = undefined;
    const b = base === undefined ? undefined : SEGMENTS[base];

    const known = groupText ? GROUPS.get(normaliseName(groupText)) : undefined;
    let group: string;
    let groupZh: string | undefined;
    if (groupText) [group, groupZh] = known ?? [groupText, undefined];
    else if (b && b.tier === tier) [group, groupZh] = [b.group, b.groupZh];
    else [group, groupZh] = [OTHER_GROUP, OTHER_GROUP_ZH];

    const rowAliases = splitAliases(aliasText);
    const aliases: string[] = [];
    const seen = new Set<string>();
    const canonical = b ? b.name : name;
    const nameZh = nameZhText || b?.nameZh;
    seen.add(normaliseName(canonical));
    if (nameZh) seen.add(normaliseName(nameZh));
    addNames(aliases, seen, [...(b ? b.aliases : []), name, ...rowAliases]);

    const t = tierInfo(tier);
    const match: Draft = {
      tier,
      key: t.key,
      label: t.label,
      labelZh: t.labelZh,
      group,
      groupZh,
      name: canonical,
      nameZh: nameZh || undefined,
      aliases,
      facts: b ? b.facts : "",
      factsZh: b ? b.factsZh : "",
      builtIn: false,
      index: -1, // set below, once the table order is known
      groupIndex: -1,
    };

    for (const n of [name, nameZhText, ...rowAliases]) {
      const k = normaliseName(n);
      if (k && !own.has(k)) own.set(k, match);
    }
    if (base !== undefined) overrides.set(base, match);
    else added.push(match);
  }

  const segments: SegmentMatch[] = [...BUILT_IN_MATCHES.map((m, i) => overrides.get(i) ?? m), ...added];
  const groupIndex = new Map(BUILT_IN_GROUP_INDEX);
  segments.forEach((m, i) => {
    if (m.builtIn) return;
    const d = m as Draft;
    const g = normaliseName(d.group);
    if (!groupIndex.has(g)) groupIndex.set(g, groupIndex.size);
    d.index = i;
    d.groupIndex = groupIndex.get(g) ?? 0;
    Object.freeze(d);
  });
  return Object.freeze({
    segments,
    custom: true,
    lookupKey(key: string): SegmentMatch | undefined {
      const hit = own.get(key);
      if (hit !== undefined) return hit;
      const i = BUILT_IN_INDEX.get(key);
      if (i === undefined) return undefined;
      return overrides.get(i) ?? BUILT_IN_MATCHES[i];
    },
  });
}
