/**
 * The board model: the report's picture (three tiers in path order, and the
 * lagging segments inside each) computed from the analyst's segments table.
 *
 * Pure: a table in, a {@link Board} out. The pane only renders it.
 */
import { median } from "../median";
import { messages } from "../errors";
import type { BatonError, Text } from "../errors";
import { BUILT_IN_TAXONOMY, buildTaxonomy, classify, TIERS, type Taxonomy, type TierNumber } from "../tiers";
import { matchColumns, parseMetric } from "./columns";
import type { Badge, Board, Card, CardPrices, CatchUpRule, FigureSource, Lane, MetricKey } from "./types";
import type { SegmentMatch } from "../tiers";
import { type Zone, zoneOf } from "../zones";
import type { TableData } from "../table";

/** The metrics, in the order a card shows them. */
export const METRICS: readonly MetricKey[] = ["crowding", "growth", "revision", "sinceRebound"];

/**
 * The report's catch-up rule: growth and net upward revision at or above the
 * tier's median, return since the rebound below it; "Crowded" from a crowding
 * score of 80 (the CROWDING_SCORE zone boundary).
 */
export const DEFAULT_RULE: CatchUpRule = Object.freeze({
  growthAtLeastMedian: true,
  revisionAtLeastMedian: true,
  returnBelowMedian: true,
  crowdedFrom: 80,
});

export interface BoardOptions {
  readonly rule: CatchUpRule;
  /** A taxonomy built from the analyst's taxonomy table (`buildTaxonomy`), overriding and extending the built-in one. */
  readonly taxonomy?: Taxonomy;
  /**
   * Figures computed from a price table (the tier monitor, `monitorBoard`),
   * one per segment column, classified with the same taxonomy. They meet the
   * segments table's rows by segment identity (the classified segment, not
   * the text); a typed metric in the segments table wins over a computed one.
   * Segments only the price table has become cards of their own (row -1).
   */
  readonly prices?: readonly PriceFigures[];
}

/** One segment's figures from its price column, for {@link BoardOptions.prices}. */
export interface PriceFigures {
  /** The segment the column's header names. */
  readonly match: SegmentMatch;
  /** Computed metrics (crowding, sinceRebound); absent where undefined. */
  readonly metrics: Partial<Record<MetricKey, number>>;
  readonly card: CardPrices;
}

/** A segment's identity across tables: its tier and canonical name in the taxonomy. */
export const segmentIdentity = (m: Pick<SegmentMatch, "tier" | "name">): string => `${m.tier}\u0000${m.name}`;

/**
 * A taxonomy from a table the analyst points the pane at: its header row and
 * rows read exactly like DIFFUSION_TIER's taxonomy argument (rows
 * `name, tier[, aliases]`, or TAXONOMY()'s own table), applied over the
 * built-in taxonomy.
 *
 * @returns the taxonomy, or the `#VALUE!` error naming the bad row (row 1 is the header)
 * @example
 * const t = taxonomyFromTable({ name: "T", headers: ["Segment", "Tier"], rows: [["Quantum computing", 3]] });
 * classify("Quantum computing", t as Taxonomy)?.tier // => 3
 */
export function taxonomyFromTable(table: TableData): Taxonomy | BatonError {
  return buildTaxonomy([table.headers, ...table.rows]);
}

export { median };

/**
 * The metrics a rule needs: catch-up is decided on these, so a card without
 * one of them (or a table without its column) never gets the badge.
 */
export function ruleMetrics(rule: CatchUpRule): MetricKey[] {
  const out: MetricKey[] = [];
  if (rule.growthAtLeastMedian) out.push("growth");
  if (rule.revisionAtLeastMedian) out.push("revision");
  if (rule.returnBelowMedian) out.push("sinceRebound");
  return out;
}

/**
 * True when a card's metrics pass the rule against its tier's medians:
 * growth ≥ median growth, revision ≥ median revision and return since the
 * rebound < median return, each test only when the rule turns it on. A rule
 * with every test off never matches (it would badge every card). A card
 * lacking a metric a test needs does not match.
 */
export function isCatchUp(
  metrics: Partial<Record<MetricKey, number>>,
  medians: Partial<Record<MetricKey, number>>,
  rule: CatchUpRule,
): boolean {
  const needs = ruleMetrics(rule);
  if (needs.length === 0) return false;
  for (const k of needs) {
    const v = metrics[k];
    const m = medians[k];
    if (v === undefined || m === undefined) return false;
    if (k === "sinceRebound" ? !(v < m) : !(v >= m)) return false;
  }
  return true;
}

interface Draft {
  readonly name: string;
  readonly row: number;
  readonly tier: TierNumber;
  readonly canonical: string;
  readonly canonicalZh?: string;
  readonly group: string;
  readonly groupZh?: string;
  /** Position of the segment's group in the taxonomy, for sorting. */
  readonly groupOrder: number;
  readonly metrics: Partial<Record<MetricKey, number>>;
  readonly sources?: Partial<Record<MetricKey, FigureSource>>;
  readonly prices?: CardPrices;
}

/** Text of a segment cell: numbers and booleans as Excel shows them, blanks as "". */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

/**
 * Builds the board from a segments table.
 *
 * - Columns are found by {@link matchColumns}; without a segment column the
 *   board is empty and `columns.segment` is absent (the pane says so).
 * - Each non-blank segment is placed with `classify` (the built-in taxonomy,
 *   overridden and extended by `options.taxonomy`); names no tier knows go to
 *   `unknown` with their rows.
 * - Metric cells are read with {@link parseMetric}; a cell that is not a
 *   number is left off the card and named in `problems`, never dropped silently.
 * - Medians are per tier and per metric, over the cards that have that metric.
 * - Badges: `"catch-up"` per {@link isCatchUp}; `"crowded"` when the crowding
 *   score is ≥ `rule.crowdedFrom`. The zone comes from the crowding score
 *   (Low < 50 ≤ Elevated < 80 ≤ Crowded < 95 ≤ Extreme).
 * - Order within a lane: catch-up cards first; then by the position of the
 *   segment's group in the taxonomy (the report's order: optical hardware
 *   before power and cooling…); then by the name as written, in the
 *   locale-independent code-point order (stable across machines).
 *
 * Cost: O(r log r) for r rows (classification is a map lookup per row, the
 * medians sort each tier's values).
 *
 * @example
 * const card = buildBoard({ name: "T", headers: ["Segment", "Profit growth"], rows: [["光纤光缆", "135%"]] }, { rule: DEFAULT_RULE }).lanes[0].cards[0];
 * [card.name, card.canonical, card.tier, card.metrics, card.badges] // => ["光纤光缆", "Fiber optic cables", 1, { growth: 1.35 }, []]
 */
export function buildBoard(table: TableData, options: BoardOptions): Board {
  const { rule, taxonomy } = options;
  const cols = matchColumns(table.headers);
  const columns: Partial<Record<MetricKey | "segment", string>> = {};
  for (const [k, i] of Object.entries(cols) as [MetricKey | "segment", number][]) columns[k] = table.headers[i];

  const drafts: Draft[] = [];
  const unknown: { name: string; row: number }[] = [];
  const problems: Text[] = [];
  const segCol = cols.segment;
  const groupOrder = groupOrderOf(taxonomy ?? BUILT_IN_TAXONOMY);
  const priced = new Map<string, PriceFigures>();
  for (const p of options.prices ?? []) if (!priced.has(segmentIdentity(p.match))) priced.set(segmentIdentity(p.match), p);
  const usedPrices = new Set<string>();

  if (segCol !== undefined) {
    table.rows.forEach((row, r) => {
      const name = cellText(row[segCol]);
      if (name === "") return;
      const metrics: Partial<Record<MetricKey, number>> = {};
      for (const k of METRICS) {
        const c = cols[k];
        if (c === undefined) continue;
        const v = parseMetric(row[c]);
        if (v === "bad") problems.push(messages.badMetric(table.headers[c], r + 1, name, row[c]));
        else if (v !== undefined) metrics[k] = v;
      }
      const match = classify(name, taxonomy);
      if (match === undefined) {
        unknown.push({ name, row: r });
        return;
      }
      const id = segmentIdentity(match);
      const p = options.prices ? priced.get(id) : undefined;
      if (p) usedPrices.add(id);
      drafts.push({ ...draftOf(match, name, r, groupOrder), ...withPrices(metrics, options.prices !== undefined, p) });
    });
  }
  // Segments only the price table has: cards of their own, named by their column header.
  for (const [id, p] of priced) {
    if (usedPrices.has(id)) continue;
    drafts.push({ ...draftOf(p.match, p.card.header, -1, groupOrder), ...withPrices({}, true, p) });
  }

  const lanes: Lane[] = TIERS.map((t) => {
    const mine = drafts.filter((d) => d.tier === t.tier);
    const medians: Partial<Record<MetricKey, number>> = {};
    for (const k of METRICS) {
      const m = median(mine.flatMap((d) => (d.metrics[k] === undefined ? [] : [d.metrics[k] as number])));
      if (m !== undefined) medians[k] = m;
    }
    const cards = mine.map((d): Card & { readonly groupOrder: number } => {
      const badges: Badge[] = [];
      if (isCatchUp(d.metrics, medians, rule)) badges.push("catch-up");
      const score = d.metrics.crowding;
      let zone: Zone | undefined;
      if (score !== undefined) {
        zone = zoneOf(score);
        if (score >= rule.crowdedFrom) badges.push("crowded");
      }
      return {
        name: d.name,
        canonical: d.canonical,
        ...(d.canonicalZh !== undefined ? { canonicalZh: d.canonicalZh } : {}),
        group: d.group,
        ...(d.groupZh !== undefined ? { groupZh: d.groupZh } : {}),
        tier: d.tier,
        metrics: d.metrics,
        ...(zone !== undefined ? { zone } : {}),
        badges,
        row: d.row,
        ...(d.sources !== undefined ? { sources: d.sources } : {}),
        ...(d.prices !== undefined ? { prices: d.prices } : {}),
        groupOrder: d.groupOrder,
      };
    });
    cards.sort(compareCards);
    return {
      tier: t.tier,
      key: t.key,
      label: t.label,
      labelZh: t.labelZh,
      cards: cards.map(({ groupOrder: _, ...card }) => card),
      medians,
    };
  });

  const computed = new Set(options.prices ? (["crowding", "sinceRebound"] as MetricKey[]) : []);
  const missing = ruleMetrics(rule).filter((k) => cols[k] === undefined && !computed.has(k));
  return { lanes, unknown, columns, problems, ruleMissing: missing };
}

function draftOf(match: SegmentMatch, name: string, row: number, groupOrder: Map<string, number>): Omit<Draft, "metrics"> {
  return {
    name,
    row,
    tier: match.tier,
    canonical: match.name,
    canonicalZh: match.nameZh,
    group: match.group,
    groupZh: match.groupZh,
    groupOrder: groupOrder.get(groupKey(match.tier, match.group)) ?? groupOrder.size,
  };
}

/**
 * A card's metrics with the computed ones under the typed ones: a typed
 * figure wins; each figure is marked with where it came from. Without a
 * price table (`monitoring` false) the typed metrics are returned as they are.
 */
function withPrices(
  typed: Partial<Record<MetricKey, number>>,
  monitoring: boolean,
  p: PriceFigures | undefined,
): Pick<Draft, "metrics" | "sources" | "prices"> {
  if (!monitoring) return { metrics: typed };
  const metrics: Partial<Record<MetricKey, number>> = { ...(p?.metrics ?? {}), ...typed };
  const sources: Partial<Record<MetricKey, FigureSource>> = {};
  for (const k of Object.keys(metrics) as MetricKey[]) sources[k] = k in typed ? "typed" : "prices";
  return p ? { metrics, sources, prices: p.card } : { metrics, sources };
}

const groupKey = (tier: number, group: string): string => `${tier}\u0000${group}`;

/** Each (tier, group) of a taxonomy numbered in order of first appearance: the report's order. */
function groupOrderOf(taxonomy: Taxonomy): Map<string, number> {
  const order = new Map<string, number>();
  for (const s of taxonomy.segments) {
    const k = groupKey(s.tier, s.group);
    if (!order.has(k)) order.set(k, order.size);
  }
  return order;
}

/** Catch-up first, then taxonomy group order, then name (code-point order). */
function compareCards(a: Card & { groupOrder: number }, b: Card & { groupOrder: number }): number {
  const ca = a.badges.includes("catch-up") ? 0 : 1;
  const cb = b.badges.includes("catch-up") ? 0 : 1;
  if (ca !== cb) return ca - cb;
  if (a.groupOrder !== b.groupOrder) return a.groupOrder - b.groupOrder;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.row - b.row;
}
