/**
 * The pane's words, in English and Simplified Chinese, in one module.
 *
 * - `pickLanguage()` chooses: the analyst's stored choice, else Office's
 *   display language (`Office.context.displayLanguage`, e.g. "zh-CN", read
 *   only once `Office.onReady` has resolved: before that Office.context is not
 *   usable), else the browser's (`navigator.language`); anything starting
 *   with "zh" is Chinese.
 * - The analyst can override it in Settings; the choice is kept in the
 *   workbook settings (`language`).
 * - Every string the pane shows comes from `strings[lang]`; workbook text
 *   (segment names, headers) is shown as it is, as text.
 */
import { createContext, useContext } from "react";

import { type Language, languageFromTag } from "../core/language";
import { monitorEn, monitorZh, type MonitorStrings } from "./monitorStrings";

export { type Language, languageFromTag };

export interface Strings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly loading: string;
  readonly tabs: {
    readonly board: string;
    readonly gauge: string;
    readonly rotation: string;
    readonly heatmap: string;
    readonly templates: string;
    readonly settings: string;
    readonly help: string;
  };
  readonly tabsLabel: string;
  readonly table: string;
  readonly tableHint: string;
  readonly noTables: string;
  readonly refresh: string;
  readonly refreshing: string;
  readonly updatedAt: (time: string) => string;
  readonly tier: (n: number) => string;
  readonly pathLabel: string;
  readonly laneCount: (n: number) => string;
  readonly laneEmpty: string;
  readonly medians: string;
  readonly metrics: { readonly crowding: string; readonly growth: string; readonly revision: string; readonly sinceRebound: string };
  readonly zones: { readonly Low: string; readonly Elevated: string; readonly Crowded: string; readonly Extreme: string };
  readonly zoneLabel: string;
  readonly badges: { readonly "catch-up": string; readonly crowded: string };
  readonly badgeHelp: { readonly "catch-up": string; readonly crowded: string };
  readonly row: (n: number) => string;
  readonly unknownTitle: string;
  readonly unknownHow: string;
  readonly columnsFound: (list: string) => string;
  readonly problemsTitle: string;
  readonly gauge: {
    readonly title: string;
    readonly priceTable: string;
    readonly sector: string;
    readonly benchmark: string;
    readonly turnover: string;
    readonly marketTurnover: string;
    readonly noTurnover: string;
    readonly turnoverPercentile: string;
    readonly noPriceTable: string;
    readonly pickColumns: string;
    readonly excess: (window: number) => string;
    readonly score: string;
    readonly zone: string;
    readonly peak: string;
    readonly headroom: string;
    readonly history: string;
    readonly historyValue: (n: number) => string;
    readonly chartLabel: (sector: string, benchmark: string, window: number) => string;
    readonly seriesExcess: string;
    readonly seriesLine: string;
    /** How to read the chart's values from the keyboard (the SVG chart, issue 12). */
    readonly chartKeys: string;
    readonly reportNote: string;
    readonly insertChart: string;
    readonly inserting: string;
    readonly chartInserted: (sheet: string) => string;
    readonly chartUnsupported: string;
    readonly chartTitle: (sector: string, benchmark: string, window: number) => string;
    readonly dateHeader: string;
    readonly none: string;
  };
  readonly templates: {
    readonly title: string;
    readonly intro: string;
    readonly insert: string;
    readonly inserting: string;
    readonly inserted: (title: string, sheets: string) => string;
    readonly tableRenamed: (from: string, to: string) => string;
    /** Formulas Excel on the web had turned into external links, re-entered from the template. */
    readonly linksRepaired: (n: number, where: string) => string;
    readonly linksUnchecked: (message: string) => string;
    readonly unsupported: string;
    readonly previewDownload: string;
    readonly download: string;
    readonly sheets: (list: string) => string;
    readonly failed: (message: string) => string;
  };
  readonly settings: {
    readonly title: string;
    readonly window: string;
    readonly windowHint: string;
    readonly lookback: string;
    readonly lookbackHint: string;
    readonly ruleTitle: string;
    readonly growthRule: string;
    readonly revisionRule: string;
    readonly returnRule: string;
    readonly crowdedFrom: string;
    readonly crowdedFromHint: string;
    readonly taxonomyTable: string;
    readonly taxonomyHint: string;
    readonly builtIn: string;
    readonly language: string;
    readonly auto: string;
    /** Before anything was written this session: where changes go (not a claim that they were saved). */
    readonly savesHere: string;
    readonly saving: string;
    /** Only after a successful write. */
    readonly saved: string;
    readonly notSaved: string;
    /** A write that failed: the change applies for this session only. */
    readonly saveFailed: (message: string) => string;
    readonly invalidNumber: (min: number, max: number) => string;
    readonly lookbackInvalid: string;
    readonly reset: string;
  };
  readonly rule: {
    readonly heading: string;
    readonly catchUp: (parts: readonly string[]) => string;
    readonly growth: string;
    readonly revision: string;
    readonly sinceRebound: string;
    readonly never: string;
    readonly crowded: (n: number) => string;
  };
  /** The tier monitor (issue 11): monitorStrings.ts. */
  readonly monitor: MonitorStrings;
  readonly help: {
    readonly title: string;
    readonly data: string;
    readonly dataColumns: string;
    readonly tiers: string;
    readonly gauge: string;
    readonly zones: string;
    readonly refresh: string;
    readonly privacy: string;
  };
  readonly notices: {
    readonly settingsInvalid: string;
    readonly settingsOutdated: string;
    readonly readFailed: (message: string) => string;
    readonly dismiss: string;
    readonly sampleTitle: string;
    readonly more: string;
    readonly less: string;
  };
  /** Port failures by WorkbookError code, then the English detail. */
  readonly workbookErrors: {
    readonly notFound: string;
    readonly notSupported: string;
    readonly clash: string;
    readonly invalid: string;
    readonly failed: string;
    readonly busy: string;
  };
  readonly taxonomyProblem: (message: string) => string;
  /** The rotation map (issue 12). */
  readonly rotation: {
    readonly title: string;
    readonly intro: string;
    readonly noPrices: string;
    readonly priceTable: string;
    /** Under the picker: the choice is the tier monitor's table too, and is saved. */
    readonly priceTableHint: string;
    readonly tierFilter: string;
    readonly allTiers: string;
    readonly view: string;
    readonly chartView: string;
    readonly tableView: string;
    readonly quadrants: { readonly Leading: string; readonly Weakening: string; readonly Lagging: string; readonly Improving: string };
    readonly ratio: string;
    readonly momentum: string;
    readonly quadrant: string;
    readonly segment: string;
    readonly tier: string;
    readonly centroid: (tier: number) => string;
    readonly centroidShort: (tier: number) => string;
    readonly centroidOf: (n: number) => string;
    readonly notYet: string;
    readonly chartLabel: (n: number) => string;
    readonly asOf: (date: string) => string;
    readonly trailNote: (points: number, every: number) => string;
    readonly unreadable: (list: string) => string;
    readonly insert: string;
    readonly inserting: string;
    readonly inserted: (sheet: string) => string;
    readonly chartTitle: string;
    readonly axisLine: string;
    readonly settingsTitle: string;
    readonly trailPoints: string;
    readonly trailPointsHint: string;
    readonly trailEvery: string;
    readonly trailEveryHint: string;
  };
  /** The crowding heatmap (issue 12). */
  readonly heatmap: {
    readonly title: string;
    readonly intro: string;
    readonly sort: string;
    readonly byTier: string;
    readonly byToday: string;
    readonly segment: string;
    readonly week: (date: string) => string;
    readonly cell: (segment: string, week: string, score: string, zone: string) => string;
    readonly none: string;
    readonly insert: string;
    readonly inserting: string;
    readonly inserted: (sheet: string) => string;
    readonly sheetTitle: string;
    readonly tierHeader: string;
  };
  /** The Share section (Templates tab): repair BATON formulas, copy sheets for sharing. */
  readonly share: {
    readonly title: string;
    readonly repairTitle: string;
    readonly repairIntro: string;
    readonly repair: string;
    readonly repairing: string;
    readonly repaired: (n: number, where: string) => string;
    readonly nothingToRepair: string;
    readonly protectedSkipped: (list: string) => string;
    readonly copyTitle: string;
    readonly copyIntro: string;
    readonly pickSheets: string;
    readonly copy: string;
    readonly copying: string;
    readonly copied: (from: string, to: string, cells: number, where: string) => string;
    readonly nothingFrozen: (from: string, to: string) => string;
    readonly skipped: (sheet: string, reason: "protected" | "missing") => string;
    readonly unsupported: string;
    readonly failed: (message: string) => string;
  };
}

const en: Strings = {
  monitor: monitorEn,
  appTitle: "Baton",
  appSubtitle: "Where the rally goes next: tier 1 → tier 2 → tier 3",
  loading: "Loading Baton…",
  tabs: { board: "Board", gauge: "Gauge", rotation: "Rotation", heatmap: "Heatmap", templates: "Templates", settings: "Settings", help: "Help" },
  tabsLabel: "Baton views",
  table: "Segments table",
  tableHint: "An Excel table with a Segment column; metric columns are optional.",
  noTables:
    "No table with a segment column yet. Select your data, choose Insert > Table, and name one header “Segment” (optional columns: Crowding, 2026E growth, Revision, Since rebound).",
  refresh: "Refresh",
  refreshing: "Refreshing…",
  updatedAt: (time) => `Updated ${time}`,
  tier: (n) => `Tier ${n}`,
  pathLabel: "Diffusion path",
  laneCount: (n) => (n === 1 ? "1 segment" : `${n} segments`),
  laneEmpty: "No segment of this tier in the table.",
  medians: "Tier medians",
  metrics: { crowding: "Crowding", growth: "2026E profit growth", revision: "Net upward revision", sinceRebound: "Return since rebound" },
  zones: { Low: "Low", Elevated: "Elevated", Crowded: "Crowded", Extreme: "Extreme" },
  zoneLabel: "Zone",
  badges: { "catch-up": "Catch-up", crowded: "Crowded" },
  badgeHelp: {
    "catch-up": "Fundamentals at or above the tier's median, price below it: the report's catch-up candidate.",
    crowded: "Crowding score at or above the threshold in Settings.",
  },
  row: (n) => `table row ${n}`,
  unknownTitle: "Segments no tier knows",
  unknownHow:
    "Add them with a taxonomy table: an Excel table with columns Name, Tier (1, 2 or 3) and optional Aliases (separated by ;). Pick it under Settings > Taxonomy table. The same range works as the taxonomy argument of =BATON.DIFFUSION_TIER(segment, taxonomy).",
  columnsFound: (list) => `Columns used: ${list}`,
  problemsTitle: "Some cells could not be read as numbers and are left out",
  gauge: {
    title: "Crowding gauge",
    priceTable: "Price table",
    sector: "Sector prices",
    benchmark: "Benchmark prices",
    turnover: "Sector turnover (optional)",
    marketTurnover: "Market turnover (optional)",
    noTurnover: "None",
    turnoverPercentile: "Turnover percentile",
    noPriceTable: "No table with at least two price columns. Add an Excel table with a date column and one column of prices per index.",
    pickColumns: "Pick two different price columns.",
    excess: (w) => `${w}-day rolling excess`,
    score: "Crowding score",
    zone: "Zone",
    peak: "Peak excess",
    headroom: "Headroom to peak",
    history: "History",
    historyValue: (n) => `${n} days`,
    chartLabel: (s, b, w) => `Line chart: ${w}-day rolling excess of ${s} over ${b}, with the 10% line`,
    seriesExcess: "Rolling excess",
    seriesLine: "10% (historical top)",
    chartKeys: "Use the arrow keys to read the values by date",
    reportNote: "The report: TMT's 40-day excess over all A-shares read 2.66% against historical tops near 10% (20–25% in some cycles).",
    insertChart: "Insert chart",
    inserting: "Inserting…",
    chartInserted: (sheet) => `Inserted a line chart and its data on the new sheet “${sheet}”.`,
    chartUnsupported: "This version of Excel cannot add charts from an add-in.",
    chartTitle: (s, b, w) => `${s} vs ${b}: ${w}-day rolling excess`,
    dateHeader: "Date",
    none: "—",
  },
  templates: {
    title: "Templates",
    intro: "Ready-made sheets with the framework's formulas. Inserting adds new sheets at the end of the workbook and never overwrites one: where a sheet of the same name exists, the template's sheet gets a new name such as \"Prices (2)\" and yours stays as it is.",
    insert: "Insert",
    inserting: "Inserting…",
    inserted: (title, sheets) => `Inserted “${title}”: ${sheets}.`,
    tableRenamed: (from, to) => `Its table “${from}” is named “${to}”, since yours has that name.`,
    linksRepaired: (n, where) =>
      `Excel had turned ${n === 1 ? "1 formula" : `${n} formulas`} into links to another workbook; Baton re-entered ${n === 1 ? "it" : "them"} from the template (${where}).`,
    linksUnchecked: (m) => `Baton could not check the template's formulas after inserting it (${m}); if Excel asks to trust workbook links, choose no and insert again.`,
    unsupported: "This version of Excel cannot insert sheets from a file (needs ExcelApi 1.13). Download the template and open it instead.",
    previewDownload: "Outside Excel, download the workbook and open it in Excel.",
    download: "Download .xlsx",
    sheets: (list) => `Sheets: ${list}`,
    failed: (m) => `Could not insert the template: ${m}`,
  },
  settings: {
    title: "Settings",
    window: "Window (rows)",
    windowHint: "Rows in the rolling excess and the turnover average; the report uses 40.",
    lookback: "Lookback (rows, 0 = all history)",
    lookbackHint: "Rows of history today's reading is ranked against; 0 ranks against all rows so far; otherwise at least 20.",
    ruleTitle: "Catch-up rule",
    growthRule: "2026E growth at or above the tier's median",
    revisionRule: "Net upward revision at or above the tier's median",
    returnRule: "Return since rebound below the tier's median",
    crowdedFrom: "“Crowded” badge from score",
    crowdedFromHint: "A crowding score at or above this gets the Crowded badge (default 80).",
    taxonomyTable: "Taxonomy table",
    taxonomyHint: "Optional: rows of name, tier and aliases that override and extend the built-in taxonomy.",
    builtIn: "Built-in taxonomy only",
    language: "Language",
    auto: "Automatic (Office's language)",
    savesHere: "Changes are stored with the workbook; saved when the workbook is saved.",
    saving: "Saving…",
    saved: "Stored with the workbook; saved when the workbook is saved.",
    saveFailed: (m) => `Could not save the settings in this workbook (they apply for this session only): ${m}`,
    notSaved: "Settings are kept for this session only (this host cannot store them).",
    invalidNumber: (min, max) => `Enter a whole number from ${min} to ${max}.`,
    lookbackInvalid: "Enter 0 (all history) or a whole number of at least 20.",
    reset: "Reset to defaults",
  },
  rule: {
    heading: "The catch-up rule",
    catchUp: (parts) => `Within a tier, a segment gets “Catch-up” when ${parts.join(", and ")}.`,
    growth: "its 2026E profit growth is at or above the tier's median",
    revision: "its net upward revision is at or above the tier's median",
    sinceRebound: "its return since the rebound is below the tier's median",
    never: "no condition is switched on (no Catch-up badges)",
    crowded: (n) => `A crowding score of ${n} or more gets “Crowded”.`,
  },
  help: {
    title: "Help",
    data:
      "Baton reads an Excel table whose header has a segment column (Segment, Sector, Industry, 行业 or 板块). Optional metric columns: crowding score, 2026E profit growth, net upward revision, return since the rebound. Pick the table at the top of the Board.",
    dataColumns: "Growth, revision and return are decimals (1.3 = 130%) or percentages; crowding is a 0–100 score.",
    tiers:
      "Each segment is placed on the report's diffusion path with the same logic as =BATON.DIFFUSION_TIER: tier 1 North American compute chain, tier 2 domestic compute & AIDC, tier 3 applications.",
    gauge:
      "The gauge is =BATON.CROWDING_SCORE for one sector against its benchmark: today's rolling excess, its percentile in the sector's own history (averaged with the turnover share's percentile when you pick turnover columns: a share column, or sector and market turnover), and the chart of the rolling excess with the report's 10% line. Insert chart adds a native Excel chart on a new sheet.",
    zones: "Zones: below 50 Low, from 50 Elevated, from 80 Crowded, from 95 Extreme.",
    refresh: "The board refreshes by itself shortly after the chosen table changes; Refresh reads everything again.",
    privacy: "Baton works inside your workbook: it makes no network request and writes only where you ask (a chart or template on a new sheet).",
  },
  notices: {
    settingsInvalid: "The settings stored in this workbook could not be read, so Baton uses its defaults. Changing any setting saves a valid copy.",
    settingsOutdated: "The settings stored in this workbook come from an older version of Baton, so Baton uses its defaults. Changing any setting saves them in the current format.",
    readFailed: (m) => `Could not read the workbook: ${m}`,
    dismiss: "Dismiss",
    sampleTitle: "Running outside Excel: browser preview on sample data.",
    more: "More about the sample",
    less: "Less",
  },
  workbookErrors: {
    notFound: "The table is no longer in the workbook.",
    notSupported: "This version of Excel cannot do that.",
    clash: "Nothing was inserted: a sheet of the same name already exists. Rename or delete it, then try again.",
    invalid: "The request was not valid.",
    failed: "Excel reported an error.",
    busy: "Waiting for the cell edit to finish (press Enter or Esc in the cell).",
  },
  taxonomyProblem: (m) => `The taxonomy table could not be used (built-in taxonomy only): ${m}`,
  rotation: {
    title: "Rotation map",
    intro:
      "Each segment against the benchmark on ROTATION's two axes: Ratio (relative strength, 100 = the benchmark's pace) and Momentum (its change). The baton moves clockwise: Improving → Leading → Weakening → Lagging.",
    noPrices:
      "No segment price table yet: an Excel table with a date column, one price column per segment (Optical modules, 光模块(CPO)指数…) and a benchmark column (All A, 万得全A, 沪深300…).",
    priceTable: "Price table",
    priceTableHint: "The tier monitor's table too; kept in the workbook.",
    tierFilter: "Show",
    allTiers: "All tiers",
    view: "View",
    chartView: "Map",
    tableView: "Table",
    quadrants: { Leading: "Leading", Weakening: "Weakening", Lagging: "Lagging", Improving: "Improving" },
    ratio: "Ratio",
    momentum: "Momentum",
    quadrant: "Quadrant",
    segment: "Segment",
    tier: "Tier",
    centroid: (n) => `Tier ${n} centroid`,
    centroidShort: (n) => `T${n}`,
    centroidOf: (n) => (n === 1 ? "mean of 1 segment" : `mean of ${n} segments`),
    notYet: "not enough history yet",
    chartLabel: (n) => `Rotation map of ${n} segments: Ratio across, Momentum up; use Tab to step through the points`,
    asOf: (date) => `As of ${date}`,
    trailNote: (points, every) => `Tails: ${points} points, one every ${every} rows (Settings).`,
    unreadable: (list) => `Left out, prices unreadable: ${list}`,
    insert: "Insert chart",
    inserting: "Inserting the chart…",
    inserted: (sheet) => `Chart inserted on a new sheet, “${sheet}”.`,
    chartTitle: "Rotation map",
    axisLine: "100 line",
    settingsTitle: "Rotation map",
    trailPoints: "Tail points",
    trailPointsHint: "Positions drawn per segment, today's included (1–30).",
    trailEvery: "Rows between points",
    trailEveryHint: "5 rows is one trading week (1–60).",
  },
  heatmap: {
    title: "Crowding heatmap",
    intro: "Each segment's crowding score (0–100) on the last trading day of each of the last 12 weeks, coloured by zone.",
    sort: "Order",
    byTier: "By tier",
    byToday: "By today's score",
    segment: "Segment",
    week: (date) => `Week ending ${date}`,
    cell: (segment, week, score, zone) => `${segment}, ${week}: ${score} (${zone})`,
    none: "–",
    insert: "Insert table",
    inserting: "Inserting the table…",
    inserted: (sheet) => `Table inserted on a new sheet, “${sheet}”, with a colour scale.`,
    sheetTitle: "Crowding heatmap",
    tierHeader: "Tier",
  },
  share: {
    title: "Share",
    repairTitle: "Repair Baton formulas",
    repairIntro:
      "Excel sometimes leaves a Baton formula showing #NAME? after the add-in has loaded. This re-enters, exactly as written, each formula that calls a BATON function and shows an error. No formula text and no other cell is changed; protected sheets are skipped.",
    repair: "Repair Baton formulas",
    repairing: "Repairing…",
    repaired: (n, where) => `Re-entered ${n === 1 ? "1 formula" : `${n} formulas`}: ${where}.`,
    nothingToRepair: "No Baton formula shows an error; nothing was changed.",
    protectedSkipped: (list) => `Skipped protected sheets: ${list}. Unprotect them and repair again.`,
    copyTitle: "Copy for sharing",
    copyIntro:
      "Copies the sheets you pick to new sheets and replaces every Baton formula in the copies by its current values (spilled results included), so a colleague without Baton sees the numbers. Your sheets are not changed. To send the copies, move them to a new workbook (right-click the sheet tab › Move or Copy).",
    pickSheets: "Sheets to copy",
    copy: "Copy for sharing",
    copying: "Copying…",
    copied: (from, to, cells, where) => `“${from}” → “${to}”: ${cells === 1 ? "1 cell" : `${cells} cells`} frozen as values (${where}).`,
    nothingFrozen: (from, to) => `“${from}” → “${to}”: it holds no Baton formula, nothing to freeze.`,
    skipped: (sheet, reason) => (reason === "protected" ? `“${sheet}” is protected and was not copied.` : `“${sheet}” is no longer in the workbook.`),
    unsupported: "This version of Excel cannot do this from an add-in.",
    failed: (m) => `Could not finish: ${m}`,
  },
};

const zh: Strings = {
  monitor: monitorZh,
  appTitle: "Baton",
  appSubtitle: "行情扩散路径：第一梯队 → 第二梯队 → 第三梯队",
  loading: "正在加载 Baton…",
  tabs: { board: "看板", gauge: "拥挤度", rotation: "轮动", heatmap: "热力图", templates: "模板", settings: "设置", help: "帮助" },
  tabsLabel: "Baton 视图",
  table: "细分行业表",
  tableHint: "含“细分行业”列的 Excel 表格；指标列可选。",
  noTables: "尚无含细分行业列的表格。选中数据，点击“插入 > 表格”，并将一列表头命名为“细分行业”或“Segment”（可选列：拥挤度、2026E增速、上修幅度、反弹以来涨幅）。",
  refresh: "刷新",
  refreshing: "正在刷新…",
  updatedAt: (time) => `更新于 ${time}`,
  tier: (n) => `第${["", "一", "二", "三"][n] ?? n}梯队`,
  pathLabel: "扩散路径",
  laneCount: (n) => `${n} 个细分行业`,
  laneEmpty: "表中没有该梯队的细分行业。",
  medians: "梯队中位数",
  metrics: { crowding: "拥挤度", growth: "2026E净利润增速", revision: "净上修幅度", sinceRebound: "反弹以来涨幅" },
  zones: { Low: "低", Elevated: "偏高", Crowded: "拥挤", Extreme: "极度拥挤" },
  zoneLabel: "区间",
  badges: { "catch-up": "补涨", crowded: "拥挤" },
  badgeHelp: {
    "catch-up": "基本面不低于梯队中位数，而涨幅低于中位数：报告所说的补涨候选。",
    crowded: "拥挤度得分不低于设置中的阈值。",
  },
  row: (n) => `表格第 ${n} 行`,
  unknownTitle: "未归入梯队的细分行业",
  unknownHow:
    "可用分类表补充：建一个 Excel 表格，列为 名称、梯队（1、2 或 3）和可选的别名（以 ; 分隔），然后在“设置 > 分类表”中选择它。同一区域也可作为 =BATON.DIFFUSION_TIER(segment, taxonomy) 的 taxonomy 参数。",
  columnsFound: (list) => `使用的列：${list}`,
  problemsTitle: "以下单元格无法读取为数字，已忽略",
  gauge: {
    title: "拥挤度仪表",
    priceTable: "价格表",
    sector: "行业价格列",
    benchmark: "基准价格列",
    turnover: "行业成交额（可选）",
    marketTurnover: "市场成交额（可选）",
    noTurnover: "不使用",
    turnoverPercentile: "成交额占比分位",
    noPriceTable: "没有至少含两列价格的表格。请添加一个 Excel 表格：一列日期，每个指数一列价格。",
    pickColumns: "请选择两个不同的价格列。",
    excess: (w) => `${w}日滚动超额收益`,
    score: "拥挤度得分",
    zone: "区间",
    peak: "超额收益峰值",
    headroom: "距峰值空间",
    history: "历史长度",
    historyValue: (n) => `${n} 天`,
    chartLabel: (s, b, w) => `折线图：${s} 相对 ${b} 的${w}日滚动超额收益，含 10% 参考线`,
    seriesExcess: "滚动超额收益",
    seriesLine: "10%（历史顶部）",
    chartKeys: "用方向键按日期查看数值",
    reportNote: "报告：TMT 相对万得全A的40日滚动超额收益为 2.66%，历史顶部约 10%（部分周期达 20%–25%）。",
    insertChart: "插入图表",
    inserting: "正在插入…",
    chartInserted: (sheet) => `已在新工作表“${sheet}”中插入折线图及其数据。`,
    chartUnsupported: "此版本的 Excel 不支持由加载项添加图表。",
    chartTitle: (s, b, w) => `${s} 相对 ${b}：${w}日滚动超额收益`,
    dateHeader: "日期",
    none: "—",
  },
  templates: {
    title: "模板",
    intro: "含框架公式的现成工作表。插入会在工作簿末尾新增工作表，绝不覆盖已有工作表：若已有同名工作表，模板中的工作表将改名（如“Prices (2)”），您的工作表保持不变。",
    insert: "插入",
    inserting: "正在插入…",
    inserted: (title, sheets) => `已插入“${title}”：${sheets}。`,
    tableRenamed: (from, to) => `因您已有同名表格，模板中的表格“${from}”已命名为“${to}”。`,
    linksRepaired: (n, where) => `Excel 将 ${n} 个公式改成了指向其他工作簿的链接；Baton 已按模板重新输入（${where}）。`,
    linksUnchecked: (m) => `插入后未能检查模板公式（${m}）；如 Excel 提示信任工作簿链接，请选择否并重新插入。`,
    unsupported: "此版本的 Excel 不支持从文件插入工作表（需要 ExcelApi 1.13）。请下载模板后直接打开。",
    previewDownload: "在 Excel 之外，请下载工作簿后用 Excel 打开。",
    download: "下载 .xlsx",
    sheets: (list) => `工作表：${list}`,
    failed: (m) => `无法插入模板：${m}`,
  },
  settings: {
    title: "设置",
    window: "窗口（行）",
    windowHint: "滚动超额收益与成交额均值的行数；报告使用 40。",
    lookback: "回看（行，0 = 全部历史）",
    lookbackHint: "当日读数在多少行历史中排位；0 表示全部历史；否则至少 20。",
    ruleTitle: "补涨规则",
    growthRule: "2026E增速不低于梯队中位数",
    revisionRule: "净上修幅度不低于梯队中位数",
    returnRule: "反弹以来涨幅低于梯队中位数",
    crowdedFrom: "“拥挤”标记的得分阈值",
    crowdedFromHint: "拥挤度得分不低于该值时显示“拥挤”（默认 80）。",
    taxonomyTable: "分类表",
    taxonomyHint: "可选：名称、梯队、别名三列的表格，覆盖并扩展内置分类。",
    builtIn: "仅用内置分类",
    language: "语言",
    auto: "自动（跟随 Office 语言）",
    savesHere: "更改随工作簿存储；保存工作簿时一并保存。",
    saving: "正在保存…",
    saved: "已随工作簿存储；保存工作簿时一并保存。",
    saveFailed: (m) => `无法将设置保存到此工作簿（仅在本次会话中有效）：${m}`,
    notSaved: "设置仅在本次会话中有效（当前环境无法保存）。",
    invalidNumber: (min, max) => `请输入 ${min} 到 ${max} 之间的整数。`,
    lookbackInvalid: "请输入 0（全部历史）或不小于 20 的整数。",
    reset: "恢复默认",
  },
  rule: {
    heading: "补涨规则",
    catchUp: (parts) => `在同一梯队内，当${parts.join("，且")}时，细分行业显示“补涨”。`,
    growth: "2026E净利润增速不低于梯队中位数",
    revision: "净上修幅度不低于梯队中位数",
    sinceRebound: "反弹以来涨幅低于梯队中位数",
    never: "未启用任何条件（不显示补涨）",
    crowded: (n) => `拥挤度得分达到 ${n} 或以上显示“拥挤”。`,
  },
  help: {
    title: "帮助",
    data: "Baton 读取一个 Excel 表格，其表头含细分行业列（Segment、Sector、行业 或 板块）。可选指标列：拥挤度得分、2026E净利润增速、净上修幅度、反弹以来涨幅。在看板顶部选择表格。",
    dataColumns: "增速、上修幅度和涨幅可以是小数（1.3 = 130%）或百分比；拥挤度为 0–100 的得分。",
    tiers: "每个细分行业按 =BATON.DIFFUSION_TIER 的同一逻辑放到报告的扩散路径上：第一梯队 北美算力链，第二梯队 国产算力与AIDC，第三梯队 中下游应用。",
    gauge: "仪表即单个行业相对基准的 =BATON.CROWDING_SCORE：当日滚动超额收益、其在自身历史中的分位（选择成交额列时与成交额占比的分位取平均：可为占比列，或行业与市场成交额两列），以及带报告 10% 参考线的滚动超额收益图。“插入图表”会在新工作表中添加 Excel 原生图表。",
    zones: "区间：低于 50 为低，50 起为偏高，80 起为拥挤，95 起为极度拥挤。",
    refresh: "所选表格变化后看板会自动刷新；“刷新”会重新读取全部数据。",
    privacy: "Baton 只在您的工作簿内工作：不发出任何网络请求，只在您要求的地方写入（新工作表中的图表或模板）。",
  },
  notices: {
    settingsInvalid: "无法读取此工作簿中保存的设置，Baton 使用默认设置。修改任一设置即会保存有效的副本。",
    settingsOutdated: "此工作簿中的设置来自旧版 Baton，Baton 使用默认设置。修改任一设置即会按当前格式保存。",
    readFailed: (m) => `无法读取工作簿：${m}`,
    dismiss: "关闭",
    sampleTitle: "在 Excel 之外运行：浏览器预览，使用示例数据。",
    more: "了解示例数据",
    less: "收起",
  },
  workbookErrors: {
    notFound: "工作簿中已没有该表格。",
    notSupported: "此版本的 Excel 不支持该操作。",
    clash: "未插入任何内容：已存在同名工作表。请重命名或删除后再试。",
    invalid: "请求无效。",
    failed: "Excel 报告了一个错误。",
    busy: "正在等待单元格编辑结束（在单元格中按 Enter 或 Esc）。",
  },
  taxonomyProblem: (m) => `无法使用分类表（仅用内置分类）：${m}`,
  rotation: {
    title: "轮动图",
    intro: "各细分领域相对基准在 ROTATION 两轴上的位置：Ratio（相对强弱，100 = 与基准同步）与 Momentum（相对强弱的变化）。接力按顺时针推进：改善 → 领先 → 转弱 → 落后。",
    noPrices: "还没有细分领域价格表：需要一个 Excel 表，含日期列、每个细分领域一列价格（光模块、光模块(CPO)指数…）和一列基准（All A、万得全A、沪深300…）。",
    priceTable: "价格表",
    priceTableHint: "同时也是层级监控的价格表；保存在工作簿中。",
    tierFilter: "显示",
    allTiers: "全部梯队",
    view: "视图",
    chartView: "图",
    tableView: "表",
    quadrants: { Leading: "领先", Weakening: "转弱", Lagging: "落后", Improving: "改善" },
    ratio: "Ratio",
    momentum: "Momentum",
    quadrant: "象限",
    segment: "细分领域",
    tier: "梯队",
    centroid: (n) => `第${["一", "二", "三"][n - 1] ?? n}梯队重心`,
    centroidShort: (n) => `T${n}`,
    centroidOf: (n) => `${n} 个细分领域的均值`,
    notYet: "历史数据尚不足",
    chartLabel: (n) => `${n} 个细分领域的轮动图：横轴 Ratio，纵轴 Momentum；按 Tab 键逐个查看`,
    asOf: (date) => `截至 ${date}`,
    trailNote: (points, every) => `轨迹：${points} 个点，每 ${every} 行一个（可在设置中修改）。`,
    unreadable: (list) => `价格无法读取，未纳入：${list}`,
    insert: "插入图表",
    inserting: "正在插入图表…",
    inserted: (sheet) => `图表已插入新工作表“${sheet}”。`,
    chartTitle: "轮动图",
    axisLine: "100 线",
    settingsTitle: "轮动图",
    trailPoints: "轨迹点数",
    trailPointsHint: "每个细分领域画出的位置数，含今日（1–30）。",
    trailEvery: "点间隔行数",
    trailEveryHint: "5 行约为一个交易周（1–60）。",
  },
  heatmap: {
    title: "拥挤度热力图",
    intro: "各细分领域在最近 12 周每周最后一个交易日的拥挤度得分（0–100），按区间着色。",
    sort: "排序",
    byTier: "按梯队",
    byToday: "按今日得分",
    segment: "细分领域",
    week: (date) => `截至 ${date} 的一周`,
    cell: (segment, week, score, zone) => `${segment}，${week}：${score}（${zone}）`,
    none: "–",
    insert: "插入表格",
    inserting: "正在插入表格…",
    inserted: (sheet) => `表格已插入新工作表“${sheet}”，并带色阶。`,
    sheetTitle: "拥挤度热力图",
    tierHeader: "梯队",
  },
  share: {
    title: "分享",
    repairTitle: "修复 Baton 公式",
    repairIntro:
      "加载项加载后，Excel 有时仍让 Baton 公式显示 #NAME?。此操作会将每个调用 BATON 函数且显示错误的公式按原样重新输入。不会改动任何公式文本或其他单元格；受保护的工作表将被跳过。",
    repair: "修复 Baton 公式",
    repairing: "正在修复…",
    repaired: (n, where) => `已重新输入 ${n} 个公式：${where}。`,
    nothingToRepair: "没有显示错误的 Baton 公式，未做任何更改。",
    protectedSkipped: (list) => `已跳过受保护的工作表：${list}。取消保护后可再次修复。`,
    copyTitle: "分享副本",
    copyIntro:
      "将所选工作表复制为新工作表，并把副本中的每个 Baton 公式替换为当前数值（含溢出结果），没有安装 Baton 的同事也能看到数字。您的原工作表不会改变。如需发送，请将副本移至新工作簿（右键单击工作表标签 › 移动或复制）。",
    pickSheets: "要复制的工作表",
    copy: "创建分享副本",
    copying: "正在复制…",
    copied: (from, to, cells, where) => `“${from}” → “${to}”：已将 ${cells} 个单元格固定为数值（${where}）。`,
    nothingFrozen: (from, to) => `“${from}” → “${to}”：其中没有 Baton 公式，无需固定。`,
    skipped: (sheet, reason) => (reason === "protected" ? `“${sheet}”受保护，未复制。` : `工作簿中已没有“${sheet}”。`),
    unsupported: "此版本的 Excel 不支持由加载项执行此操作。",
    failed: (m) => `未能完成：${m}`,
  },
};

export const strings: Record<Language, Strings> = { en, zh };


/** What the pane's language is chosen from; each part may be missing. */
export interface LanguageSources {
  /** The analyst's choice stored in the settings, if any. */
  readonly settingsLanguage?: Language;
  /** `Office.context.displayLanguage` once Office is ready (e.g. "zh-CN"); undefined outside Office or before onReady. */
  readonly officeDisplayLanguage?: string | null;
  /** `navigator.language` (the browser's). */
  readonly navigatorLanguage?: string | null;
}

/**
 * The pane's language: the analyst's stored choice, else Office's display
 * language, else the browser's, else English. An empty tag counts as missing.
 *
 * @example pickLanguage({ officeDisplayLanguage: "zh-CN", navigatorLanguage: "en-US" }) // => "zh"
 * @example pickLanguage({ settingsLanguage: "en", officeDisplayLanguage: "zh-CN" }) // => "en"
 */
export function pickLanguage(sources: LanguageSources): Language {
  if (sources.settingsLanguage) return sources.settingsLanguage;
  const present = (tag: string | null | undefined): tag is string => typeof tag === "string" && tag.trim() !== "";
  if (present(sources.officeDisplayLanguage)) return languageFromTag(sources.officeDisplayLanguage);
  if (present(sources.navigatorLanguage)) return languageFromTag(sources.navigatorLanguage);
  return "en";
}

/**
 * `Office.context.displayLanguage`, or undefined (office.js not loaded, not
 * initialised yet, or outside Office). Only meaningful after `Office.onReady`
 * has resolved: call it then (the pane does, when the port is known).
 */
export function officeDisplayLanguage(): string | undefined {
  try {
    const tag = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof tag === "string" && tag.trim() !== "" ? tag : undefined;
  } catch {
    return undefined; // Office.context throws or is absent outside Office
  }
}

/** The browser's language tag, if there is a browser. */
export function navigatorLanguage(): string | undefined {
  return typeof navigator !== "undefined" && typeof navigator.language === "string" ? navigator.language : undefined;
}

/** Office's display language (when Office is ready), else the browser's. */
export function detectLanguage(): Language {
  return pickLanguage({ officeDisplayLanguage: officeDisplayLanguage(), navigatorLanguage: navigatorLanguage() });
}

export interface I18n {
  readonly lang: Language;
  readonly t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: "en", t: en });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
