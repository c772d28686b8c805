/**
 * A small reader of the OOXML a template holds, for the tests and the
 * LibreOffice cross-check: what each cell stores (formula text, `t`, `cm`,
 * array ref) and its cached value, read straight from the sheet XML rather
 * than through a library that might normalise what Excel would see.
 */
import JSZip from "jszip";
import type { CellValue } from "./model";
import { sheetParts } from "./write";

export interface StoredCell {
  readonly address: string;
  /** The `t` attribute (`s`, `str`, `e`, `b`, `n` or absent). */
  readonly type?: string;
  /** The `cm` attribute (cell metadata index). */
  readonly cm?: string;
  /** Formula text as stored (XML-unescaped), without `=`. */
  readonly formula?: string;
  /** Attributes of `<f>`: `t` (`array`, `shared`) and `ref`. */
  readonly formulaType?: string;
  readonly ref?: string;
  /** The cached (or plain) value: number, text, boolean, error, or null when there is no `<v>`. */
  readonly value: CellValue;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : undefined;
}

/** The text of every `<t>` in a fragment, joined (rich-text runs included). */
function texts(fragment: string): string {
  let out = "";
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescape(m[1]);
  return out;
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const f = zip.file("xl/sharedStrings.xml");
  if (!f) return [];
  const xml = await f.async("string");
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
}

/** Every cell of one sheet, by address. */
export async function readSheet(zip: JSZip, sheet: string): Promise<Map<string, StoredCell>> {
  const parts = await sheetParts(zip);
  const path = parts.get(sheet);
  if (!path) throw new Error(`no sheet named ${sheet}; sheets: ${[...parts.keys()].join(", ")}`);
  const xml = await zip.file(path)!.async("string");
  const sst = await sharedStrings(zip);
  const out = new Map<string, StoredCell>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const open = ` ${m[1]}`;
    const body = m[2] ?? "";
    const address = attr(open, "r")!;
    const type = attr(open, "t");
    const cm = attr(open, "cm");
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body);
    let value: CellValue = null;
    if (type === "inlineStr") value = texts(body);
    else if (v) {
      const raw = unescape(v[1]);
      if (type === "s") value = sst[Number(raw)];
      else if (type === "str") value = raw;
      else if (type === "e") value = { error: raw as "#N/A" };
      else if (type === "b") value = raw === "1";
      else value = Number(raw);
    }
    out.set(address, {
      address,
      type,
      cm,
      formula: f && f[2] !== undefined ? unescape(f[2]) : undefined,
      formulaType: f ? attr(` ${f[1]}`, "t") : undefined,
      ref: f ? attr(` ${f[1]}`, "ref") : undefined,
      value,
    });
  }
  return out;
}

/** Opens an .xlsx held in memory. */
export function openXlsx(bytes: Uint8Array | Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}
