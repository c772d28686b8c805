import fc from "fast-check";
import { normaliseName, splitAliases } from "../../../src/core/tiers";

// Expected keys are written out by hand from the rules in docs/functions.md
// ("ignoring case, surrounding and repeated spaces, hyphens, underscores and
// full-width forms") and the extra rules pinned in normalise.ts.
describe("normaliseName, rule by rule", () => {
  test.each([
    ["case", "Optical MODULES", "optical modules"],
    ["surrounding spaces", "  PCB \t", "pcb"],
    ["repeated spaces", "data    centers", "data centers"],
    ["hyphen as a word break", "high-speed", "high speed"],
    ["repeated hyphens", "liquid--cooling", "liquid cooling"],
    ["underscore", "computing_power_leasing", "computing power leasing"],
    ["mixed separators", " _IT- -services_ ", "it services"],
    ["en and em dashes, minus sign", "high–speed—copper−cables", "high speed copper cables"],
    ["full-width letters", "ＰＣＢ", "pcb"],
    ["full-width digits and hyphen", "ＡＩ－ＣＨＩＰＳ", "ai chips"],
    ["ideographic (full-width) space", "data\u3000centers", "data centers"],
    ["no-break space from pasted web text", "data\u00a0centers", "data centers"],
    ["zero-width space and BOM", "\ufeffPC\u200bB", "pcb"],
    ["Roman numeral Ⅱ (SW level suffix)", "游戏Ⅱ", "游戏ii"],
    ["ampersand reads as and", "packaging&testing", "packaging and testing"],
    ["full-width ampersand", "packaging ＆ testing", "packaging and testing"],
    ["spaces next to Chinese go", "国产 CPU", "国产cpu"],
    ["spaces between Chinese go", "光 模 块", "光模块"],
    ["spaces between Latin words stay", "IT 服务 Ⅱ", "it服务ii"],
    ["other punctuation stays", "packaging/testing", "packaging/testing"],
    ["a blank name is empty", "   ", ""],
    ["separators only are empty", " -_- ", ""],
  ])("%s: %j → %j", (_, input, key) => {
    expect(normaliseName(input)).toBe(key);
  });

  test("a hyphen is a word break, not nothing: highspeed ≠ high-speed", () => {
    expect(normaliseName("highspeed")).not.toBe(normaliseName("high-speed"));
  });

  test("without String.prototype.normalize, full-width ASCII is still folded", () => {
    const original = String.prototype.normalize;
    try {
      // Simulate an old runtime.
      (String.prototype as { normalize?: unknown }).normalize = undefined;
      expect(normaliseName("ＰＣＢ\u3000ｂｏａｒｄ")).toBe("pcb board");
    } finally {
      String.prototype.normalize = original;
    }
  });

  // Properties: each generated variation of a name must give the same key.
  const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
  const sep = fc.constantFrom(" ", "  ", "-", "_", " - ", "\u3000", "\u00a0", "——");
  test("property: idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normaliseName(normaliseName(s)) === normaliseName(s)));
  });
  test("property: words joined by any separators, in any case, padded, give the words joined by one space", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(sep, { minLength: 4, maxLength: 4 }), fc.boolean(), (ws, seps, upper) => {
        let typed = ws.map((w, i) => (i === 0 ? w : seps[i - 1] + w)).join("");
        typed = ` ${seps[3]}${upper ? typed.toUpperCase() : typed}${seps[0]} `;
        return normaliseName(typed) === ws.join(" ");
      }),
    );
  });
  test("property: full-width ASCII gives the same key as ASCII", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~ ]{0,12}$/), (s) => {
        const wide = s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
        return normaliseName(wide) === normaliseName(s);
      }),
    );
  });
});

describe("splitAliases", () => {
  test.each([
    ["fabs; foundry", ["fabs", "foundry"]],
    ["fabs；foundry", ["fabs", "foundry"]],
    ["fabs, foundry", ["fabs", "foundry"]],
    ["晶圆厂，晶圆代工", ["晶圆厂", "晶圆代工"]],
    ["晶圆厂、晶圆代工", ["晶圆厂", "晶圆代工"]],
    ["fabs\nfoundry", ["fabs", "foundry"]],
    [" fabs ;; ; foundry ; ", ["fabs", "foundry"]],
    ["", []],
    ["packaging/testing", ["packaging/testing"]],
  ])("%j → %j", (text, names) => {
    expect(splitAliases(text)).toEqual(names);
  });
});
