/**
 * Segment-name normalisation: the one rule by which a name typed in a cell
 * meets a name in the taxonomy.
 */

const HAS_NON_ASCII = /[^\x20-\x7e]/;
/** Invisible characters that come along with pasted text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Runs of whitespace (incl. no-break and ideographic spaces), hyphens, dashes, minus signs and underscores. */
const SEPARATOR_RUN = /[\s\-_\u2010-\u2015\u2212\ufe58\ufe63\uff0d\uff3f]+/g;
const AMPERSAND = /[&\uff06]/g;

/** Full-width ASCII forms to ASCII, for a runtime without `String.prototype.normalize`. */
function foldFullWidth(t: string): string {
  return t.replace(/[\uff01-\uff5e\u3000]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x3000 ? " " : String.fromCharCode(code - 0xfee0);
  });
}

/** CJK radicals, punctuation, kana, unified and compatibility ideographs, Hangul. */
function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** Drops the spaces that touch a CJK character: Chinese is written without them. */
function dropSpacesNextToCjk(t: string): string {
  const parts = t.split(" ");
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    out += isCjk(out.charCodeAt(out.length - 1)) || isCjk(p.charCodeAt(0)) ? p : ` ${p}`;
  }
  return out;
}

/**
 * The key a segment name is matched by. Two names match when their keys are
 * equal. The rules, in order:
 *
 * 1. Unicode NFKC: full-width letters, digits and punctuation become ASCII
 *    (`ＰＣＢ` → `PCB`, `；` → `;`), Roman numerals become letters
 *    (`游戏Ⅱ` → `游戏II`), no-break and ideographic spaces become spaces.
 * 2. Lower case (`pcb`); invisible characters (zero-width space, BOM) dropped.
 * 3. `&` reads as ` and ` (`packaging & testing` = `packaging and testing`).
 * 4. Every run of spaces, hyphens, dashes and underscores is one space, and
 *    surrounding ones go (`  liquid--cooling_ ` → `liquid cooling`). A hyphen
 *    is a word break, not nothing: `high-speed` = `high speed` ≠ `highspeed`.
 * 5. A space next to a Chinese character goes: `国产 CPU` = `国产CPU`.
 *
 * Names are otherwise kept as they are: no stemming (plurals are explicit
 * aliases), no other punctuation removed (`packaging/testing` keeps its `/`).
 *
 * Cost: O(length of s); ASCII-only names skip the NFKC pass.
 *
 * @param s a name as typed; any string (an empty or blank one gives `""`)
 * @returns the matching key, possibly `""`
 * @example normaliseName("  Ｌiquid-Cooling ") // => "liquid cooling"
 * @example normaliseName("IT 服务 Ⅱ") // => "it服务ii"
 */
export function normaliseName(s: string): string {
  let t = s;
  if (HAS_NON_ASCII.test(t)) {
    t = typeof t.normalize === "function" ? t.normalize("NFKC") : foldFullWidth(t);
    t = t.replace(INVISIBLE, "");
  }
  t = t.toLowerCase();
  if (t.indexOf("&") >= 0 || t.indexOf("\uff06") >= 0) t = t.replace(AMPERSAND, " and ");
  t = t.replace(SEPARATOR_RUN, " ").trim();
  if (t.indexOf(" ") >= 0 && HAS_NON_ASCII.test(t)) t = dropSpacesNextToCjk(t);
  return t;
}

/** What splits the aliases in one cell: `;`, `；`, `,`, `，`, `、` or a line break. */
export const ALIAS_SPLIT = /[;；,，、\r\n]+/;

/**
 * Splits an aliases cell into its names, trimmed, empty parts dropped. The
 * names keep their spelling (they are normalised when indexed).
 * Cost: O(length of text).
 * @example splitAliases("fabs; 晶圆厂，foundry、") // => ["fabs", "晶圆厂", "foundry"]
 */
export function splitAliases(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(ALIAS_SPLIT)) {
    const p = part.trim();
    if (p) out.push(p);
  }
  return out;
}

/**
 * Index decorations data vendors put around a segment name, matched on the
 * normalised key ({@link normaliseName}: lower case, NFKC, so `（）` are
 * `()` and `Ⅱ` is `ii`).
 *
 * - a security code at either end, bare (`884xxx.wi`, `801xxx.si`,
 *   `000300.sh`: six digits and a market suffix) or in brackets;
 * - an `指数` / `index` suffix, and the concept-board words `概念` / `板块`
 *   (Wind and 同花顺 concept indices: `液冷服务器概念`);
 * - a vendor or index-family prefix: 万得, Wind, 申万, SW, 中信, CITIC, 中证,
 *   CSI, 国证, CNI, 同花顺, THS, 东财, Choice, iFinD. A Latin prefix only counts
 *   as a word of its own (`SW 游戏`, `SW游戏`, never the `sw` of `switches`);
 * - a qualifier in brackets of either width: `()`, `[]`, `【】`, `〔〕`.
 */
const CODE_AT_END = /\s*[([【〔]?\s*\d{6}\.[a-z]{2,4}\s*[)\]】〕]?$/;
const CODE_AT_START = /^[([【〔]?\s*\d{6}\.[a-z]{2,4}\s*[)\]】〕]?\s*/;
const SUFFIX = /\s*(?:指数|概念指数|概念|板块指数|板块|index)$/;
const PREFIX = /^(?:万得|申万|中信|中证|国证|同花顺|东财|(?:wind|sw|citic|csi|cni|ths|choice|ifind)(?=[\s\u2e80-\u9fff]))\s*/;
const BRACKETED = /[([【〔]([^()[\]【】〔〕]*)[)\]】〕]/g;

/** Strips codes, suffixes and prefixes (not brackets) until nothing changes. */
function stripOuter(key: string): string {
  let t = key;
  for (let guard = 0; guard < 8; guard++) {
    const next = t.replace(CODE_AT_END, "").replace(CODE_AT_START, "").replace(SUFFIX, "").replace(PREFIX, "").trim();
    if (next === t) break;
    t = next;
  }
  return t;
}

/**
 * The names a vendor's index header may mean, once its decorations are
 * looked through, most telling first: the name without prefix, suffix, code
 * and bracketed qualifiers (`光模块(CPO)指数` → `光模块`), then each bracketed
 * qualifier on its own (`cpo`), which may decide when the rest is unknown.
 * Keys already normalised; the input key itself is not repeated; empty when
 * there is nothing to look through.
 *
 * Looking through decorations never invents a match: a candidate only counts
 * when it is itself a name of the taxonomy, and the built-in taxonomy holds no
 * generic word (its load-time check), so `中信电子指数` stays unknown.
 *
 * Cost: O(length of the key).
 *
 * @param key a normalised name ({@link normaliseName})
 * @returns the candidate keys, without duplicates
 * @example decorationCandidates(normaliseName("光模块（CPO）指数")) // => ["光模块", "cpo"]
 * @example decorationCandidates(normaliseName("万得液冷服务器指数 884201.WI")) // => ["液冷服务器"]
 * @example decorationCandidates("optical modules") // => []
 */
export function decorationCandidates(key: string): string[] {
  const out: string[] = [];
  const add = (k: string): void => {
    const n = normaliseName(k);
    if (n && n !== key && !out.includes(n)) out.push(n);
  };
  const outer = stripOuter(key);
  const qualifiers: string[] = [];
  const base = outer.replace(BRACKETED, (_, q: string) => {
    qualifiers.push(q);
    return " ";
  });
  add(stripOuter(normaliseName(base)));
  for (const q of qualifiers) add(stripOuter(normaliseName(q)));
  return out;
}
