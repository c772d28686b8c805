/**
 * The pane's settings, as kept in the workbook (Excel: document settings under
 * the key `baton.settings`; preview: memory or localStorage).
 *
 * Settings are read back through {@link parseSettings}, which never fails:
 * whatever is stored (nothing, an older shape, hand-edited JSON, a value from
 * a newer Baton) gives usable settings, with a notice the pane shows when
 * something had to be replaced by defaults. The pane is never blank.
 */
// zod/mini: the same validation as zod with a functional API that tree-shakes,
// about 20 KB gzipped less in the pane's bundle (budget 250 KB).
import { z } from "zod/mini";
import { DEFAULT_RULE } from "../core/board/board";

/** The catch-up rule as stored; every field has the report's default. */
export const RuleSchema = z.object({
  growthAtLeastMedian: z._default(z.boolean(), true),
  revisionAtLeastMedian: z._default(z.boolean(), true),
  returnBelowMedian: z._default(z.boolean(), true),
  crowdedFrom: z._default(z.number().check(z.minimum(0), z.maximum(100)), 80),
});

const name = z.string().check(z.trim(), z.minLength(1));

/**
 * Which columns of which table the crowding gauge reads (by header text): two
 * price columns and, optionally, turnover. `turnoverColumn` is the sector's
 * turnover (an amount, or a share when `marketTurnoverColumn` is none);
 * `marketTurnoverColumn` the market's amount. For the turnover columns,
 * absent means "the guessed default" and `null` means "none" (the analyst
 * chose an excess-only gauge, or a share column without a market column).
 */
export const GaugeSettingsSchema = z.object({
  table: z.optional(name),
  sectorColumn: z.optional(name),
  benchmarkColumn: z.optional(name),
  turnoverColumn: z.optional(z.nullable(name)),
  marketTurnoverColumn: z.optional(z.nullable(name)),
});

/**
 * The tier monitor's price table (issue 11): which table holds the segment
 * prices (default: the first table with a benchmark column and segment
 * columns), which column is the benchmark (default: the one whose header
 * names one), and the rebound: absent for automatic (the benchmark's lowest
 * close of the last 60 rows), or an ISO date the analyst typed.
 */
export const MonitorSettingsSchema = z.object({
  /** null: none (the board shows typed figures only). */
  table: z.optional(z.nullable(name)),
  benchmarkColumn: z.optional(name),
  rebound: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

export const SETTINGS_VERSION = 1;

/**
 * The stored settings, version 1.
 *
 * - `table`: the segments table shown on the board (default: the first table with a segment column);
 * - `taxonomyTable`: a table of `name, tier[, aliases]` rows that overrides and extends the built-in taxonomy;
 * - `gauge`: the crowding gauge's table, its sector and benchmark price columns and optional turnover columns;
 * - `monitor`: the tier monitor's price table, benchmark column and rebound (automatic when absent);
 * - `window`: rows of the rolling excess, 1–500, default 40;
 * - `lookback`: rows of history the score ranks against, a whole number ≥ 20, or null for all rows (default);
 * - `rule`: the catch-up rule (all three median tests on; "Crowded" from a score of 80);
 * - `language`: the pane's language when the analyst chose one; absent means Office's display language;
 * - `trailPoints`, `trailEvery`: the rotation map's tails, points (1–30, default 8) one every so many rows (1–60, default 5).
 */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  table: z.optional(name),
  taxonomyTable: z.optional(name),
  gauge: z._default(GaugeSettingsSchema, {}),
  monitor: z.optional(MonitorSettingsSchema),
  window: z._default(z.int().check(z.minimum(1), z.maximum(500)), 40),
  lookback: z._default(z.nullable(z.int().check(z.minimum(20))), null),
  rule: z._default(RuleSchema, { ...DEFAULT_RULE }),
  language: z.optional(z.enum(["en", "zh"])),
  // The rotation map's tails (issue 12).
  trailPoints: z._default(z.int().check(z.minimum(1), z.maximum(30)), 8),
  trailEvery: z._default(z.int().check(z.minimum(1), z.maximum(60)), 5),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** Settings when none are stored. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(SettingsSchema.parse({ version: SETTINGS_VERSION }));

/** Why stored settings were not used as they were: `invalid` (a field is wrong), `outdated` (another version's shape). */
export type SettingsNotice = "invalid" | "outdated";

export interface ParsedSettings {
  readonly settings: Settings;
  readonly notice?: SettingsNotice;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The nested objects of version 1, salvaged field by field like the top level. */
const NESTED: Readonly<Record<string, z.ZodMiniObject>> = { gauge: GaugeSettingsSchema, rule: RuleSchema, monitor: MonitorSettingsSchema };

/**
 * Keeps the fields of a stored object that are valid on their own (one level
 * of nesting: `gauge` and `rule` are salvaged field by field too); the rest
 * are left out so that the schema's defaults fill them in.
 */
function salvage(value: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  const shape: Record<string, z.ZodMiniType> = SettingsSchema.shape;
  for (const [key, field] of Object.entries(shape)) {
    if (key === "version" || !(key in value)) continue;
    const v = value[key];
    const nested = NESTED[key];
    if (nested && isRecord(v)) {
      const inner: Record<string, unknown> = {};
      for (const [k, f] of Object.entries(nested.shape as Record<string, z.ZodMiniType>)) {
        const r = f.safeParse(v[k]);
        if (k in v && r.success && r.data !== undefined) inner[k] = r.data;
      }
      kept[key] = inner;
      continue;
    }
    const r = field.safeParse(v);
    if (r.success && r.data !== undefined) kept[key] = r.data;
  }
  return kept;
}

/**
 * Reads stored settings. Never throws.
 *
 * - Nothing stored (`undefined` or `null`): the defaults, no notice.
 * - A JSON string is parsed first (the form Excel's document settings hold).
 * - Valid version-1 settings: used as they are (unknown extra keys dropped).
 * - Version 1 with some fields wrong (`window: 0`, `language: "fr"`): each
 *   field that is valid on its own is kept (inside `gauge` and `rule` too),
 *   each wrong one takes its default,
 *   notice `"invalid"`. The fields are independent (a bad window says
 *   nothing about the table name), so keeping the good ones loses nothing the
 *   analyst chose and the notice says defaults were used.
 * - Anything else (no or another `version`, not an object, unreadable JSON):
 *   all defaults, notice `"outdated"` for an object with a missing or other
 *   version (its fields may mean something else), `"invalid"` otherwise.
 *
 * @example parseSettings(undefined) // => { settings: DEFAULT_SETTINGS }
 * @example parseSettings({ version: 1, window: 0, table: "Segments" })
 * // => { settings: { ...DEFAULT_SETTINGS, table: "Segments" }, notice: "invalid" }
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return { settings: DEFAULT_SETTINGS, notice: "invalid" };
    }
  }
  if (!isRecord(value)) return { settings: DEFAULT_SETTINGS, notice: "invalid" };
  if (value.version !== SETTINGS_VERSION) return { settings: DEFAULT_SETTINGS, notice: "outdated" };

  const whole = SettingsSchema.safeParse(value);
  if (whole.success) return { settings: whole.data };

  const salvaged = SettingsSchema.safeParse({ ...salvage(value), version: SETTINGS_VERSION });
  return { settings: salvaged.success ? salvaged.data : DEFAULT_SETTINGS, notice: "invalid" };
}

