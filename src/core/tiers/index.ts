/**
 * The diffusion taxonomy: the report's tiers and segments as data
 * (taxonomy.ts), name normalisation (normalise.ts), classification against
 * the built-in taxonomy or one read from a worksheet range (classify.ts), and
 * the DIFFUSION_TIER / TAXONOMY grids (table.ts).
 */
export {
  checkTaxonomyData,
  GENERIC_WORDS,
  SEGMENTS,
  SHARED_NAMES,
  TIERS,
} from "./taxonomy";
export type { SegmentInfo, TierInfo, TierNumber } from "./taxonomy";
export { ALIAS_SPLIT, decorationCandidates, normaliseName, splitAliases } from "./normalise";
export {
  BUILT_IN_TAXONOMY,
  buildTaxonomy,
  classify,
  indexSegments,
  OTHER_GROUP,
  OTHER_GROUP_ZH,
  parseTier,
} from "./classify";
export type { SegmentMatch, Taxonomy } from "./classify";
export {
  diffusionTier,
  formatMatch,
  TAXONOMY_FORMATS,
  TAXONOMY_HEADER,
  taxonomyFunction,
  taxonomyTable,
  TIER_FORMATS,
} from "./table";
export type { TaxonomyFormat, TierFormat } from "./table";
