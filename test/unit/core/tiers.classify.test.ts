import fc from "fast-check";
import { BatonError, isBatonError } from "../../../src/core/errors";
import {
  BUILT_IN_TAXONOMY,
  buildTaxonomy,
  classify,
  diffusionTier,
  parseTier,
  SEGMENTS,
  TAXONOMY_FORMATS,
  taxonomyFunction,
  taxonomyTable,
  Taxonomy,
} from "../../../src/core/tiers";

const tax = (rows: unknown): Taxonomy => {
  const t = buildTaxonomy(rows);
  if (isBatonError(t)) throw new Error(t.message);
  return t;
};
const err = (x: unknown): { kind: string; message: string } | undefined =>
  isBatonError(x) ? { kind: x.kind, message: x.message } : undefined;
const KEYS = "(na-compute, domestic-compute, applications)";

describe("parseTier", () => {
  test.each<[unknown, number | undefined]>([
    [1, 1], [2, 2], [3, 3], [2.0, 2], ["3", 3], [" 1 ", 1], ["１", 1],
    ["na-compute", 1], ["Domestic-Compute", 2], ["APPLICATIONS", 3], ["domestic compute", 2],
    ["North American compute chain (low-valued segments)", 1], ["国产算力与AIDC", 2], ["中下游软件应用", 3],
    [0, undefined], [4, undefined], [1.5, undefined], ["4", undefined], ["tier 1", undefined], [true, undefined], [null, undefined],
  ])("%j → %j", (v, t) => {
    expect(parseTier(v)).toBe(t);
  });
});

describe("buildTaxonomy: the taxonomy argument", () => {
  test.each([null, undefined, "", [[null]], [[""]]])("omitted (%j) is the built-in taxonomy", (v) => {
    expect(buildTaxonomy(v)).toBe(BUILT_IN_TAXONOMY);
  });

  test("a row overrides the built-in segment its name names, with all that segment's names", () => {
    const t = tax([["Power equipment", 2]]);
    for (const n of ["Power equipment", "电力设备", "电源设备", "power equipment for data centers"]) {
      expect(classify(n, t)).toMatchObject({ tier: 2, key: "domestic-compute", name: "Power equipment", nameZh: "电力设备", builtIn: false });
    }
    // tier changed and no group given: the tier-1 group no longer applies
    expect(classify("电力设备", t)).toMatchObject({ group: "Other", groupZh: "其他" });
    // the rest is untouched
    expect(classify("液冷", t)).toMatchObject({ tier: 1, builtIn: true });
  });

  test("a row named by the Chinese name or an alias overrides the same segment", () => {
    expect(classify("optical transceivers", tax([["光模块", 2]]))?.tier).toBe(2);
    expect(classify("Domestic CPUs", tax([["CPU", 3]]))?.tier).toBe(3);
  });

  test("a first row of headings Baton does not know is still read as a header", () => {
    // Hand-made ranges an analyst might paste from a broker's sheet.
    expect(classify("Robotaxi", tax([["板块名称", "梯队归属"], ["Robotaxi", 3]]))?.tier).toBe(3);
    expect(classify("Robotaxi", tax([["Segment name", "Tier (1-3)", "Other names"], ["Robotaxi", 3, "自动驾驶出租车"]]))?.tier).toBe(3);
  });

  test("a number-like tier in the first row is data, so a wrong tier there is still an error", () => {
    expect(err(buildTaxonomy([["Robotaxi", "4"]]))?.message).toBe(`taxonomy row 1: tier text "4" is not 1, 2, 3 or a tier key ${KEYS}`);
    expect(err(buildTaxonomy([["Robotaxi", 4]]))?.kind).toBe("value");
  });

  test("a row that keeps the tier keeps the built-in group and facts", () => {
    const m = classify("Switches", tax([["switches", "na-compute", "白盒交换机"]]));
    expect(m).toMatchObject({ tier: 1, group: "Optical & network hardware", groupZh: "光通信与网络硬件", builtIn: false });
    expect(m?.facts).toMatch(/10–16%/);
    expect(classify("白盒交换机", tax([["switches", "na-compute", "白盒交换机"]]))?.name).toBe("Switches");
  });

  test("new rows add segments, with their aliases, after the built-in ones", () => {
    const t = tax([["Robotaxi", 3, "自动驾驶; 无人驾驶"], ["Quantum computing", "domestic-compute"]]);
    expect(classify("无人驾驶", t)).toMatchObject({ tier: 3, name: "Robotaxi", group: "Other", builtIn: false, index: SEGMENTS.length });
    expect(classify("quantum-computing", t)).toMatchObject({ tier: 2, index: SEGMENTS.length + 1 });
    expect(t.segments).toHaveLength(SEGMENTS.length + 2);
    expect(classify("光模块", t)?.tier).toBe(1);
    expect(classify("Robotaxi")).toBeUndefined();
  });

  test("names in the argument beat built-in names: an alias can take a built-in name", () => {
    const t = tax([["Compute hardware", 1, "GPU; 算力"]]);
    expect(classify("GPU", t)?.name).toBe("Compute hardware");
    expect(classify("算力", t)?.name).toBe("Compute hardware");
    // but an alias does not move the built-in segment it came from
    expect(classify("Domestic GPUs", t)?.tier).toBe(2);
  });

  test("where two rows claim a name, the first row wins", () => {
    const t = tax([["Robotaxi", 3, "AV"], ["Autonomous vehicles", 2, "AV"], ["robotaxi", 1]]);
    expect(classify("AV", t)?.name).toBe("Robotaxi");
    expect(classify("ROBOTAXI", t)?.tier).toBe(3);
    expect(classify("Autonomous vehicles", t)?.tier).toBe(2);
  });

  test("where two rows override one built-in segment, the first keeps its other names", () => {
    const t = tax([["Optical modules", 1], ["光模块", 2]]);
    expect(classify("optical transceivers", t)?.tier).toBe(1);
    expect(classify("光模块", t)).toMatchObject({ tier: 2, name: "光模块", group: "Other" }); // the second row is a segment of its own
    expect(t.segments.filter((m) => m.name === "Optical modules")).toHaveLength(1);
  });

  test("without a header the columns are name, tier, aliases; further columns are ignored", () => {
    const t = tax([["Robotaxi", 3, "AV", "a note"]]);
    expect(classify("AV", t)?.tier).toBe(3);
    expect(classify("a note", t)).toBeUndefined();
  });

  test.each([
    [["name", "tier", "aliases"]],
    [["Segment", "Tier", "Aliases"]],
    [["名称", "层级", "别名"]],
    [["行业", "梯队", "别名"]],
  ])("a header row %j is recognised and skipped", (header) => {
    const t = tax([header, ["Robotaxi", 3, "AV"]]);
    expect(classify("AV", t)?.tier).toBe(3);
    expect(classify(header[0], t)).toBeUndefined();
  });

  test("a header places the columns anywhere and may add group and 中文", () => {
    const t = tax([["aliases", "tier", "group", "segment", "中文"], ["AV", 3, "Smart cars", "Robotaxi", "无人出租车"], ["", 2, "AIDC基础设施", "Liquid cooling", ""]]);
    expect(classify("无人出租车", t)).toMatchObject({ tier: 3, group: "Smart cars", name: "Robotaxi", nameZh: "无人出租车" });
    expect(classify("Smart cars", t)).toBeUndefined();
    // a known group, in either language, gets both names
    expect(classify("液冷", t)).toMatchObject({ tier: 2, group: "AIDC infrastructure", groupZh: "AIDC基础设施" });
  });

  test("blank rows (including rows of 0, how Excel may send empty cells) are skipped", () => {
    const t = tax([["Robotaxi", 3], [null, null, null], ["", "", ""], [0, 0, 0], ["Humanoids", 1]]);
    expect(classify("Robotaxi", t)?.tier).toBe(3);
    expect(classify("humanoids", t)?.tier).toBe(1);
  });

  test("groupIndex keeps built-in groups at 0–6 and numbers new groups after them", () => {
    const t = tax([["group", "name", "tier"], ["Smart cars", "Robotaxi", 3], ["", "Space", 3], ["Smart cars", "Lidar", 3]]);
    expect(classify("Robotaxi", t)?.groupIndex).toBe(7);
    expect(classify("Space", t)?.groupIndex).toBe(8); // "Other"
    expect(classify("Lidar", t)?.groupIndex).toBe(7);
    expect(classify("光模块", t)?.groupIndex).toBe(0);
    expect(classify("数字媒体", t)?.groupIndex).toBe(6);
    expect(t.segments.map((m) => m.index)).toEqual(t.segments.map((_, i) => i));
  });

  // Malformed taxonomies: #VALUE! naming the 1-based row of the range.
  test.each<[string, unknown, string]>([
    ["tier 4", [["Robotaxi", 4]], `taxonomy row 1: tier 4 is not 1, 2, 3 or a tier key ${KEYS}`],
    ["tier text", [["name", "tier"], ["A", 1], ["B", "tier two"]], `taxonomy row 3: tier text "tier two" is not 1, 2, 3 or a tier key ${KEYS}`],
    ["tier 1.5", [["A", 1.5]], `taxonomy row 1: tier 1.5 is not 1, 2, 3 or a tier key ${KEYS}`],
    ["tier TRUE", [["A", true]], `taxonomy row 1: tier TRUE is not 1, 2, 3 or a tier key ${KEYS}`],
    ["missing name", [["A", 1], ["", 2]], "taxonomy row 2 has no segment name"],
    ["name of separators only", [["--", 2]], "taxonomy row 1 has no segment name"],
    ["aliases without a name", [["A", 1], [null, null, "x"]], "taxonomy row 2 has no segment name"],
    ["missing tier", [["A", 1], ["Robotaxi", ""]], 'taxonomy row 2: "Robotaxi" has no tier; give 1, 2, 3 or a tier key'],
    ["a boolean name", [[true, 1]], "taxonomy row 1: name is TRUE; give text"],
    ["an error-valued alias", [["A", 1, { type: "Error" }]], "taxonomy row 1: aliases is an error value; give text"],
    ["one column", [["A"], ["B"]], "taxonomy has 1 column; give rows of name, tier and optional aliases"],
    ["a single non-blank cell", "Robotaxi", "taxonomy has 1 column; give rows of name, tier and optional aliases"],
  ])("%s", (_, rows, message) => {
    expect(err(buildTaxonomy(rows))).toEqual({ kind: "value", message });
  });
});

describe("taxonomyTable and TAXONOMY()", () => {
  test("a header row, then one row per built-in segment in table order", () => {
    const t = taxonomyTable();
    expect(t[0]).toEqual(["tier", "group", "segment", "中文", "aliases"]);
    expect(t).toHaveLength(SEGMENTS.length + 1);
    // Row 2 written out from taxonomy.md (plus the pinned additions)
    expect(t[2]).toEqual([1, "Optical & network hardware", "Optical modules", "光模块", "optical module; optical transceivers; optical transceiver; 光通信模块; 光收发模块; CPO; co-packaged optics"]);
    expect(t[SEGMENTS.length]).toEqual([3, "Software & media", "Digital media", "数字媒体", "多模态; multimodal; multi-modal"]);
  });

  test.each<[string, unknown]>([["key", "na-compute"], ["label", "North American compute chain (low-valued segments)"], ["label-zh", "北美算力链低估值环节"]])(
    "format %s puts %j in the tier column of tier-1 rows",
    (format, first) => {
      expect(taxonomyFunction(format)).toEqual(taxonomyTable().map((r, i) => (i === 0 ? r : [r[0] === 1 ? first : expect.anything(), ...r.slice(1)])));
    },
  );

  test("format is any case; an unknown format is #VALUE! listing the choices", () => {
    expect(taxonomyFunction("KEY")).toEqual(taxonomyTable("key"));
    expect(taxonomyFunction(null)).toEqual(taxonomyTable("number"));
    expect(err(taxonomyFunction("group"))).toEqual({
      kind: "value",
      message: 'format must be one of "number", "key", "label", "label-zh", not text "group"',
    });
  });

  test.each(TAXONOMY_FORMATS)("round trip: TAXONOMY(%s) read back as a taxonomy gives every name the same tier and group", (format) => {
    const back = tax(taxonomyTable(format));
    for (const s of SEGMENTS) {
      for (const n of [s.name, s.nameZh, ...s.aliases]) {
        expect(classify(n, back)).toMatchObject({ tier: s.tier, group: s.group, groupZh: s.groupZh, name: s.name, nameZh: s.nameZh });
      }
    }
    expect(back.segments).toHaveLength(SEGMENTS.length); // overrides, nothing added
    expect(taxonomyTable(format, back)).toEqual(taxonomyTable(format));
  });
});

describe("diffusionTier (core)", () => {
  test("a lookup per name agrees with a naive scan of the taxonomy on random mixes of names", () => {
    // Naive reference, written plainly: scan every segment's names, compare
    // lower-cased words with separators squeezed (enough for these inputs).
    const squeeze = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, " ").replace(/&/g, " and ").replace(/\s+/g, " ").trim();
    const naive = (name: string): number | string => {
      for (const s of SEGMENTS) for (const n of [s.name, s.nameZh, ...s.aliases]) if (squeeze(n) === squeeze(name)) return s.tier;
      return "#N/A";
    };
    const names = [...SEGMENTS.flatMap((s) => [s.name, s.nameZh, ...s.aliases]), "equipment", "Robotaxi", "半导体"];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...names), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }), (grid) => {
        const out = diffusionTier(grid) as (number | string | BatonError)[][];
        return out.every((row, i) => row.every((c, j) => (isBatonError(c) ? "#N/A" : c) === naive(grid[i][j])));
      }),
    );
  });
});
