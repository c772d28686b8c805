import {
  checkTaxonomyData,
  classify,
  GENERIC_WORDS,
  indexSegments,
  normaliseName,
  SEGMENTS,
  SegmentInfo,
  SHARED_NAMES,
  TIERS,
} from "../../../src/core/tiers";

// Expected data is copied by hand from taxonomy.md (the reference the issue
// names), so these tests check the module against the document, not against
// itself. ADDED and REDUNDANT pin every alias the module adds or leaves out.

type Row = [tier: 1 | 2 | 3, group: string, name: string, zh: string, aliases: string[]];
const DOC: Row[] = [
  [1, "Optical & network hardware", "Fiber optic cables", "光纤光缆", ["fiber optic cable", "optical fiber", "光纤", "光缆"]],
  [1, "Optical & network hardware", "Optical modules", "光模块", ["optical module", "optical transceivers", "光通信模块"]],
  [1, "Optical & network hardware", "Switches", "交换机", ["switch", "network switches"]],
  [1, "Optical & network hardware", "High-speed copper cables", "高速铜缆", ["copper cables", "high speed copper cable", "铜缆"]],
  [1, "Optical & network hardware", "PCB", "印制电路板", ["printed circuit boards", "PCBs", "电路板"]],
  [1, "Power & cooling", "Liquid cooling", "液冷", ["liquid-cooling", "液冷服务器"]],
  [1, "Power & cooling", "Power equipment", "电力设备", ["power equipment for data centers", "电源设备"]],
  [2, "Domestic chips", "Domestic CPUs", "国产CPU", ["domestic CPU", "CPU"]],
  [2, "Domestic chips", "Domestic GPUs", "国产GPU", ["domestic GPU", "AI chips", "算力芯片", "AI芯片"]],
  [2, "Domestic chips", "Memory chips", "存储芯片", ["memory", "storage chips", "存储"]],
  [2, "Semiconductor supply chain", "Semiconductor materials", "半导体材料", ["semiconductor material"]],
  [2, "Semiconductor supply chain", "Semiconductor equipment", "半导体设备", ["semiconductor equipment makers", "半导体设备厂商"]],
  [2, "Semiconductor supply chain", "Wafer fabs", "晶圆制造", ["fabs", "foundry", "晶圆代工", "晶圆厂"]],
  [2, "Semiconductor supply chain", "Packaging and testing", "封装测试", ["packaging & testing", "OSAT", "封测"]],
  [2, "Semiconductor supply chain", "EDA tools", "EDA", ["EDA", "EDA软件"]],
  [2, "AIDC infrastructure", "Power grid", "电网", ["grid", "电网设备"]],
  [2, "AIDC infrastructure", "Computing power leasing", "算力租赁", ["compute leasing", "GPU leasing"]],
  [2, "AIDC infrastructure", "Data centers", "数据中心", ["AIDC", "IDC", "data centres"]],
  [3, "Results-season picks", "Consumer electronics", "消费电子", ["consumer electronic", "消费电子产品"]],
  [3, "Results-season picks", "Humanoid robots", "人形机器人", ["robots", "robotics", "机器人"]],
  [3, "Results-season picks", "Satellite communications", "卫星通信", ["satellite", "satcom", "卫星互联网"]],
  [3, "Results-season picks", "IT services", "IT服务", ["IT service"]],
  [3, "Results-season picks", "Cloud vendors", "云服务商", ["cloud", "cloud services", "云计算", "云厂商"]],
  [3, "Software & media", "Computers", "计算机", ["software", "computer software", "软件"]],
  [3, "Software & media", "Media", "传媒", []],
  [3, "Software & media", "Games", "游戏", ["gaming"]],
  [3, "Software & media", "Film and animation", "影视动漫", ["film", "animation", "影视"]],
  [3, "Software & media", "Digital media", "数字媒体", []],
];

/** taxonomy.md aliases the module drops because normalisation already matches them (pinned below). */
const REDUNDANT: Record<string, string[]> = {
  "High-speed copper cables": ["high speed copper cable"], // = the added "high-speed copper cable" (hyphens ignored)
  "Liquid cooling": ["liquid-cooling"], // = the name (hyphens ignored)
  "Packaging and testing": ["packaging & testing"], // = the name ("&" reads as "and")
  "EDA tools": ["EDA"], // = the Chinese name "EDA"
};

/** Aliases the module adds to taxonomy.md's, one deliberate choice each (reasons in taxonomy.ts). */
const ADDED: Record<string, string[]> = {
  "Fiber optic cables": ["fibre optic cables", "fibre optic cable", "optical fibers", "optical fibre", "optical fibres", "optical cable", "optical cables"],
  "Optical modules": ["optical transceiver", "光收发模块", "CPO", "co-packaged optics"],
  Switches: ["network switch", "ethernet switches", "ethernet switch", "网络交换机"],
  "High-speed copper cables": ["high-speed copper cable", "copper cable", "copper interconnect", "铜连接", "铜缆高速连接"],
  PCB: ["printed circuit board", "印刷电路板", "PCB板"],
  "Liquid cooling": ["liquid cooled"],
  "Power equipment": ["power equipment for data centres", "服务器电源", "server power supply", "server power supplies"],
  "Domestic CPUs": ["CPUs"],
  "Domestic GPUs": ["GPU", "GPUs", "AI chip", "国产芯片", "国产AI芯片"],
  "Memory chips": ["memory chip", "storage chip", "DRAM", "NAND"],
  "Semiconductor materials": ["semi materials"],
  "Semiconductor equipment": ["semiconductor equipment maker", "semi equipment", "semicap", "WFE", "wafer fab equipment"],
  "Wafer fabs": ["wafer fab", "fab", "foundries", "wafer foundry", "集成电路制造"],
  "Packaging and testing": ["packaging/testing", "packaging and test", "OSATs", "advanced packaging", "集成电路封测", "先进封装"],
  "EDA tools": ["EDA tool", "EDA software", "EDA工具"],
  "Power grid": ["power grids", "grid equipment", "power grid equipment", "特高压", "UHV", "ultra high voltage"],
  "Computing power leasing": ["computing power rental", "compute rental", "GPU rental"],
  "Data centers": ["data center", "data centre", "datacenter", "datacenters", "智算中心", "算力中心", "东数西算"],
  "Consumer electronics": ["品牌消费电子", "消费电子零部件及组装"],
  "Humanoid robots": ["humanoid robot", "humanoids", "robot", "embodied AI", "具身智能"],
  "Satellite communications": ["satellite communication", "satellites", "satellite internet", "卫星"],
  "IT services": ["IT服务Ⅱ", "IT服务Ⅲ"],
  "Cloud vendors": ["cloud vendor", "cloud service", "cloud providers", "cloud provider", "cloud service providers", "cloud service provider", "CSP", "CSPs", "hyperscalers", "hyperscaler", "云服务", "cloud computing"],
  Computers: ["computer", "软件开发"],
  Media: ["AIGC"],
  "Digital media": ["多模态", "multimodal", "multi-modal"],
  Games: ["game", "video games", "video game", "游戏Ⅱ", "游戏Ⅲ"],
  "Film and animation": ["films", "影视院线", "影视动漫制作"],
};

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe("the built-in taxonomy data", () => {
  test("the three tiers of taxonomy.md, in path order", () => {
    expect(TIERS).toEqual([
      { tier: 1, key: "na-compute", label: "North American compute chain (low-valued segments)", labelZh: "北美算力链低估值环节" },
      { tier: 2, key: "domestic-compute", label: "Domestic compute & AIDC", labelZh: "国产算力与AIDC" },
      { tier: 3, key: "applications", label: "Mid- and downstream applications", labelZh: "中下游软件应用" },
    ]);
  });

  test("the segments of taxonomy.md, in its order, with its tiers, groups and names", () => {
    expect(SEGMENTS.map((s) => [s.tier, s.group, s.name, s.nameZh])).toEqual(DOC.map(([t, g, n, z]) => [t, g, n, z]));
  });

  test.each(DOC.map((r) => [r[2], r] as const))("%s has taxonomy.md's aliases plus exactly the pinned additions", (name, row) => {
    const seg = SEGMENTS.find((s) => s.name === name) as SegmentInfo;
    const expected = [...row[4].filter((a) => !(REDUNDANT[name] ?? []).includes(a)), ...(ADDED[name] ?? [])];
    expect(sorted(seg.aliases)).toEqual(sorted(expected));
  });

  test("every group has one Chinese name, written out here by hand", () => {
    const pairs = new Map(SEGMENTS.map((s) => [s.group, s.groupZh]));
    expect(Object.fromEntries(pairs)).toEqual({
      "Optical & network hardware": "光通信与网络硬件",
      "Power & cooling": "电力与散热",
      "Domestic chips": "国产芯片",
      "Semiconductor supply chain": "半导体产业链",
      "AIDC infrastructure": "AIDC基础设施",
      "Results-season picks": "业绩期优选",
      "Software & media": "软件与传媒",
    });
  });

  test("the report's facts are carried (the figures the templates quote)", () => {
    const facts = (n: string): string => (SEGMENTS.find((s) => s.name === n) as SegmentInfo).facts;
    expect(facts("Fiber optic cables")).toMatch(/above 130%/);
    expect(facts("Optical modules")).toMatch(/about 21%.*above 120%/);
    for (const n of ["Switches", "High-speed copper cables", "PCB"]) expect(facts(n)).toMatch(/10–16%.*60–90%/);
    expect(facts("Consumer electronics")).toMatch(/AI edge hardware/);
    expect(facts("Games")).toMatch(/multi-modal/);
  });

  test("each segment's facts have a Chinese twin saying the same figures", () => {
    // Expected Chinese phrases written by hand from the report's figures (report.md: 130%, about 21%, 120%, 10–16%, 60–90%).
    const zh = (n: string): string => (SEGMENTS.find((s) => s.name === n) as SegmentInfo).factsZh;
    expect(zh("Fiber optic cables")).toBe("2026年盈利预测上调幅度最大；2026E净利润增速超过130%；4月8日反弹以来涨幅落后");
    expect(zh("Optical modules")).toBe("盈利预测上调约21%；2026E净利润增速超过120%");
    for (const n of ["Switches", "High-speed copper cables", "PCB"]) expect(zh(n)).toMatch(/10%–16%.*60%–90%/);
    for (const s of SEGMENTS) {
      // Same number of statements, the same figures, and Chinese text wherever there is English.
      expect(s.factsZh.split("；").length).toBe(s.facts === "" ? 1 : s.facts.split("; ").length);
      expect(s.factsZh.match(/\d+/g)).toEqual(s.facts.replace(/Apr (\d+)/g, "4 $1").match(/\d+/g)); // "Apr 8" is 4月8日
      if (s.facts) expect(s.factsZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("passes its own load-time check, and no name is shared between segments", () => {
    expect(checkTaxonomyData(TIERS, SEGMENTS)).toEqual([]);
    expect(SHARED_NAMES).toEqual([]);
  });
});

describe("every built-in name classifies to its segment and tier", () => {
  const cases = DOC.flatMap(([tier, , name, zh, aliases]) =>
    [name, zh, ...aliases, ...(ADDED[name] ?? [])].map((typed) => [typed, name, tier] as const),
  );
  test.each(cases)("%s → %s (tier %d)", (typed, name, tier) => {
    const m = classify(typed);
    expect(m?.name).toBe(name);
    expect(m?.tier).toBe(tier);
    expect(m?.builtIn).toBe(true);
  });

  test.each(cases)("%s still matches upper-cased, padded and full-width", (typed, name) => {
    const fullWidth = typed.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(classify(`  ${typed.toUpperCase()}  `)?.name).toBe(name);
    expect(classify(fullWidth)?.name).toBe(name);
  });
});

describe("deliberate choices", () => {
  // Generic words, written out here independently of GENERIC_WORDS: each could mean several segments.
  test.each([
    "equipment", "materials", "material", "设备", "材料", "芯片", "chips", "chip", "半导体", "semiconductor", "semis",
    "hardware", "电子", "electronics", "通信", "通信设备", "cables", "cable", "power", "电力", "电源", "cooling",
    "compute", "算力", "AI", "TMT", "tech", "科技", "services", "服务", "applications", "应用",
  ])("the generic word %s is unknown, not a guess", (word) => {
    expect(classify(word)).toBeUndefined();
  });

  test("GENERIC_WORDS are all unknown", () => {
    for (const w of GENERIC_WORDS) expect(classify(w)).toBeUndefined();
  });

  // taxonomy.md itself lists these broad-looking words as aliases; they stay.
  test.each([
    ["software", "Computers"], ["软件", "Computers"], ["memory", "Memory chips"], ["存储", "Memory chips"],
    ["cloud", "Cloud vendors"], ["grid", "Power grid"], ["satellite", "Satellite communications"],
    ["film", "Film and animation"], ["robots", "Humanoid robots"], ["CPU", "Domestic CPUs"], ["switch", "Switches"],
  ])("taxonomy.md's broad alias %s stays with %s", (word, name) => {
    expect(classify(word)?.name).toBe(name);
  });

  // Shenwan (申万 2021) industry names: the ones that correspond map, the rest are unknown.
  test.each([
    ["印制电路板", "PCB"], ["半导体材料", "Semiconductor materials"], ["半导体设备", "Semiconductor equipment"],
    ["集成电路制造", "Wafer fabs"], ["集成电路封测", "Packaging and testing"], ["电网设备", "Power grid"],
    ["消费电子", "Consumer electronics"], ["品牌消费电子", "Consumer electronics"], ["消费电子零部件及组装", "Consumer electronics"],
    ["IT服务Ⅱ", "IT services"], ["IT服务II", "IT services"], ["IT服务Ⅲ", "IT services"], ["计算机", "Computers"],
    ["软件开发", "Computers"], ["传媒", "Media"], ["游戏Ⅱ", "Games"], ["游戏II", "Games"], ["游戏Ⅲ", "Games"],
    ["影视院线", "Film and animation"], ["影视动漫制作", "Film and animation"], ["数字媒体", "Digital media"],
    ["电力设备", "Power equipment"],
  ])("SW industry %s → %s", (sw, name) => {
    expect(classify(sw)?.name).toBe(name);
  });

  test.each(["通信", "电子", "通信设备", "通信网络设备及器件", "通信线缆及配套", "半导体", "数字芯片设计", "光学光电子", "电子化学品Ⅱ", "计算机设备", "其他电源设备Ⅱ"])(
    "SW industry %s spans several segments and is unknown",
    (sw) => {
      expect(classify(sw)).toBeUndefined();
    },
  );

  test("spellings covered by normalisation are not separate aliases but still match", () => {
    expect(classify("liquid-cooling")?.name).toBe("Liquid cooling");
    expect(classify("high speed copper cable")?.name).toBe("High-speed copper cables");
    expect(classify("packaging & testing")?.name).toBe("Packaging and testing");
    expect(classify("EDA")?.name).toBe("EDA tools");
    expect(classify("ＰＣＢ")?.name).toBe("PCB");
  });

  test("no stemming: a plural or singular not written out is unknown", () => {
    expect(classify("digital medias")).toBeUndefined();
    expect(classify("medias")).toBeUndefined();
    expect(classify("switche")).toBeUndefined();
  });
});

describe("checkTaxonomyData catches broken data", () => {
  const seg = (over: Partial<SegmentInfo>): SegmentInfo => ({
    tier: 1, group: "G", groupZh: "组", name: "Alpha", nameZh: "甲", aliases: [], facts: "", factsZh: "", ...over,
  });
  test.each<[string, SegmentInfo[], RegExp]>([
    ["a clash between segments", [seg({ aliases: ["x"] }), seg({ name: "Beta", nameZh: "乙", aliases: ["X"] })], /"X" also names segment 1/],
    ["a generic word", [seg({ aliases: ["Equipment"] })], /generic word/],
    ["a separator inside an alias", [seg({ aliases: ["a; b"] })], /alias separator/],
    ["a redundant alias", [seg({ aliases: ["al-pha", "ALPHA"] })], /repeats another of its names/],
    ["an empty alias", [seg({ aliases: [" - "] })], /empty name or alias/],
    ["segments out of tier order", [seg({ tier: 2 }), seg({ tier: 1, name: "Beta", nameZh: "乙" })], /tier order/],
    ["a group with two Chinese names", [seg({}), seg({ name: "Beta", nameZh: "乙", groupZh: "别的" })], /two Chinese names/],
    ["a missing Chinese name", [seg({ nameZh: " " })], /English and a Chinese name/],
  ])("%s", (_, segments, problem) => {
    expect(checkTaxonomyData(TIERS, segments).join("\n")).toMatch(problem);
  });

  test("a clash listed as shared is allowed, and the first segment in table order wins it", () => {
    const segments = [seg({ aliases: ["x"] }), seg({ name: "Beta", nameZh: "乙", aliases: ["x"] })];
    expect(checkTaxonomyData(TIERS, segments, [], [normaliseName("x")])).toEqual([]);
    expect(indexSegments(segments).get("x")).toBe(0);
  });

  test("bad tiers", () => {
    expect(checkTaxonomyData([TIERS[1], TIERS[0], TIERS[2]], [])).toContain("tiers must be 1, 2, 3 in order");
    expect(checkTaxonomyData(TIERS.map((t) => ({ ...t, key: "same" })), [])).toContain("tier keys must be distinct");
  });
});
