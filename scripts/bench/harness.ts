/**
 * Tiny benchmark harness for `npm run bench`: best-of-N wall time with a
 * warm-up, and a table printer. Sections live in scripts/bench/sections/,
 * one file each, exporting `title` and `run(): Promise<Row[]> | Row[]`.
 */
import { performance } from "node:perf_hooks";
import { mulberry32 } from "../../src/sample/random";

/** A seeded generator, so every bench run sees the same data (the sample's mulberry32). */
export const rng = mulberry32;

export interface Row {
  case: string;
  size: string;
  ms: number;
  baseline?: string;
  baselineMs?: number;
  note?: string;
}

/** Best-of-`reps` time in milliseconds after one warm-up run. */
export function time(fn: () => unknown, reps = 3): number {
  fn();
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** A random-walk price column as Excel hands it over: n rows of one cell. */
export function priceGrid(n: number, seed: number, k = 1): number[][] {
  const next = rng(seed);
  const out: number[][] = new Array(n);
  const p = new Array(k).fill(100);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) p[j] *= 1 + (next() - 0.5) * 0.04;
    out[i] = p.slice();
  }
  return out;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n## ${title}\n`);
  console.log("| case | size | ms | baseline | baseline ms | ratio | note |");
  console.log("| --- | ---: | ---: | --- | ---: | ---: | --- |");
  for (const r of rows) {
    const ratio = r.baselineMs ? (r.ms / r.baselineMs).toFixed(2) + "×" : "";
    console.log(
      `| ${r.case} | ${r.size} | ${fmt(r.ms)} | ${r.baseline ?? ""} | ${r.baselineMs !== undefined ? fmt(r.baselineMs) : ""} | ${ratio} | ${r.note ?? ""} |`,
    );
  }
}
