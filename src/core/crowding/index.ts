/**
 * CROWDING_SCORE: the numeric API (./readings) for the pane and templates,
 * the worksheet function (./worksheet), and the turnover reader they share.
 */
export { crowdingLatest, crowdingOfSeries } from "./readings";
export type { CrowdingDetail, CrowdingInput, CrowdingSeries } from "./readings";
export { crowdingScore, CROWDING_OUTPUTS, DETAIL_LABELS, readLookback } from "./worksheet";
export type { CrowdingOutput } from "./worksheet";
export { readTurnover, shareOfAmounts } from "./turnover";
