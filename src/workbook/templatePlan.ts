/**
 * The plan of a template insert, as pure functions: which of the analyst's
 * sheets and tables step aside under temporary names, and what the
 * template's sheets end up called. The batch that carries it out is
 * templateInsert.ts; the reasons are in its module comment.
 */
import { uniqueSheetName } from "./names";

/** Prefix of the temporary names the analyst's clashing sheets carry during a template insert. */
export const PARKING_PREFIX = "~baton tmp ";
/** Prefix of the temporary names the analyst's clashing tables carry during a template insert. */
export const TABLE_PARKING_PREFIX = "batonTmp";

/**
 * The analyst's tables to rename out of the way for a template bringing
 * tables `template` (ignoring case; `undefined` = unknown, so every existing
 * table), each with a temporary name `batonTmpN`, the lowest N free among the
 * existing and template names, the `reserved` ones (the workbook's defined
 * names) and those chosen so far. O(e·t).
 *
 * @example
 * planTables(["Prices", "Notes", "batonTmp1"], ["prices", "Monitor"])
 * // → [{ name: "Prices", temp: "batonTmp2" }]
 */
export function planTables(
  existing: readonly string[],
  template: readonly string[] | undefined,
  reserved: readonly string[] = [],
): { name: string; temp: string }[] {
  const wanted = template && new Set(template.map((n) => n.toLowerCase()));
  const taken = new Set([...existing, ...(template ?? []), ...reserved].map((n) => n.toLowerCase()));
  const parked: { name: string; temp: string }[] = [];
  let i = 1;
  for (const name of existing) {
    if (wanted && !wanted.has(name.toLowerCase())) continue;
    while (taken.has(`${TABLE_PARKING_PREFIX}${i}`.toLowerCase())) i++;
    parked.push({ name, temp: `${TABLE_PARKING_PREFIX}${i}` });
    taken.add(`${TABLE_PARKING_PREFIX}${i}`.toLowerCase());
  }
  return parked;
}

/** How a template insert avoids clashes: see the module comment. */
export interface TemplatePlan {
  /** The analyst's sheets to rename out of the way: original name and temporary name. */
  readonly parked: readonly { readonly name: string; readonly temp: string }[];
  /** The final name of each template sheet, in the template's order (its own name when free). */
  readonly finals: readonly string[];
}

/**
 * Plans a template insert into a workbook with sheets `existing`. A template
 * sheet clashes when an existing sheet has its name ignoring case; that
 * existing sheet gets a temporary name `~baton tmp N` (the lowest N free among
 * all names in play), and the template sheet the name
 * `uniqueSheetName(name, existing + template names + temporary names + finals so far)`.
 * O(s·t) for s existing and t template sheets (both a handful).
 *
 * @example
 * planTemplate(["Notes", "prices"], ["Prices", "Crowding"])
 * // → { parked: [{ name: "prices", temp: "~baton tmp 1" }], finals: ["Prices (2)", "Crowding"] }
 */
export function planTemplate(existing: readonly string[], template: readonly string[]): TemplatePlan {
  const lower = (s: string): string => s.toLowerCase();
  const byLower = new Map(existing.map((n) => [lower(n), n]));
  const inPlay = [...existing, ...template];
  const parked: { name: string; temp: string }[] = [];
  for (const t of template) {
    const own = byLower.get(lower(t));
    if (own === undefined) continue;
    const taken = new Set(inPlay.map(lower));
    let i = 1;
    while (taken.has(lower(PARKING_PREFIX + i))) i++;
    parked.push({ name: own, temp: PARKING_PREFIX + i });
    inPlay.push(PARKING_PREFIX + i);
  }
  const finals = template.map((t) => {
    if (!byLower.has(lower(t))) return t;
    const f = uniqueSheetName(t, inPlay);
    inPlay.push(f);
    return f;
  });
  return { parked, finals };
}

