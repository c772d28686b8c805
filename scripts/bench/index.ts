/**
 * `npm run bench`: runs every section in scripts/bench/sections/ (or only the
 * ones named on the command line: `npm run bench -- crowding`) and prints a
 * Markdown table per section with sizes, times and ratios to baselines.
 * Times are best-of-N wall clock on this machine; they are evidence for the
 * issue notes, never assertions in tests.
 *
 * Each section runs in a Node process of its own: a section that builds
 * million-row grids leaves a heap whose collections would otherwise be paid
 * by the next section's timings (CROWDING_SCORE at 200k rows measured
 * 48 ms alone and 68 ms after ROLLING_EXCESS's section), and Excel calls a
 * function in a runtime that holds none of the bench's other data.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { printTable, Row } from "./harness";

interface Section {
  title: string;
  run(): Row[] | Promise<Row[]>;
}

const SECTION_FLAG = "--section-file";

async function runOne(file: string): Promise<void> {
  const section = (await import(file)) as Section;
  printTable(section.title, await section.run());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = args.indexOf(SECTION_FLAG);
  if (flag >= 0) return runOne(args[flag + 1]);
  const dir = path.join(__dirname, "sections");
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => args.length === 0 || args.some((o) => f.includes(o)))
    .sort();
  console.log(`# Baton bench — node ${process.version}, ${new Date().toISOString()}`);
  for (const f of files) {
    // The same Node, the same loader (tsx), a fresh heap.
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, SECTION_FLAG, path.join(dir, f)], { stdio: "inherit" });
    if (r.status !== 0) throw new Error(`bench section ${f} failed (exit ${r.status ?? r.signal})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
