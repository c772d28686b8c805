/**
 * The formulas a template file holds, read from the .xlsx itself, so that
 * the Excel adapter can check them after `insertWorksheetsFromBase64`.
 *
 * Why: Excel on the web rewrites a formula's reference to a table on another
 * inserted sheet into a link to an external workbook (a URL on the analyst's
 * OneDrive) and shows a "trust workbook links" prompt (office-js #5911; the
 * same family of bug in #2809). Desktop Excel keeps the formula as it is. The
 * template's own text is the truth to restore, so it is read from the file
 * (the catalogue ships exactly these files), not kept in a second copy.
 *
 * An .xlsx is a zip: the central directory lists the parts; sheet parts are
 * stored or deflated (`DecompressionStream("deflate-raw")`, in every browser
 * Office uses and in Node 20). `xl/workbook.xml` and its relationships map
 * sheet names to parts; each `<c r="B2"><f>…</f>` is a formula, stored
 * without "=" and with custom functions as `_xldudf_BATON_NAME(`.
 * Followers of a shared formula (`<f t="shared" si="0"/>`, no text) are not
 * listed: the templates write none.
 */
import { displayFormula } from "../templates/formulas";

/** A formula of a template sheet, as Excel's `Range.formulas` shows it ("=BATON.ROLLING_EXCESS(Prices[Sector],…)"). */
export interface TemplateFormula {
  readonly sheet: string;
  /** A1 address without "$" and sheet. */
  readonly address: string;
  readonly formula: string;
}

function bytesOf(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The parts of a zip by name (only those `wanted` says yes to), decompressed. Throws on a malformed zip. */
async function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new RangeError("not a zip file");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, string>();
  const text = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new RangeError("bad zip directory");
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = text.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (!wanted(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    if (method === 0) out.set(name, text.decode(raw));
    else if (method === 8) out.set(name, text.decode(await inflateRaw(raw)));
  }
  return out;
}

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, e: string, d?: string, h?: string) =>
    d ? String.fromCodePoint(+d) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[e],
  );

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

/**
 * Every formula of a template file, by sheet name and address, in display
 * form with "=". Cost: one pass over the file's sheet parts. Throws on a file
 * that is not an .xlsx (callers then skip the check).
 */
export async function templateFormulas(base64: string): Promise<TemplateFormula[]> {
  const parts = await unzip(bytesOf(base64), (n) => n === "xl/workbook.xml" || n === "xl/_rels/workbook.xml.rels" || /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  const workbook = parts.get("xl/workbook.xml");
  const rels = parts.get("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new RangeError("not an .xlsx workbook");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out: TemplateFormula[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const sheet = attr(m[0], "name");
    const part = targets.get(attr(m[0], "r:id") ?? "");
    const xml = part && parts.get(part);
    if (!sheet || !xml) continue;
    // A cell is `<c …/>` (empty: skipped) or `<c …>…</c>`; the attribute part never holds ">".
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (c[2] === undefined) continue;
      const address = attr(c[1], "r");
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(c[2]);
      if (address && f && f[1] !== "") out.push({ sheet, address, formula: `=${displayFormula(unescapeXml(f[1]))}` });
    }
  }
  return out;
}

/**
 * True when a formula refers to another workbook: a URL, a file name in
 * brackets (`[Book1.xlsx]`) or an external-link index (`[1]`) before a "!",
 * outside string literals. That is what Excel on the web leaves of a table
 * reference it mangled (office-js #5911). O(length).
 *
 * @example isWorkbookLink("='https://d.docs.live.net/1/[t.xlsx]Prices'!Prices[Sector]") // → true
 * @example isWorkbookLink("=BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])")  // → false
 */
export function isWorkbookLink(formula: string): boolean {
  const code = formula.split('"').filter((_, i) => i % 2 === 0).join('"');
  return /https?:\/\/|\[[^\]]*\.xl[a-z]*\]|\[\d+\][^!]*!/i.test(code);
}

/** Quotes a sheet name for a formula when Excel would: `Prices` stays, `Prices (2)` → `'Prices (2)'`. */
function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A template formula with the insert's renames applied: tables `from[` →
 * `to[` and sheet references `Prices!`/`'Prices'!` → the sheet's final name,
 * outside string literals. Names compare ignoring case, as Excel's do. O(length · renames).
 *
 * @example retarget("=Prices[Sector]+Prices!A1", [["Prices", "Prices (2)"]], [{ from: "Prices", to: "Prices2" }])
 * // → "=Prices2[Sector]+'Prices (2)'!A1"
 */
export function retarget(
  formula: string,
  sheets: readonly (readonly [string, string])[],
  tables: readonly { readonly from: string; readonly to: string }[],
): string {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return formula
    .split('"')
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let code = part;
      for (const t of tables) code = code.replace(new RegExp(`(?<![\\p{L}\\p{N}_.\\\\])${esc(t.from)}\\[`, "giu"), `${t.to}[`);
      for (const [from, to] of sheets) {
        if (from === to) continue;
        code = code.replace(new RegExp(`(?<![\\p{L}\\p{N}_.'])(?:'${esc(from.replace(/'/g, "''"))}'|${esc(from)})!`, "giu"), `${sheetRef(to)}!`);
      }
      return code;
    })
    .join('"');
}
