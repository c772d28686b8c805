/**
 * The workbook templates: pure builders of the workbook models (from the
 * sample data, with cached values from the core), in every template
 * language, the writer, and the catalog.
 */
import { ALL_TEMPLATES, TemplateInfo, TemplateLang } from "./catalog";
import { buildCrowdingMonitor } from "./crowdingMonitor";
import { buildDiffusionTiers } from "./diffusionTiers";
import { buildTierMonitor } from "./tierMonitor";
import type { WorkbookSpec } from "./model";

export { ALL_TEMPLATES, TEMPLATES, TEMPLATE_LANGS, templatesFor, templateLangOf, templatePath } from "./catalog";
export type { TemplateId, TemplateInfo, TemplateLang } from "./catalog";
export {
  buildCrowdingMonitor,
  CROWDING_MONITOR_FILE,
  MONITOR_FORMULAS,
  MONITOR_LOOKBACK,
  monitorFormulas,
  monitorInputs,
} from "./crowdingMonitor";
export { buildDiffusionTiers, DIFFUSION_TIERS_FILE, SEGMENT_FORMULAS, segmentFormulas } from "./diffusionTiers";
export { buildTierMonitor, TIER_MONITOR_FILE, tierMonitorFormulas, tierMonitorRows, columnRef } from "./tierMonitor";
export { storedFormula, displayFormula, UDF_PREFIX, NAMESPACE } from "./formulas";
export { sharingLines, COPY_FOR_SHARING } from "./sharing";
export type { WorkbookSpec, SheetSpec, Cell, CellValue } from "./model";

/** The model of one catalogue entry: its builder, in its language. */
export function buildTemplate(info: Pick<TemplateInfo, "id" | "lang">): WorkbookSpec {
  const lang: TemplateLang = info.lang;
  switch (info.id) {
    case "crowding-monitor":
      return buildCrowdingMonitor(undefined, lang);
    case "diffusion-tiers":
      return buildDiffusionTiers(undefined, lang);
    case "tier-monitor":
      return buildTierMonitor(undefined, lang);
    default:
      throw new Error(`no builder for template ${String(info.id)}`);
  }
}

/** Every template's model in every language, in ALL_TEMPLATES order. */
export function buildAllTemplates(): { info: TemplateInfo; model: WorkbookSpec }[] {
  return ALL_TEMPLATES.map((info) => ({ info, model: buildTemplate(info) }));
}
