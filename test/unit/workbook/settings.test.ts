import { DEFAULT_SETTINGS, parseSettings, SettingsSchema } from "../../../src/workbook/settings";

// Expected settings are written out by hand from the schema's documented defaults
// (window 40, lookback null, the report's rule, crowded from 80; rotation tails of 8 points one every 5 rows).
const DEFAULTS = {
  version: 1,
  gauge: {},
  window: 40,
  lookback: null,
  rule: { growthAtLeastMedian: true, revisionAtLeastMedian: true, returnBelowMedian: true, crowdedFrom: 80 },
  trailPoints: 8,
  trailEvery: 5,
};

describe("settings", () => {
  test("the defaults are the documented ones", () => {
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
  });

  test.each([[undefined], [null]])("nothing stored (%p) gives the defaults without a notice", (raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULTS });
  });

  test("valid settings round-trip through JSON unchanged", () => {
    const s = {
      version: 1 as const,
      table: "细分行业表",
      taxonomyTable: "Taxonomy",
      gauge: { table: "Prices", sectorColumn: "TMT", benchmarkColumn: "万得全A" },
      window: 20,
      lookback: 250,
      rule: { growthAtLeastMedian: true, revisionAtLeastMedian: false, returnBelowMedian: true, crowdedFrom: 90 },
      language: "zh" as const,
      trailPoints: 6,
      trailEvery: 10,
    };
    expect(SettingsSchema.parse(s)).toEqual(s);
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual({ settings: s });
    expect(parseSettings(JSON.stringify(s))).toEqual({ settings: s });
  });

  test("missing optional fields take their defaults without a notice", () => {
    expect(parseSettings({ version: 1, table: "Segments" })).toEqual({ settings: { ...DEFAULTS, table: "Segments" } });
  });

  test("bad fields fall back to their defaults with an 'invalid' notice; good fields are kept", () => {
    const r = parseSettings({
      version: 1,
      table: "Segments",
      window: 0,
      lookback: 5,
      language: "fr",
      gauge: { table: "Prices", sectorColumn: 7 },
      rule: { growthAtLeastMedian: false, crowdedFrom: 120 },
    });
    expect(r).toEqual({
      notice: "invalid",
      settings: {
        ...DEFAULTS,
        table: "Segments",
        gauge: { table: "Prices" },
        rule: { ...DEFAULTS.rule, growthAtLeastMedian: false },
      },
    });
  });

  test.each<[string, unknown]>([
    ["a non-integer window", { version: 1, window: 40.5 }],
    ["a window above 500", { version: 1, window: 501 }],
    ["a lookback below 20", { version: 1, lookback: 19 }],
    ["an empty table name", { version: 1, table: "  " }],
    ["a rule that is not an object", { version: 1, rule: "strict" }],
  ])("%s is invalid and replaced by the default", (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULTS, notice: "invalid" });
  });

  test.each<[string, unknown]>([
    ["no version (a pre-release shape)", { table: "Segments", window: 20 }],
    ["a newer version", { version: 2, table: "Segments" }],
    ["an older version", { version: 0 }],
  ])("%s is outdated: all defaults", (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULTS, notice: "outdated" });
  });

  test.each<[string, unknown]>([
    ["unreadable JSON", "{version: 1"],
    ["a number", 42],
    ["an array", [1]],
  ])("%s is invalid: all defaults", (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULTS, notice: "invalid" });
  });

  test("lookback may be null (all rows) or a whole number from 20", () => {
    expect(parseSettings({ version: 1, lookback: 20 }).settings.lookback).toBe(20);
    expect(parseSettings({ version: 1, lookback: null })).toEqual({ settings: DEFAULTS });
  });

  test("the gauge's turnover columns are optional header texts; null means none", () => {
    const gauge = { table: "Prices", sectorColumn: "TMT", benchmarkColumn: "万得全A", turnoverColumn: "行业成交额", marketTurnoverColumn: "全A成交额" };
    expect(parseSettings(JSON.stringify({ version: 1, gauge }))).toEqual({ settings: { ...DEFAULTS, gauge } });
    const none = { turnoverColumn: null, marketTurnoverColumn: null };
    expect(parseSettings(JSON.stringify({ version: 1, gauge: none }))).toEqual({ settings: { ...DEFAULTS, gauge: none } });
    // Absent: the guessed defaults, nothing stored.
    expect(parseSettings({ version: 1, gauge: { table: "Prices" } }).settings.gauge).toEqual({ table: "Prices" });
  });

  test("a bad turnover column is dropped field by field (salvage), the other gauge fields kept", () => {
    const r = parseSettings({
      version: 1,
      gauge: { table: "Prices", sectorColumn: "TMT", turnoverColumn: "  ", marketTurnoverColumn: 3 },
    });
    expect(r).toEqual({ notice: "invalid", settings: { ...DEFAULTS, gauge: { table: "Prices", sectorColumn: "TMT" } } });
    const kept = parseSettings({ version: 1, window: 0, gauge: { turnoverColumn: null, marketTurnoverColumn: "Market turnover" } });
    expect(kept).toEqual({
      notice: "invalid",
      settings: { ...DEFAULTS, gauge: { turnoverColumn: null, marketTurnoverColumn: "Market turnover" } },
    });
  });

  test("unknown extra keys are dropped without a notice", () => {
    expect(parseSettings({ version: 1, theme: "dark" })).toEqual({ settings: DEFAULTS });
  });
});

describe("settings: the rotation map's tails (issue 12)", () => {
  test("kept when valid; a value out of range (0 points, 61 rows) takes its default with an invalid notice", () => {
    expect(parseSettings({ version: 1, trailPoints: 12, trailEvery: 10 }).settings).toMatchObject({ trailPoints: 12, trailEvery: 10 });
    expect(parseSettings({ version: 1, trailPoints: 0, trailEvery: 61, window: 20 })).toEqual({
      settings: { ...DEFAULTS, window: 20 },
      notice: "invalid",
    });
  });
});
