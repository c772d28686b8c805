/**
 * DIFFUSION_TIER through its Excel-facing signature (a column of names in, a
 * column of tiers out) against a naive classifier that scans the taxonomy for
 * every name: the taxonomy's names normalised once up front, then for each
 * cell a normalisation and a linear search of the ~220 names. Goal (issue 4):
 * a lookup per name, so time grows with the names, not names × taxonomy.
 *
 * Three inputs: "repeating" (a stock list's industry column: 300 spellings
 * repeated), and "distinct" (every cell a different spelling: random case
 * and spacing of a built-in name, 1 in 20 unknown), which defeats the
 * per-call cache and measures the lookup itself; and distinct names against a 2,000-row taxonomy
 * argument, where a scan per name pays for every row of the taxonomy.
 */
import { rng, Row, time } from "../harness";
import { installBenchRuntime } from "../runtime";
import { diffusionTierFn } from "../../../src/functions/diffusionTier";
import { normaliseName, SEGMENTS } from "../../../src/core/tiers";

export const title = "DIFFUSION_TIER (format number), Excel signature vs naive scan of the taxonomy per name";

const ALL_NAMES = SEGMENTS.flatMap((s) => [s.name, s.nameZh, ...s.aliases]);

/** A spelling of a name with random case and padding, as pasted from different sources. */
function respell(name: string, next: () => number): string {
  let out = "";
  for (const c of name) out += next() < 0.5 ? c.toUpperCase() : c.toLowerCase();
  const pad = " ".repeat(Math.floor(next() * 3));
  return pad + out.replace(/ /g, () => (next() < 0.2 ? "  " : " ")) + pad;
}

function namesColumn(n: number, distinct: boolean, seed: number): string[][] {
  const next = rng(seed);
  const pool = distinct ? [] : Array.from({ length: 300 }, () => respell(ALL_NAMES[Math.floor(next() * ALL_NAMES.length)], next));
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (!distinct) out[i] = [pool[Math.floor(next() * pool.length)]];
    else if (next() < 0.05) out[i] = [`unknown segment ${i}`];
    else out[i] = [respell(ALL_NAMES[Math.floor(next() * ALL_NAMES.length)], next) + (i % 7 === 0 ? ` ` : "")];
  }
  return out;
}

/** The naive classifier: one linear scan of the taxonomy's names (built-in, then `extra` rows) per cell. */
function naiveScan(names: string[][], extra: (string | number)[][] = []): unknown[][] {
  const keys = [
    ...extra.map((r) => [normaliseName(String(r[0])), Number(r[1])] as const),
    ...SEGMENTS.flatMap((s) => [s.name, s.nameZh, ...s.aliases].map((n) => [normaliseName(n), s.tier] as const)),
  ];
  return names.map(([name]) => {
    const key = normaliseName(name);
    for (const [k, tier] of keys) if (k === key) return [tier];
    return [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `unknown segment "${name.trim()}"; add it with the taxonomy argument`)];
  });
}

export function run(): Row[] {
  installBenchRuntime();
  const rows: Row[] = [];
  for (const distinct of [false, true]) {
    for (const n of [10_000, 100_000]) {
      const names = namesColumn(n, distinct, n + (distinct ? 1 : 0));
      const ms = time(() => diffusionTierFn(names), 7);
      const base = time(() => naiveScan(names), n >= 100_000 ? 3 : 5);
      rows.push({
        case: `DIFFUSION_TIER, ${distinct ? "distinct spellings" : "repeating names"}`,
        size: n.toLocaleString("en-US"),
        ms,
        baseline: "naive scan per name",
        baselineMs: base,
        note: `${ALL_NAMES.length} built-in names`,
      });
    }
  }
  // An analyst's own taxonomy of 2,000 rows (say, a company → tier map):
  // the scan grows with it, the lookup does not.
  const extra = Array.from({ length: 2000 }, (_, i) => [`Company ${i}`, 1 + (i % 3)]);
  for (const n of [10_000, 100_000]) {
    const next = rng(n + 7);
    const names = Array.from({ length: n }, (_, i) => [i % 2 ? `COMPANY  ${Math.floor(next() * 2000)}` : respell(ALL_NAMES[Math.floor(next() * ALL_NAMES.length)], next)]);
    const ms = time(() => diffusionTierFn(names, extra), 5);
    const base = time(() => naiveScan(names, extra), n >= 100_000 ? 1 : 3);
    rows.push({
      case: "DIFFUSION_TIER with a 2,000-row taxonomy",
      size: n.toLocaleString("en-US"),
      ms,
      baseline: "naive scan per name",
      baselineMs: base,
      note: "half the names from the taxonomy argument",
    });
  }
  return rows;
}
