/**
 * The Readme sheet of each template: what the framework says, how to use the
 * workbook with your own data, and the notice that the sample is synthetic.
 * English first, then Chinese, one paragraph per row.
 */
import { SAMPLE_NOTICE } from "../sample";
import { CellStyle, SheetBuilder, SheetSpec } from "./model";

type Kind = "crowding-monitor" | "diffusion-tiers";

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
      "header row; the table grows when you paste below it.",
    "Monitor: BATON.ROLLING_EXCESS and BATON.CROWDING_SCORE read the Prices table by its column names and spill: " +
      "the series resize with the table. G2 shows the latest detail against all history, J2 against the last 750 " +
      "rows (about three years, the report's 'tops near 10%' view).",
    "Check: the same numbers with native Excel formulas only, for colleagues who do not have the add-in. It follows " +
      "the Prices rows by position: after pasting more rows, fill its columns down to the last row.",
    "Without the add-in the BATON cells keep the values they had when the file was last calculated; with the add-in " +
      "(Baton, namespace BATON) Excel recalculates them.",
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
    "Without the add-in the BATON cells keep the values they had when the file was last calculated; with the add-in " +
      "(Baton, namespace BATON) Excel recalculates them.",
  ],
};

const HOW_ZH: Record<Kind, readonly string[]> = {
  "crowding-monitor": [
    "Prices 表：每个交易日一行，按时间升序：日期、行业指数、基准指数、行业成交额、全市场成交额。把您自己的数据粘贴覆盖示例数据即可" +
      "（空白和 0 视为缺失，沿用上一价格）。保留表头；在表下方粘贴时表格会自动扩展。",
    "Monitor 表：BATON 函数按列名读取 Prices 表并自动溢出（动态数组），随表格行数变化。",
    "Check 表：仅用 Excel 原生公式计算同样的数字，供未安装加载项的同事核对；粘贴更多行后请把公式向下填充。",
  ],
  "diffusion-tiers": [
    "Segments 表：每个细分行业一行，填入您自己的数字（小数：1.35 即 135%；拥挤度 0–100）。层级与分组由 BATON.DIFFUSION_TIER 给出，" +
      "中英文名称均可识别。",
    "Taxonomy 表：内置分类，可直接编辑（层级、分组、名称、中文、别名）；Segments 的公式以它为 taxonomy 参数。未知名称显示 #N/A。",
    "Check 表：用原生公式按精确名称查找层级，便于未安装加载项时核对。",
  ],
};

/** The Readme sheet of a template; `extra` lines go after the notice. */
export function readmeSheet(kind: Kind, extra: readonly string[] = []): SheetSpec {
  const s = new SheetBuilder("Readme").tab("FFB08800");
  let row = 1;
  const line = (text: string, style: CellStyle = TEXT) => {
    s.value(row++, 1, text, style);
  };
  line(kind === "crowding-monitor" ? "Baton crowding monitor" : "Baton diffusion tiers", TITLE);
  line("Sample data is SYNTHETIC · 示例数据为合成数据", { bold: true, italic: true });
  row++;
  line("What the framework says", HEAD);
  FRAMEWORK.forEach((t) => line(t));
  row++;
  line("How to use this workbook", HEAD);
  HOW[kind].forEach((t) => line(t));
  row++;
  line("About the sample data", HEAD);
  line(SAMPLE_NOTICE.en);
  extra.forEach((t) => line(t));
  row++;
  line("说明", HEAD);
  FRAMEWORK_ZH.forEach((t) => line(t));
  HOW_ZH[kind].forEach((t) => line(t));
  line(SAMPLE_NOTICE.zh);
  row++;
  line("Generated by scripts/build-templates.ts (npm run build) from src/sample; do not edit the generated file by hand.", {
    italic: true,
  });
  s.setColumns([{ width: 120 }]);
  return s.done();
}
