/**
 * The pane's settings actions as pure functions: a validated patch, "Reset
 * to defaults", and whether the last write reached the workbook.
 */
import { SETTINGS_VERSION, SettingsSchema, type Settings } from "../workbook/settings";

/**
 * The settings after a change from the pane: `patch` over `current`,
 * validated by the schema that reads them back; undefined when not valid.
 * Keys absent from the patch keep their current values.
 */
export function patchSettings(current: Settings, patch: Partial<Settings>): Settings | undefined {
  const parsed = SettingsSchema.safeParse({ ...current, ...patch });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The settings patch for a segment price table picked on the Rotation or
 * Heatmap tab: it becomes the tier monitor's table (`monitor.table`), since
 * the pictures are drawn from the monitor's prices. A different table drops
 * the stored benchmark column, which named a column of the old one (the
 * monitor's own settings do the same). `undefined` when `name` is already
 * the table in use: nothing to store, and the benchmark choice stays.
 *
 * @example pickPriceTable({ ...DEFAULT_SETTINGS, monitor: { benchmarkColumn: "CSI 300" } }, "Prices2", "Prices")
 * // → { monitor: { table: "Prices2", benchmarkColumn: undefined } }
 */
export function pickPriceTable(current: Settings, name: string, inUse: string | undefined): Partial<Settings> | undefined {
  if (inUse !== undefined && name.toLowerCase() === inUse.toLowerCase()) return undefined;
  return { monitor: { ...current.monitor, table: name, benchmarkColumn: undefined } };
}

/**
 * The settings "Reset to defaults" stores: exactly the defaults, whatever the
 * current ones are. Nothing is carried over (not the board's table, the
 * taxonomy table, the gauge's table and columns, nor the language): with no
 * choice stored, the pane falls back to its automatic picks (first table with
 * a segment column, guessed price columns, Office's language). A fresh copy,
 * so that the stored value is never the frozen constant.
 */
export function resetSettings(): Settings {
  return SettingsSchema.parse({ version: SETTINGS_VERSION });
}

/**
 * Whether the settings reached the workbook: `idle` (nothing written this
 * session), `saving`, `saved` (the last write succeeded) or `failed` (the
 * last write failed; the settings apply for this session only).
 */
export type SaveState = { readonly kind: "idle" | "saving" | "saved" } | { readonly kind: "failed"; readonly error: unknown };

