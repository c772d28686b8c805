/**
 * The built-in diffusion taxonomy: the report's three tiers and the segments
 * it names, as typed data checked once when the module loads.
 *
 * The report's path runs tier 1 → tier 2 → tier 3: from the low-valued
 * segments of the North American compute chain, to domestic compute and
 * AIDC, to mid- and downstream applications. Each segment carries its tier,
 * its sub-group within the tier, its English and Chinese names, the other
 * names analysts type for it (aliases), and what the report says about it.
 *
 * ## How the aliases were chosen
 *
 * An alias is another name for *exactly this* segment. A word that could
 * mean several segments is not an alias, because a lookup that answers with
 * the wrong tier is worse than `#N/A` (which tells the analyst to add the
 * name with the taxonomy argument). {@link GENERIC_WORDS} lists the words left
 * out on purpose; the load-time check refuses any of them as a name.
 *
 * - **Singular and plural** forms are written out (`optical module` /
 *   `optical modules`), not derived by a stemming rule: `switches` less its `s` is not `switch`,
 *   and a rule cannot tell a plural from a word that merely ends in `s`
 *   (`CSPs` and `OSATs`, but `gas` and `analysis`).
 * - **British spellings** (`fibre`, `centre`) are written out too: Hong Kong
 *   and London desks use them.
 * - **Spelling variants that normalisation already covers** are not repeated:
 *   `liquid-cooling` (hyphens are ignored), `packaging & testing` (`&` reads
 *   as `and`), `ＰＣＢ` (full-width forms). The check refuses such duplicates
 *   so that the TAXONOMY() table stays readable.
 * - **Shenwan (SW, 申万 2021) industry names** are aliases only where the SW
 *   industry is the same set of companies as the segment, or a part of it:
 *   - kept: 印制电路板 (SW III, is the segment's own Chinese name), 半导体材料 and
 *     半导体设备 (SW III, the names themselves), 集成电路制造 → Wafer fabs,
 *     集成电路封测 → Packaging and testing, 电网设备 (SW II) → Power grid,
 *     消费电子 (SW II, the name) with its SW III 品牌消费电子 and
 *     消费电子零部件及组装 → Consumer electronics, IT服务Ⅱ / IT服务Ⅲ → IT services,
 *     计算机 (SW I, the name) and its SW II 软件开发 → Computers, 传媒 (SW I, the
 *     name) → Media, 游戏Ⅱ / 游戏Ⅲ → Games, 影视院线 (SW II) and 影视动漫制作
 *     (SW III) → Film and animation, 数字媒体 (SW II, the name) → Digital media.
 *     Roman numerals are typed as `Ⅱ` or `II`; normalisation makes them one.
 *   - left out: 通信 and 电子 (SW I: whole sectors spanning tiers),
 *     通信设备 and 通信网络设备及器件 (hold optical modules *and* switches),
 *     通信线缆及配套 (fibre *and* copper cables), 半导体 (SW II: every chip and
 *     supply-chain segment of tier 2 at once), 数字芯片设计 (CPUs, GPUs and
 *     memory together), 光学光电子 (panels, LEDs and optics; optical modules
 *     are in 通信, not here), 电子化学品Ⅱ (serves panels and PCBs as well as
 *     wafers), 计算机设备 (servers and more, not a segment of the report),
 *     其他电源设备Ⅱ (not data-centre power).
 *   - 电力设备 is both the report's "power equipment" (its Chinese name here)
 *     and the SW I sector, which is wider (solar, wind, batteries, grid). The
 *     report's name wins; the SW II 电网设备 still goes to Power grid.
 * - **Abbreviations** analysts use for the segment and nothing else: OSAT,
 *   WFE, semicap, AIDC, IDC, DRAM, NAND, CSP, satcom, EDA.
 * - taxonomy.md's own aliases are all kept, including the broad-looking
 *   `software` / `软件` (Computers), `memory` / `存储` (Memory chips), `cloud`,
 *   `grid`, `satellite`, `film`, `robots` and `CPU`: each names one segment of
 *   the report. `GPU` and `GPUs` are added to Domestic GPUs for the same
 *   reason `CPU` sits with Domestic CPUs.
 *
 * - **Concept-index names** (Wind, 同花顺, Choice concept boards), each placed
 *   by the report's logic:
 *   - CPO, co-packaged optics → Optical modules: the A-share CPO board is the
 *     optical-module makers; CPO is how the market names their next product.
 *   - 铜缆高速连接 (Wind's name for the copper-interconnect board) → High-speed
 *     copper cables.
 *   - 服务器电源, server power supply → Power equipment: the report's power
 *     equipment is data-centre power, and server PSUs are its core.
 *   - 东数西算 (the national compute-hub programme) → Data centers: its
 *     constituents are the IDC builders and operators.
 *   - 特高压, UHV → Power grid: UHV transmission is grid equipment (SW 电网设备),
 *     the AIDC power story of tier 2, not tier 1's data-centre power equipment.
 *   - 国产芯片 → Domestic GPUs. The phrase spans the Domestic chips group, but
 *     the report's domestic-compute story is AI accelerators (DeepSeek V4 on
 *     Ascend), and concept boards of this name are led by them; CPUs and memory
 *     have their own names (国产CPU, 存储芯片). 国产AI芯片 likewise.
 *   - AIGC → Media: AIGC boards are content and media companies, the SW 传媒
 *     names; 多模态 / multimodal → Digital media: the report's "multi-modal
 *     recovery" lists games, film and digital media, and the multi-modal
 *     boards are the digital-content platforms (games and film keep their own names).
 *   - cloud computing → Cloud vendors, the English twin of 云计算.
 *   - left out as generic: 光通信 / optical communications (modules, fibre and
 *     switches at once), 国产算力 / domestic compute (the whole of tier 2),
 *     AI应用 / AI applications (the whole of tier 3).
 * - **Vendor decorations** (`指数`, `Index`, 万得/申万/中信… prefixes, codes such as
 *   `884xxx.WI`, bracketed qualifiers) are not aliases: classification looks
 *   through them (see `decorationCandidates` in normalise.ts).
 *
 * Where a name could still mean two rows, the first in table order wins; the
 * check lists every such name in {@link SHARED_NAMES} (none today), so a new
 * clash cannot slip in unnoticed.
 */
import { ALIAS_SPLIT, normaliseName } from "./normalise";

/** A position on the diffusion path: 1 first, 3 last. */
export type TierNumber = 1 | 2 | 3;

/** One tier of the report's path. */
export interface TierInfo {
  readonly tier: TierNumber;
  /** Stable ASCII key, for formulas and settings: `na-compute`. */
  readonly key: string;
  readonly label: string;
  readonly labelZh: string;
}

/** One segment the report names. */
export interface SegmentInfo {
  readonly tier: TierNumber;
  /** Sub-group within the tier, English: `Optical & network hardware`. */
  readonly group: string;
  /** The sub-group in Chinese: `光通信与网络硬件`. */
  readonly groupZh: string;
  /** English name, as the TAXONOMY() table shows it. */
  readonly name: string;
  /** Chinese name. */
  readonly nameZh: string;
  /** Other names that mean this segment and nothing else. */
  readonly aliases: readonly string[];
  /** What the report says about the segment (may be empty). */
  readonly facts: string;
  /** The same in Chinese, for the Chinese templates (empty when `facts` is). */
  readonly factsZh: string;
}

export const TIERS: readonly TierInfo[] = [
  { tier: 1, key: "na-compute", label: "North American compute chain (low-valued segments)", labelZh: "北美算力链低估值环节" },
  { tier: 2, key: "domestic-compute", label: "Domestic compute & AIDC", labelZh: "国产算力与AIDC" },
  { tier: 3, key: "applications", label: "Mid- and downstream applications", labelZh: "中下游软件应用" },
];

const OPTICAL = { tier: 1, group: "Optical & network hardware", groupZh: "光通信与网络硬件" } as const;
const POWER = { tier: 1, group: "Power & cooling", groupZh: "电力与散热" } as const;
const CHIPS = { tier: 2, group: "Domestic chips", groupZh: "国产芯片" } as const;
const SEMI = { tier: 2, group: "Semiconductor supply chain", groupZh: "半导体产业链" } as const;
const AIDC = { tier: 2, group: "AIDC infrastructure", groupZh: "AIDC基础设施" } as const;
const PICKS = { tier: 3, group: "Results-season picks", groupZh: "业绩期优选" } as const;
const SOFT = { tier: 3, group: "Software & media", groupZh: "软件与传媒" } as const;

/** The report's statements about segments, each once, in English and Chinese. */
const FACT = {
  topRevision: ["largest upward revision of 2026 profit forecasts", "2026年盈利预测上调幅度最大"],
  growth130: ["2026E net profit growth above 130%", "2026E净利润增速超过130%"],
  revision21: ["upward revision about 21%", "盈利预测上调约21%"],
  growth120: ["2026E net profit growth above 120%", "2026E净利润增速超过120%"],
  revision1016: ["upward revision of 2026 profit forecasts 10–16%", "2026年盈利预测上调10%–16%"],
  growth6090: ["2026E net profit growth 60–90%", "2026E净利润增速60%–90%"],
  lagged: ["lagged since the Apr 8 rebound", "4月8日反弹以来涨幅落后"],
  cpu: ["AI agents re-rate CPU demand (Intel's results); the largest expectation gap in the AI chain", "AI智能体重估CPU需求（英特尔业绩）；AI产业链中预期差最大"],
  ascend: ["DeepSeek V4 adapted to Huawei Ascend for training and inference", "DeepSeek V4适配华为昇腾的训练与推理"],
  memory: ["price hikes spreading from memory into more areas", "涨价从存储扩散至更多领域"],
  semi: ["mid- and upstream of the semiconductor chain, a diffusion direction", "半导体产业链中上游，扩散方向"],
  aidc: ["AIDC infrastructure, a diffusion direction", "AIDC基础设施，扩散方向"],
  edge: ["AI edge hardware, preferred during results season", "AI端侧硬件，业绩期优选"],
  cloud: ["benefits from cloud price hikes", "受益于云服务涨价"],
  recovery: ["recovery window after results season", "业绩期后的修复窗口"],
  multimodal: ["multi-modal recovery candidate", "多模态修复候选"],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * A segment's facts from {@link FACT}, in order: English joined by "; ", Chinese by "；"
 * (`facts("revision21", "growth120").factsZh` is "盈利预测上调约21%；2026E净利润增速超过120%").
 */
function facts(...keys: (keyof typeof FACT)[]): { facts: string; factsZh: string } {
  return { facts: keys.map((k) => FACT[k][0]).join("; "), factsZh: keys.map((k) => FACT[k][1]).join("；") };
}

export const SEGMENTS: readonly SegmentInfo[] = [
  // Tier 1: North American compute chain, low-valued segments.
  {
    ...OPTICAL,
    name: "Fiber optic cables",
    nameZh: "光纤光缆",
    aliases: [
      "fiber optic cable", "fibre optic cables", "fibre optic cable",
      "optical fiber", "optical fibers", "optical fibre", "optical fibres",
      "optical cable", "optical cables", "光纤", "光缆",
    ],
    ...facts("topRevision", "growth130", "lagged"),
  },
  {
    ...OPTICAL,
    name: "Optical modules",
    nameZh: "光模块",
    aliases: [
      "optical module", "optical transceivers", "optical transceiver", "光通信模块", "光收发模块",
      "CPO", "co-packaged optics",
    ],
    ...facts("revision21", "growth120"),
  },
  {
    ...OPTICAL,
    name: "Switches",
    nameZh: "交换机",
    aliases: ["switch", "network switches", "network switch", "ethernet switches", "ethernet switch", "网络交换机"],
    ...facts("revision1016", "growth6090", "lagged"),
  },
  {
    ...OPTICAL,
    name: "High-speed copper cables",
    nameZh: "高速铜缆",
    aliases: ["high-speed copper cable", "copper cables", "copper cable", "copper interconnect", "铜缆", "铜连接", "铜缆高速连接"],
    ...facts("revision1016", "growth6090"),
  },
  {
    ...OPTICAL,
    name: "PCB",
    nameZh: "印制电路板",
    aliases: ["PCBs", "printed circuit boards", "printed circuit board", "电路板", "印刷电路板", "PCB板"],
    ...facts("revision1016", "growth6090"),
  },
  {
    ...POWER,
    name: "Liquid cooling",
    nameZh: "液冷",
    aliases: ["liquid cooled", "液冷服务器"],
    ...facts("lagged"),
  },
  {
    ...POWER,
    name: "Power equipment",
    nameZh: "电力设备",
    aliases: [
      "power equipment for data centers", "power equipment for data centres", "电源设备",
      "服务器电源", "server power supply", "server power supplies",
    ],
    ...facts("lagged"),
  },

  // Tier 2: domestic compute and AIDC.
  {
    ...CHIPS,
    name: "Domestic CPUs",
    nameZh: "国产CPU",
    aliases: ["domestic CPU", "CPU", "CPUs"],
    ...facts("cpu"),
  },
  {
    ...CHIPS,
    name: "Domestic GPUs",
    nameZh: "国产GPU",
    aliases: ["domestic GPU", "GPU", "GPUs", "AI chips", "AI chip", "算力芯片", "AI芯片", "国产芯片", "国产AI芯片"],
    ...facts("ascend"),
  },
  {
    ...CHIPS,
    name: "Memory chips",
    nameZh: "存储芯片",
    aliases: ["memory chip", "memory", "storage chips", "storage chip", "DRAM", "NAND", "存储"],
    ...facts("memory"),
  },
  {
    ...SEMI,
    name: "Semiconductor materials",
    nameZh: "半导体材料",
    aliases: ["semiconductor material", "semi materials"],
    ...facts("semi"),
  },
  {
    ...SEMI,
    name: "Semiconductor equipment",
    nameZh: "半导体设备",
    aliases: [
      "semiconductor equipment makers", "semiconductor equipment maker", "semi equipment", "semicap",
      "WFE", "wafer fab equipment", "半导体设备厂商",
    ],
    ...facts("semi"),
  },
  {
    ...SEMI,
    name: "Wafer fabs",
    nameZh: "晶圆制造",
    aliases: ["wafer fab", "fabs", "fab", "foundry", "foundries", "wafer foundry", "晶圆代工", "晶圆厂", "集成电路制造"],
    ...facts("semi"),
  },
  {
    ...SEMI,
    name: "Packaging and testing",
    nameZh: "封装测试",
    aliases: ["packaging/testing", "packaging and test", "OSAT", "OSATs", "advanced packaging", "封测", "集成电路封测", "先进封装"],
    ...facts("semi"),
  },
  {
    ...SEMI,
    name: "EDA tools",
    nameZh: "EDA",
    aliases: ["EDA tool", "EDA software", "EDA软件", "EDA工具"],
    ...facts("semi"),
  },
  {
    ...AIDC,
    name: "Power grid",
    nameZh: "电网",
    aliases: ["power grids", "grid", "grid equipment", "power grid equipment", "电网设备", "特高压", "UHV", "ultra high voltage"],
    ...facts("aidc"),
  },
  {
    ...AIDC,
    name: "Computing power leasing",
    nameZh: "算力租赁",
    aliases: ["compute leasing", "GPU leasing", "computing power rental", "compute rental", "GPU rental"],
    ...facts("aidc"),
  },
  {
    ...AIDC,
    name: "Data centers",
    nameZh: "数据中心",
    aliases: [
      "data center", "data centres", "data centre", "datacenter", "datacenters", "AIDC", "IDC", "智算中心", "算力中心",
      "东数西算",
    ],
    ...facts("aidc"),
  },

  // Tier 3: mid- and downstream applications.
  {
    ...PICKS,
    name: "Consumer electronics",
    nameZh: "消费电子",
    aliases: ["consumer electronic", "消费电子产品", "品牌消费电子", "消费电子零部件及组装"],
    ...facts("edge"),
  },
  {
    ...PICKS,
    name: "Humanoid robots",
    nameZh: "人形机器人",
    aliases: ["humanoid robot", "humanoids", "robots", "robot", "robotics", "embodied AI", "机器人", "具身智能"],
    ...facts("edge"),
  },
  {
    ...PICKS,
    name: "Satellite communications",
    nameZh: "卫星通信",
    aliases: ["satellite communication", "satellite", "satellites", "satcom", "satellite internet", "卫星", "卫星互联网"],
    ...facts("edge"),
  },
  {
    ...PICKS,
    name: "IT services",
    nameZh: "IT服务",
    aliases: ["IT service", "IT服务Ⅱ", "IT服务Ⅲ"],
    ...facts("cloud"),
  },
  {
    ...PICKS,
    name: "Cloud vendors",
    nameZh: "云服务商",
    aliases: [
      "cloud vendor", "cloud", "cloud services", "cloud service", "cloud providers", "cloud provider",
      "cloud service providers", "cloud service provider", "CSP", "CSPs", "hyperscalers", "hyperscaler",
      "cloud computing", "云计算", "云厂商", "云服务",
    ],
    ...facts("cloud"),
  },
  {
    ...SOFT,
    name: "Computers",
    nameZh: "计算机",
    aliases: ["computer", "software", "computer software", "软件", "软件开发"],
    ...facts("recovery"),
  },
  {
    ...SOFT,
    name: "Media",
    nameZh: "传媒",
    aliases: ["AIGC"],
    ...facts("recovery"),
  },
  {
    ...SOFT,
    name: "Games",
    nameZh: "游戏",
    aliases: ["game", "gaming", "video games", "video game", "游戏Ⅱ", "游戏Ⅲ"],
    ...facts("multimodal"),
  },
  {
    ...SOFT,
    name: "Film and animation",
    nameZh: "影视动漫",
    aliases: ["film", "films", "animation", "影视", "影视院线", "影视动漫制作"],
    ...facts("multimodal"),
  },
  {
    ...SOFT,
    name: "Digital media",
    nameZh: "数字媒体",
    aliases: ["多模态", "multimodal", "multi-modal"],
    ...facts("multimodal"),
  },
];

/**
 * Words deliberately kept out of the taxonomy: each could mean more than one
 * segment (or a whole sector spanning tiers), so matching it would give the
 * wrong tier. They answer `#N/A`; an analyst who means one segment by them
 * adds the word with the taxonomy argument. The load-time check refuses any
 * built-in name or alias equal to one of them (after normalisation).
 */
export const GENERIC_WORDS: readonly string[] = [
  "equipment", "materials", "material", "设备", "材料",
  "chip", "chips", "芯片", "semiconductor", "semiconductors", "semis", "半导体",
  "hardware", "硬件", "electronics", "电子", "communications", "telecom", "通信", "通信设备", "通信网络设备及器件",
  "cable", "cables", "线缆", "通信线缆及配套", "power", "电力", "电源", "cooling", "散热",
  "compute", "computing power", "算力", "AI", "TMT", "tech", "technology", "科技",
  "services", "服务", "applications", "应用", "infrastructure", "基础设施",
  "数字芯片设计", "光学光电子", "电子化学品Ⅱ", "计算机设备", "其他电源设备Ⅱ",
  "光通信", "optical communications", "国产算力", "domestic compute", "AI应用", "AI applications",
];

/**
 * Normalised names that deliberately belong to more than one built-in
 * segment; the first in table order wins. Empty: no built-in name is shared.
 * The load-time check fails on any clash not listed here.
 */
export const SHARED_NAMES: readonly string[] = [];

/**
 * Checks the taxonomy data and returns every problem found (empty when the
 * data is sound): three tiers 1, 2, 3 with distinct keys; segments in tier
 * order with a name, Chinese name and group; one Chinese group name per
 * group; aliases that are non-empty, contain no separator, do not repeat a
 * name of their own segment after normalisation, are not generic words and
 * clash with no other segment unless listed in {@link SHARED_NAMES}.
 *
 * Run once when this module loads (a failure is a programming error and
 * throws); exported for the tests. Cost: O(total names).
 *
 * @example checkTaxonomyData(TIERS, SEGMENTS) // => []
 */
export function checkTaxonomyData(
  tiers: readonly TierInfo[],
  segments: readonly SegmentInfo[],
  generic: readonly string[] = GENERIC_WORDS,
  shared: readonly string[] = SHARED_NAMES,
): string[] {
  const problems: string[] = [];
  if (tiers.length !== 3 || tiers.some((t, i) => t.tier !== i + 1)) problems.push("tiers must be 1, 2, 3 in order");
  const keys = new Set(tiers.map((t) => t.key));
  if (keys.size !== tiers.length) problems.push("tier keys must be distinct");
  for (const t of tiers) {
    if (!/^[a-z][a-z0-9-]*$/.test(t.key)) problems.push(`tier key "${t.key}" must be lower-case ASCII`);
    if (!t.label.trim() || !t.labelZh.trim()) problems.push(`tier ${t.tier} needs both labels`);
  }

  const genericSet = new Set(generic.map(normaliseName));
  const sharedSet = new Set(shared);
  const owner = new Map<string, number>();
  const groupZh = new Map<string, string>();
  let lastTier = 1;
  segments.forEach((s, i) => {
    const where = `segment ${i + 1} (${s.name})`;
    if (s.tier !== 1 && s.tier !== 2 && s.tier !== 3) problems.push(`${where}: tier must be 1, 2 or 3`);
    if (s.tier < lastTier) problems.push(`${where}: segments must be in tier order`);
    lastTier = s.tier;
    if (!s.name.trim() || !s.nameZh.trim()) problems.push(`${where}: needs an English and a Chinese name`);
    if (!s.group.trim() || !s.groupZh.trim()) problems.push(`${where}: needs a group in English and Chinese`);
    const zh = groupZh.get(s.group);
    if (zh !== undefined && zh !== s.groupZh) problems.push(`${where}: group "${s.group}" has two Chinese names`);
    groupZh.set(s.group, s.groupZh);

    const own = new Set<string>();
    for (const name of [s.name, s.nameZh, ...s.aliases]) {
      const n = normaliseName(name);
      if (!n) problems.push(`${where}: empty name or alias`);
      if (ALIAS_SPLIT.test(name)) problems.push(`${where}: "${name}" contains an alias separator`);
      if (own.has(n)) problems.push(`${where}: "${name}" repeats another of its names after normalisation`);
      own.add(n);
      if (genericSet.has(n)) problems.push(`${where}: "${name}" is a generic word`);
      const first = owner.get(n);
      if (first === undefined) owner.set(n, i);
      else if (first !== i && !sharedSet.has(n)) problems.push(`${where}: "${name}" also names segment ${first + 1}`);
    }
  });
  return problems;
}

const problems = checkTaxonomyData(TIERS, SEGMENTS);
if (problems.length > 0) throw new Error(`Baton's built-in taxonomy is invalid: ${problems.join("; ")}`);
