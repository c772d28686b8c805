/**
 * Names Excel accepts for new sheets and tables, chosen so they never meet a
 * taken one: `uniqueSheetName` ("Prices" → "Prices (2)") and
 * `uniqueTableName` ("Prices" → "Prices2"). Pure; both adapters and the
 * template planner use them.
 */

/** Sheet names Excel reserves (compared ignoring case): a sheet cannot be called "History". */
const RESERVED_SHEET_NAMES = new Set(["history"]);

/**
 * Picks a free sheet name Excel accepts: `base`, else `base (2)`, `base (3)`…
 * The characters Excel forbids (`\ / ? * [ ] :`) become spaces, leading and
 * trailing apostrophes and spaces are dropped, an empty result becomes
 * "Sheet", Excel's 31-character limit is kept (the base is cut before the
 * suffix), and the reserved name "History" (any case) counts as taken.
 * Names compare ignoring case, as Excel's do. O(n + k) for n existing names
 * and k suffixes tried.
 *
 * @example
 * uniqueSheetName("Notes", ["notes"]) // → "Notes (2)"
 * uniqueSheetName("'Prices'", [])    // → "Prices"
 * uniqueSheetName("history", [])     // → "history (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set([...existing.map((s) => s.toLowerCase()), ...RESERVED_SHEET_NAMES]);
  const clean =
    base
      .replace(/[\\/?*[\]:]/g, " ")
      .slice(0, 31)
      .replace(/^[\s']+|[\s']+$/g, "") || "Sheet";
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Whether Excel would read a name as a cell reference (A1 or R1C1 style), which a table name must not be. */
function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Picks a free table name Excel accepts: `base`, else `base2`, `base3`…
 * (`base_2` when `base2` would read as a cell reference, e.g. "AB" → "AB_2").
 * Characters a table name cannot hold (anything but letters, digits, `_`,
 * `.`, `\`) become `_`; a name not starting with a letter, `_` or `\` gets a
 * leading `_`; the result stays within 255 characters. Names compare ignoring
 * case, as Excel's do. O(n + k) for n existing names and k suffixes tried.
 *
 * @example
 * uniqueTableName("Prices", ["prices", "Prices2"]) // → "Prices3"
 * uniqueTableName("AB", ["AB"])                    // → "AB_2"
 */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let clean = base.replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (!/^[\p{L}_\\]/u.test(clean)) clean = `_${clean}`;
  const free = (n: string): boolean => !taken.has(n.toLowerCase()) && !looksLikeCell(n);
  if (clean.length <= 255 && free(clean)) return clean;
  for (let i = 2; ; i++) {
    const stem = clean.slice(0, 254 - String(i).length);
    const name = looksLikeCell(`${stem}${i}`) ? `${stem}_${i}` : `${stem}${i}`;
    if (free(name)) return name;
  }
}

