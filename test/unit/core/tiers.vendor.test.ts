import { buildTaxonomy, classify, decorationCandidates, diffusionTier, normaliseName, type Taxonomy } from "../../../src/core/tiers";

// Expected segments are read by hand off each header: the vendor's
// decoration (prefix, 指数/Index suffix, code, bracketed qualifier) struck
// out, the remaining name looked up in taxonomy.md / the aliases pinned in
// tiers.data.test.ts.
describe("headers as data vendors write them", () => {
  test.each([
    ["光模块(CPO)指数", "Optical modules"],
    ["光模块（CPO）指数", "Optical modules"], // full-width brackets
    ["万得液冷服务器指数", "Liquid cooling"],
    ["算力租赁指数", "Computing power leasing"],
    ["申万游戏Ⅱ", "Games"],
    ["SW游戏Ⅱ", "Games"],
    ["SW 游戏II", "Games"],
    ["Optical Modules (CPO) Index", "Optical modules"],
    ["Wind Data Centers Index", "Data centers"],
    ["884201.WI", undefined], // a code alone names nothing
    ["光纤光缆 884xxx.WI".replace("xxx", "113"), "Fiber optic cables"],
    ["884113.WI 光纤光缆", "Fiber optic cables"],
    ["传媒(801760.SI)", "Media"],
    ["申万传媒 801760.SI", "Media"],
    ["中证云计算指数", "Cloud vendors"],
    ["中信电网设备指数", "Power grid"],
    ["国证半导体设备指数", "Semiconductor equipment"],
    ["同花顺液冷服务器概念", "Liquid cooling"],
    ["THS 铜缆高速连接", "High-speed copper cables"],
    ["CITIC Power Grid Index", "Power grid"],
    ["CSI Humanoid Robots Index", "Humanoid robots"],
    ["【申万】IT服务Ⅱ", "IT services"],
    ["IDC(数据中心)", "Data centers"],
    ["光通信(CPO)", "Optical modules"], // 光通信 is generic; the qualifier CPO decides
    ["东数西算指数", "Data centers"],
    ["特高压指数", "Power grid"],
    ["万得国产芯片指数", "Domestic GPUs"],
    ["AIGC指数", "Media"],
    ["多模态AI", undefined], // not a written-out name: no guessing
    ["Cloud computing", "Cloud vendors"],
    ["服务器电源", "Power equipment"],
  ])("%s → %s", (header, name) => {
    expect(classify(header)?.name).toBe(name);
  });

  test("the name decides before the bracketed qualifier", () => {
    // 交换机 is Switches, CPO Optical modules: the name outside the brackets wins.
    expect(classify("交换机(CPO)")?.name).toBe("Switches");
    expect(decorationCandidates(normaliseName("交换机(CPO)"))).toEqual(["交换机", "cpo"]);
  });

  test("a name that matches as written is never re-read", () => {
    expect(decorationCandidates(normaliseName("Switches"))).toEqual([]);
    expect(classify("Switches")?.name).toBe("Switches");
  });

  // Generic words must stay unknown however they are decorated.
  test.each([
    "中信电子指数", "申万通信", "SW电子", "万得半导体指数", "国证芯片指数", "中证科技指数", "Wind Semiconductor Index",
    "CSI 300", "沪深300", "万得全A", "Wind All A", "(AI)", "AI指数", "光通信指数", "Optical Communications Index",
    "国产算力指数", "SW 设备", "中证TMT指数",
  ])("%s stays unknown", (header) => {
    expect(classify(header)).toBeUndefined();
  });

  test("a Latin vendor prefix is a word of its own: sw in 'switches' is not SW", () => {
    expect(classify("switches index")?.name).toBe("Switches");
    expect(classify("SWgames")).toBeUndefined();
    expect(classify("windows")).toBeUndefined();
  });

  test("a custom taxonomy is looked through the same way", () => {
    const tax = buildTaxonomy([["Quantum computing", 3, "量子计算"]]) as Taxonomy;
    expect(classify("万得量子计算指数", tax)?.tier).toBe(3);
    expect(classify("Quantum Computing Index", tax)?.name).toBe("Quantum computing");
  });

  test("DIFFUSION_TIER gains it too", () => {
    expect(diffusionTier([["光模块(CPO)指数"], ["申万游戏Ⅱ"], ["万得液冷服务器指数"]])).toEqual([[1], [3], [1]]);
  });
});
