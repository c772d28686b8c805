import { isBatonError } from "../core/errors";
import { diffusionTier, taxonomyFunction } from "../core/tiers";
import { cellsToGrid, guard } from "./excel";

// Declarations use `any`: custom-functions-metadata requires the TypeScript
// types to match the JSDoc types exactly. Every value is checked by the core.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Where a segment sits on the report's diffusion path: 1 North American compute chain, 2 domestic compute & AIDC, 3 applications (扩散梯队). Names match in English or Chinese, any case, ignoring spaces, hyphens and full-width forms.
 * @customfunction DIFFUSION_TIER
 * @param {any[][]} segment A segment name such as "光模块" or "Data centers", or a range of names; the result has the same shape and a blank cell gives "".
 * @param {any[][]} [taxonomy] Your own rows of name, tier (1, 2, 3 or a key such as "na-compute") and optional aliases separated by ";". They override built-in names and add new ones; =BATON.TAXONOMY() gives a table to start from.
 * @param {any} [format] "number" (default: 1, 2 or 3), "key", "label" (English tier label), "label-zh" (Chinese tier label) or "group" (sub-group within the tier).
 * @returns {any[][]} The tier of each name, in the segment's shape; #N/A for an unknown name.
 */
export function diffusionTierFn(segment: any[][], taxonomy?: any[][], format?: any): any[][] {
  return guard("DIFFUSION_TIER", () => {
    const r = diffusionTier(segment, taxonomy, format);
    return isBatonError(r) ? r : cellsToGrid(r);
  });
}

/**
 * The built-in diffusion taxonomy as a table with a header row (tier, group, segment, 中文, aliases): every name DIFFUSION_TIER knows. Copy it into a sheet, edit it and pass it as DIFFUSION_TIER's taxonomy argument.
 * @customfunction TAXONOMY
 * @param {any} [format] What the tier column holds: "number" (default: 1, 2 or 3), "key" (e.g. "na-compute"), "label" (English tier label) or "label-zh" (Chinese tier label). Every choice reads back as a taxonomy.
 * @returns {any[][]} One header row, then one row per segment in path order.
 */
export function taxonomyFn(format?: any): any[][] {
  return guard("TAXONOMY", () => {
    const r = taxonomyFunction(format);
    return isBatonError(r) ? r : cellsToGrid(r);
  });
}
