/**
 * The workbook templates: pure builders of the workbook models (from the
 * sample data, with cached values from the core), the writer, and the catalog.
 */
import { buildCrowdingMonitor } from "./crowdingMonitor";
import { buildDiffusionTiers } from "./diffusionTiers";
import type { WorkbookSpec } from "./model";

export { TEMPLATES } from "./catalog";
export type { TemplateInfo } from "./catalog";
export { buildCrowdingMonitor, CROWDING_MONITOR_FILE, MONITOR_FORMULAS, MONITOR_LOOKBACK } from "./crowdingMonitor";
export { buildDiffusionTiers, DIFFUSION_TIERS_FILE, SEGMENT_FORMULAS } from "./diffusionTiers";
export { storedFormula, displayFormula, UDF_PREFIX, NAMESPACE } from "./formulas";
export type { WorkbookSpec, SheetSpec, Cell, CellValue } from "./model";

/** Every template's model, in catalog order. */
export function buildAllTemplates(): WorkbookSpec[] {
  return [buildCrowdingMonitor(), buildDiffusionTiers()];
}
