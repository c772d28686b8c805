/**
 * The Readme sheet of each template: what the framework says, how to use the
 * workbook with your own data, and the notice that the sample is synthetic.
 * English first, then Chinese, one paragraph per row.
 */
import { SAMPLE_NOTICE } from "../sample";
import { TemplateId, templatePath, TemplateLang } from "./catalog";
import { CellStyle, SheetBuilder, SheetSpec } from "./model";
import { sharingLines } from "./sharing";

type Kind = TemplateId;

/** The Readme sheet's name by language. */
export const README_SHEET: Readonly<Record<TemplateLang, string>> = { en: "Readme", "zh-CN": "说明" };

const TITLES: Readonly<Record<Kind, { readonly en: string; readonly zh: string }>> = {
  "crowding-monitor": { en: "Baton crowding monitor", zh: "Baton 拥挤度监测" },
  "diffusion-tiers": { en: "Baton diffusion tiers", zh: "Baton 扩散路径分层" },
  "tier-monitor": { en: "Baton tier monitor", zh: "Baton 分层监测" },
};

const TITLE: CellStyle = { bold: true, size: 14 };
const HEAD: CellStyle = { bold: true };
const TEXT: CellStyle = { wrap: true };

const FRAMEWORK = [
  "The framework (from a sell-side strategy note on the tech rally): the rally diffuses in tiers, from the low-valued " +
    "segments of the North American compute chain (fiber optic cables, liquid cooling, power equipment…), to domestic " +
    "compute and AIDC, to mid- and downstream software applications after results season.",
  "Crowding is read with the 40-day rolling excess return of the sector over the whole market (TMT vs all A-shares): " +
    "2.66% on April 24 against historical tops near 10% (20–25% in some cycles), so the sector as a whole has not " +
    "accumulated much excess. CROWDING_SCORE turns that reading (and the sector's turnover share) into a 0–100 " +
    "percentile of its own history: Low < 50, Elevated ≥ 50, Crowded ≥ 80, Extreme ≥ 95.",
];

const FRAMEWORK_ZH = [
  "框架（来自一篇科技行情策略报告）：行情沿三级扩散——先是北美算力链中的低估值环节（光纤光缆、液冷、电力设备等），" +
    "再到国产算力与AIDC产业链，业绩期后再到中下游软件应用。",
  "拥挤度用行业相对全市场的 40 日滚动超额收益衡量（TMT 相对全A）：4月24日为 2.66%，历史高点通常约 10%（个别周期 20%–25%）。" +
    "CROWDING_SCORE 把该读数（及行业成交额占比）换算为自身历史的 0–100 分位：<50 低，≥50 偏高，≥80 拥挤，≥95 极度拥挤。",
];

const HOW: Record<Kind, readonly string[]> = {
  "crowding-monitor": [
    "Prices: the Prices table holds one row per trading day, oldest first: Date, Sector (index level), Benchmark " +
      "(index level), Sector turnover and Market turnover (amounts, any one unit). Paste your own series over the " +
      "sample (Wind/Choice/iFinD/Bloomberg exports are fine; blanks and 0 carry the last price forward). Keep the " +
      "header row; the table grows when you paste below it, and spare blank rows at its end are fine (the functions " +
      "stop where the prices stop).",
    "Monitor: BATON.ROLLING_EXCESS and BATON.CROWDING_SCORE read the Prices table by its column names and spill: " +
      "the series resize with the table. G2 shows the latest detail against all history, J2 against the last 750 " +
      "rows (about three years, the report's 'tops near 10%' view).",
    "Check: the same numbers with native Excel formulas only, for colleagues who do not have the add-in. It follows " +
      "the Prices rows by position: after pasting more rows, fill its columns down to the last row.",
  ],
  "diffusion-tiers": [
    "Segments: one row per segment with your figures (2026E profit growth, net upward revision, return since the " +
      "rebound, as decimals: 1.35 is 135%; crowding score 0–100). Tier and Group come from " +
      "BATON.DIFFUSION_TIER, which matches names in English or Chinese, ignoring case, spaces, hyphens and full-width forms.",
    "Taxonomy: the built-in taxonomy as an editable table (tier, group, segment, 中文, aliases; aliases separated by " +
      "';'). The Segments formulas pass it as the taxonomy argument: change a tier, add an alias or a new segment " +
      "here and the Segments table follows. A name no taxonomy knows shows #N/A (see 量子计算).",
    "Check: a native lookup of each segment's tier by its exact English or Chinese name (no aliases), so the tiers " +
      "can be checked without the add-in.",
  ],
  "tier-monitor": [
    "SegmentPrices: one row per trading day, oldest first: Date, one column per segment index (any name " +
      "DIFFUSION_TIER knows, in English or Chinese) and the benchmark (All A) in the last column. Paste your own " +
      "index levels over the sample; blanks and 0 carry the last price forward; spare blank rows at the end are fine.",
    "Monitor: one row per segment. Tier (BATON.DIFFUSION_TIER on the segment's name), 40-day excess " +
      "(BATON.ROLLING_EXCESS), crowding score (BATON.CROWDING_SCORE), Ratio, Momentum and Quadrant " +
      "(BATON.ROTATION), and the return and excess return since the rebound date in B1 (the benchmark's lowest " +
      "close in the last 60 rows; type a date over it to choose your own).",
    "Check: the same numbers with native Excel formulas only, for colleagues who do not have the add-in. It reads " +
      "the SegmentPrices rows by position: after pasting more rows, fill its formulas down.",
  ],
};

const HOW_ZH: Record<Kind, readonly string[]> = {
  "crowding-monitor": [
    "“价格”表（表名 Prices）：每个交易日一行，按时间升序：日期、行业指数、基准指数、行业成交额、全市场成交额（金额单位任选，统一即可）。" +
      "把您自己的数据（万得、Choice、iFinD、彭博导出均可）粘贴覆盖示例数据即可；空白和 0 视为缺失，沿用上一价格。保留表头；" +
      "在表下方粘贴时表格会自动扩展，表尾留有空行也不影响结果（函数在价格结束处停止）。",
    "“监测”表：BATON.ROLLING_EXCESS 与 BATON.CROWDING_SCORE 按列名读取 Prices 表并自动溢出（动态数组），随表格行数变化。" +
      "G2 为相对全部历史的最新明细，J2 为相对最近 750 行（约三年，即研报“高点约 10%”的视角）的明细。",
    "“核对”表：仅用 Excel 原生公式计算同样的数字，供未安装加载项的同事核对；它按行号对应“价格”表，粘贴更多行后请把公式向下填充。",
  ],
  "diffusion-tiers": [
    "“细分行业”表（表名 Segments）：每个细分行业一行，填入您自己的数字（小数：1.35 即 135%；拥挤度 0–100）。层级与分组由 " +
      "BATON.DIFFUSION_TIER 给出，中英文名称均可识别（忽略大小写、空格、连字符和全角字符）。",
    "“分类”表（表名 Taxonomy）：内置分类，可直接编辑（层级、分组、名称、中文名称、别名；别名以“;”分隔）；“细分行业”表的公式以它为 " +
      "taxonomy 参数：修改层级、增加别名或新细分行业后，“细分行业”表随之更新。任何分类都不认识的名称显示 #N/A（见“量子计算”）。",
    "“核对”表：用原生公式按精确的英文或中文名称查找层级（不含别名），便于未安装加载项时核对。",
  ],
  "tier-monitor": [
    "“细分价格”表（表名 SegmentPrices）：每个交易日一行，按时间升序：日期、每个细分行业指数一列（DIFFUSION_TIER 认识的中英文名称均可），" +
      "最后一列为基准（全A）。把您自己的指数点位粘贴覆盖示例数据即可；空白和 0 沿用上一价格；表尾留有空行也不影响结果。",
    "“监测”表：每个细分行业一行：层级（BATON.DIFFUSION_TIER）、40日超额收益（BATON.ROLLING_EXCESS）、拥挤度（BATON.CROWDING_SCORE）、" +
      "Ratio、Momentum 与象限（BATON.ROTATION），以及自 B1 反弹日以来的涨幅和超额收益（默认为基准最近 60 行中的最低收盘日；" +
      "在 B1 输入日期即可改为您自己的反弹日）。",
    "“核对”表：仅用 Excel 原生公式计算同样的数字，供未安装加载项的同事核对；它按行号读取“细分价格”表，粘贴更多行后请把公式向下填充。",
  ],
};

/**
 * The Readme sheet of a template in a language: the framework, how to use
 * the workbook, what each application shows when the file is shared, the
 * sample notice and `extra` lines (in the template's language); then the
 * framework and notice in the other language, with where its edition is.
 */
export function readmeSheet(kind: Kind, lang: TemplateLang = "en", extra: readonly string[] = []): SheetSpec {
  const s = new SheetBuilder(README_SHEET[lang]).tab("FFB08800");
  let row = 1;
  const line = (text: string, style: CellStyle = TEXT) => {
    s.value(row++, 1, text, style);
  };
  const zh = lang === "zh-CN";
  const file = `${kind}.xlsx`;
  line(zh ? TITLES[kind].zh : TITLES[kind].en, TITLE);
  line(zh ? "示例数据为合成数据 · Sample data is SYNTHETIC" : "Sample data is SYNTHETIC · 示例数据为合成数据", {
    bold: true,
    italic: true,
  });
  row++;
  if (!zh) {
    line("What the framework says", HEAD);
    FRAMEWORK.forEach((t) => line(t));
    row++;
    line("How to use this workbook", HEAD);
    HOW[kind].forEach((t) => line(t));
    row++;
    line("Sharing this workbook: what each application shows", HEAD);
    sharingLines("en").forEach((t) => line(t));
    row++;
    line("About the sample data", HEAD);
    line(SAMPLE_NOTICE.en);
    extra.forEach((t) => line(t));
    row++;
    line("说明（中文版：templates/" + templatePath("zh-CN", file) + "）", HEAD);
    FRAMEWORK_ZH.forEach((t) => line(t));
    line(SAMPLE_NOTICE.zh);
  } else {
    line("研报框架", HEAD);
    FRAMEWORK_ZH.forEach((t) => line(t));
    row++;
    line("使用方法", HEAD);
    HOW_ZH[kind].forEach((t) => line(t));
    row++;
    line("分享本工作簿：各软件中显示什么", HEAD);
    sharingLines("zh-CN").forEach((t) => line(t));
    row++;
    line("关于示例数据", HEAD);
    line(SAMPLE_NOTICE.zh);
    extra.forEach((t) => line(t));
    row++;
    line(`In English (English edition: templates/${templatePath("en", file)})`, HEAD);
    FRAMEWORK.forEach((t) => line(t));
    line(SAMPLE_NOTICE.en);
  }
  row++;
  line(
    zh
      ? "由 scripts/build-templates.ts（npm run build）根据 src/sample 生成；请勿手工编辑生成的文件。"
      : "Generated by scripts/build-templates.ts (npm run build) from src/sample; do not edit the generated file by hand.",
    { italic: true },
  );
  s.setColumns([{ width: 120 }]);
  return s.done();
}
