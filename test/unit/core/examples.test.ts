/**
 * Docs that cannot drift: every `@example` in the core's TSDoc is run and its
 * stated result compared. An example reads
 *
 *     @example zoneOf(80) // => "Crowded"
 *
 * or several lines of statements ending in an expression, with the result
 * after `// =>` (continued on following `//` lines). Results are JavaScript
 * literals; `Float64Array [1, 2]` reads as an array; `#VALUE! "message"` and
 * `#N/A "message"` stand for a BatonError; a trailing `(note)` is a remark. A
 * number written with fewer digits than the result has is compared at the
 * digits shown (0.0997 accepts 0.09971…).
 *
 * The expected values are the authors' statements in the docs, not the code's
 * output: this test is what holds the two together.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the examples run against every core module, loaded by path */
import fs from "node:fs";
import path from "node:path";
import { BatonError } from "../../../src/core/errors";

const coreDir = path.resolve(__dirname, "../../../src/core");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly expected: string;
}

/** The `@example`s of a file: code before `// =>`, the stated result after it. */
function examplesOf(file: string): Example[] {
  const text = fs.readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const startLine = text.slice(0, m.index).split("\n").length;
    const lines = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("@example")) continue;
      const body: string[] = [lines[i].slice("@example".length)];
      for (let j = i + 1; j < lines.length && !lines[j].startsWith("@"); j++) body.push(lines[j]);
      const joined = body.join("\n");
      const at = joined.indexOf("// =>");
      if (at < 0) throw new Error(`${path.relative(coreDir, file)}:${startLine + i}: @example without "// =>"`);
      const after = joined.slice(at + 5).split("\n");
      const expected = [after[0], ...after.slice(1).filter((l) => l.trim().startsWith("//")).map((l) => l.trim().replace(/^\/\/\s?/, ""))]
        .join(" ")
        .trim();
      const code = joined
        .slice(0, at)
        .split("\n")
        .filter((l) => !l.trim().startsWith("//"))
        .join("\n")
        .trim();
      out.push({ file: path.relative(coreDir, file), line: startLine + i, code, expected });
    }
  }
  return out;
}

/** TypeScript-only syntax the examples use, removed: `(x as T)`, `x!`. */
function toJs(code: string): string {
  return code.replace(/ as [A-Za-z_][\w<>[\]|]*/g, "").replace(/([)\]\w])!(?=[.,)\s\]]|$)/g, "$1");
}

/** Every export of every core module, by name (a file's own exports win). */
const scope: Record<string, unknown> = {};
const files = sourceFiles(coreDir);
for (const f of files) Object.assign(scope, require(f));

type Expected = { error: BatonError["kind"]; message: string } | { value: unknown };

function parseExpected(text: string): Expected {
  const err = /^#(VALUE!|N\/A)\s+"(.*)"$/.exec(text);
  if (err) return { error: err[1] === "N/A" ? "na" : "value", message: err[2] };
  const literal = text.replace(/Float64Array \[/g, "[").replace(/Int32Array \[/g, "[");
  for (const candidate of [literal, literal.replace(/\s*\([^()]*\)$/, "")]) {
    try {
      return { value: new Function(`return (${candidate});`)() };
    } catch {
      /* try the next reading */
    }
  }
  throw new Error(`cannot read the stated result: ${text}`);
}

/** Typed arrays as arrays, errors as { kind, message }: the forms the docs write. */
function plain(x: unknown): unknown {
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return Array.from(x as unknown as ArrayLike<number>);
  if (x instanceof BatonError) return { kind: x.kind, message: x.message };
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  }
  return x;
}

/** Equal, comparing each number at the digits the docs show. */
function sameAsShown(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    if (Object.is(actual, expected) || actual === expected) return true;
    if (Number.isNaN(expected) || !Number.isFinite(actual)) return false;
    const digits = String(Math.abs(expected)).replace(/^0\.0*|\.|e.*$/g, "").length;
    return Number(actual.toPrecision(Math.min(Math.max(digits, 1), 17))) === expected;
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => sameAsShown(actual[i], e));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = Object.keys(e);
    return keys.length === Object.keys(a).length && keys.every((k) => sameAsShown(a[k], e[k]));
  }
  return Object.is(actual, expected);
}

function run(ex: Example, own: Record<string, unknown>): unknown {
  const names = { ...scope, ...own };
  const code = toJs(ex.code);
  const lines = code.split("\n");
  const last = lines.pop() as string;
  const attempts = [`${lines.join("\n")}\nreturn (${last});`, `return (${code});`];
  for (const body of attempts) {
    let fn: (...a: unknown[]) => unknown;
    try {
      fn = new Function(...Object.keys(names), body) as (...a: unknown[]) => unknown;
    } catch {
      continue;
    }
    return fn(...Object.values(names));
  }
  throw new Error(`cannot run the example: ${ex.code}`);
}

const all = files.flatMap(examplesOf);

test("the core has examples to check", () => {
  expect(all.length).toBeGreaterThan(60);
});

test.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))("%s", (_where, ex) => {
  const own = require(path.join(coreDir, ex.file)) as Record<string, unknown>;
  const expected = parseExpected(ex.expected);
  const actual = run(ex, own);
  if ("error" in expected) {
    expect(actual).toBeInstanceOf(BatonError);
    expect(plain(actual)).toEqual({ kind: expected.error, message: expected.message });
  } else if (!sameAsShown(plain(actual), plain(expected.value))) {
    // Show both in full when they differ.
    expect(plain(actual)).toEqual(plain(expected.value));
  }
});
