/**
 * The worksheet functions' help in 简体中文: what Excel shows in formula
 * autocomplete and the argument tooltip when its display language is Chinese.
 *
 * The build (webpack.config.js, scripts/functions-zh.js) derives
 * dist/functions.zh-CN.json from the generated dist/functions.json: same ids,
 * same function names (BATON.ROLLING_EXCESS in every language, so formulas
 * travel between colleagues), same types; only the function descriptions and
 * the parameter names and descriptions come from here. The build fails when a
 * function or parameter of functions.json has no entry, or an entry names one
 * that is not there (renamed or removed), so this catalogue follows the JSDoc
 * of src/functions/*.ts. Keyed by function id, then by the parameter's English
 * name as functions.json spells it.
 *
 * Not bundled: read by the build only. Never edit the generated JSON.
 */

/** One parameter's help: the name Excel shows in the argument tooltip, and its description. */
export interface ParameterHelpZh {
  readonly name: string;
  readonly description: string;
}

/** One function's help. */
export interface FunctionHelpZh {
  readonly description: string;
  /** By the parameter's English name in functions.json, in any order. */
  readonly parameters: Readonly<Record<string, ParameterHelpZh>>;
}

/** By function id as in functions.json (`ROLLING_EXCESS`). */
export type HelpCatalogue = Readonly<Record<string, FunctionHelpZh>>;

const SECTOR: ParameterHelpZh = {
  name: "行业价格",
  description: "行业价格，按时间升序：一列或一行，或多列行业（每列一个结果）。空白和 0 沿用上一价格。",
};
const BENCHMARK: ParameterHelpZh = {
  name: "基准价格",
  description: "基准价格：与行业等长的一列，或每个行业列对应一列。",
};

export const HELP_ZH_CN: HelpCatalogue = {
  ROLLING_EXCESS: {
    description: "滚动超额收益：行业 N 日收益减去基准同期收益（报告中的 40 日滚动超额收益）。返回小数：0.0266 即 2.66%。",
    parameters: {
      sector: SECTOR,
      benchmark: BENCHMARK,
      window: { name: "窗口", description: "窗口行数，1 到（行数−1）之间的整数。默认 40。" },
      method: {
        name: "方法",
        description: "\"simple\"（默认，rs − rb）、\"geometric\"（(1+rs)/(1+rb) − 1）或 \"log\"（ln(1+rs) − ln(1+rb)）。",
      },
    },
  },
  CROWDING_SCORE: {
    description:
      "行业拥挤度，0–100：今日滚动超额收益（及成交额占比）在自身历史中的分位。区间：低 <50，偏高 ≥50，拥挤 ≥80，极度拥挤 ≥95。",
    parameters: {
      sector: { name: "行业价格", description: "行业价格，按时间升序：一列或一行，或多列行业（每列一个得分）。空白和 0 沿用上一价格。" },
      benchmark: BENCHMARK,
      turnover: {
        name: "成交额",
        description: "可选。行业成交额占全市场的比例（一列，或每个行业列一列，单位不限）；单个行业时也可给两列：行业成交额与全市场成交额。",
      },
      window: { name: "窗口", description: "滚动超额收益与成交额占比移动平均的行数，1 到（行数−1）之间的整数。默认 40。" },
      lookback: { name: "回看期", description: "与今日比较的历史行数，不少于 20 的整数。默认：迄今全部历史。" },
      output: {
        name: "输出",
        description: "\"latest\"（默认：今日得分，每个行业一个）、\"series\"（每行一个得分）或 \"detail\"（明细表：得分、区间、超额、分位、峰值、空间、历史长度）。",
      },
    },
  },
  DIFFUSION_TIER: {
    description:
      "扩散梯队：细分行业在报告扩散路径上的位置——1 北美算力链低估值环节，2 国产算力与AIDC，3 中下游软件应用。中英文名称均可，忽略大小写、空格、连字符与全角字符。",
    parameters: {
      segment: { name: "细分行业", description: "细分行业名称，如 \"光模块\" 或 \"Data centers\"，或一个名称区域；结果形状相同，空白单元格返回 \"\"。" },
      taxonomy: {
        name: "分类表",
        description: "自定义分类行：名称、梯队（1、2、3 或键名如 \"na-compute\"）及可选别名（以 \";\" 分隔）。覆盖内置名称并可新增；=BATON.TAXONOMY() 给出可作起点的表。",
      },
      format: {
        name: "格式",
        description: "\"number\"（默认：1、2 或 3）、\"key\"（键名）、\"label\"（英文梯队名）、\"label-zh\"（中文梯队名）或 \"group\"（梯队内分组）。",
      },
    },
  },
  ROTATION: {
    description:
      "行业轮动：各行业相对基准在轮动图中的位置——Ratio（相对强弱的趋势）与 Momentum（其变化率），均以 100 为中心，以及象限 Leading、Weakening、Lagging 或 Improving。参照相对轮动图（RRG）思路的公开标准化方法，并非专有的 JdK RS-Ratio/RS-Momentum 公式。",
    parameters: {
      sector: SECTOR,
      benchmark: BENCHMARK,
      window: { name: "窗口", description: "标准化窗口的行数（相对强弱及其变化率的 z 分数），2 到（行数−1）之间的整数。默认 40。" },
      momentum: { name: "动量期", description: "计算 Ratio 变化率所跨的行数，1 到（行数−1）之间的整数。默认 10。" },
      output: {
        name: "输出",
        description: "\"latest\"（默认：最后一行的 Ratio、Momentum 和象限，每个行业一列）、\"ratio\" 或 \"momentum\"（每行一个值），或 \"quadrant\"（每行一个象限词）。",
      },
    },
  },
  SEASONALITY: {
    description: "季节性：行业在哪些月份跑赢基准、胜率多高——按日历月汇总历年月末超额收益，给出均值、中位数、胜率和年数。返回小数：0.0266 即 2.66%。",
    parameters: {
      dates: { name: "日期", description: "与行业价格逐行对应的日期，按时间升序：Excel 日期（忽略时刻）或 ISO 文本 YYYY-MM-DD，严格递增。" },
      sector: { name: "行业价格", description: "行业价格，与日期等长：一列或一行，或多列行业。空白和 0 沿用上一价格。" },
      benchmark: BENCHMARK,
      output: {
        name: "输出",
        description: "\"table\"（默认，单个行业：表头及 1–12 月的平均超额、超额中位数、胜率、年数），或 \"mean\"、\"median\"、\"win rate\"、\"count\"（12 行，每个行业一列）。",
      },
    },
  },
  TAXONOMY: {
    description: "内置扩散分类表（带表头：tier、group、segment、中文、aliases）：DIFFUSION_TIER 认识的全部名称。复制到工作表、编辑后可作为 DIFFUSION_TIER 的分类表参数。",
    parameters: {
      format: {
        name: "格式",
        description: "梯队列的写法：\"number\"（默认：1、2 或 3）、\"key\"（如 \"na-compute\"）、\"label\"（英文梯队名）或 \"label-zh\"（中文梯队名）。每种写法都可读回作为分类表。",
      },
    },
  },
};
