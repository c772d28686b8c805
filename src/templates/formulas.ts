/**
 * How a BATON formula is stored in an .xlsx file.
 *
 * Excel saves a JavaScript custom function under the `_xldudf_` prefix, with
 * the namespace's dot turned into an underscore: a cell showing
 * `=BATON.ROLLING_EXCESS(B2:B100,C2:C100)` is saved as
 * `_xldudf_BATON_ROLLING_EXCESS(B2:B100,C2:C100)` inside a dynamic-array
 * `<f t="array" ref="…">` on a cell marked `cm="1"`; once the add-in
 * registers, Excel shows it as `BATON.ROLLING_EXCESS` again. A formula typed
 * into the file as `BATON.ROLLING_EXCESS(` has been reported not to
 * calculate until it is re-entered by hand. Sources: OfficeDev/Excel-Custom-Functions#108
 * (a Microsoft engineer: "For Javascript Custom Functions, we by default save
 * out with a different prefix _xldudf"), OfficeDev/office-js#5611 and #2568
 * (the prefix as seen in saved sheet XML), and a public repro whose saved
 * sheet holds `<c r="A1" cm="1"><f t="array" ref="A1">_xldudf_CONTOSO_ADD(1,2)</f><v>3</v></c>`.
 */

/** The add-in's custom-function namespace. */
export const NAMESPACE = "BATON";

/** Prefix Excel writes before a JavaScript custom function's name in the file. */
export const UDF_PREFIX = "_xldudf_";

const DISPLAY_CALL = new RegExp(`\\b${NAMESPACE}\\.([A-Z][A-Z0-9_]*)\\(`, "g");
const STORED_CALL = new RegExp(`${UDF_PREFIX}${NAMESPACE}_([A-Z][A-Z0-9_]*)\\(`, "g");

/**
 * The stored (file) form of a formula in display form: every
 * `BATON.NAME(` becomes `_xldudf_BATON_NAME(`. Text inside string literals is
 * left alone. Cost: O(length).
 * @example storedFormula('BATON.CROWDING_SCORE(A:A,B:B,,,,"series")')
 * // => '_xldudf_BATON_CROWDING_SCORE(A:A,B:B,,,,"series")'
 */
export function storedFormula(display: string): string {
  return mapOutsideStrings(display, (code) => code.replace(DISPLAY_CALL, `${UDF_PREFIX}${NAMESPACE}_$1(`));
}

/**
 * The display form of a stored formula (the inverse of {@link storedFormula}).
 * @example displayFormula("_xldudf_BATON_DIFFUSION_TIER(A2)") // => "BATON.DIFFUSION_TIER(A2)"
 */
export function displayFormula(stored: string): string {
  return mapOutsideStrings(stored, (code) => code.replace(STORED_CALL, `${NAMESPACE}.$1(`));
}

/** True when a display-form formula calls a BATON function. */
export function callsBaton(display: string): boolean {
  let hit = false;
  mapOutsideStrings(display, (code) => {
    if (new RegExp(`\\b${NAMESPACE}\\.[A-Z]`).test(code)) hit = true;
    return code;
  });
  return hit;
}

/** Applies `f` to the parts of a formula outside `"…"` string literals (`""` is an escaped quote). */
function mapOutsideStrings(formula: string, f: (code: string) => string): string {
  const parts = formula.split('"');
  // Even indexes are code, odd indexes are inside a literal ("" splits into an empty code part: harmless).
  return parts.map((p, i) => (i % 2 === 0 ? f(p) : p)).join('"');
}
