/**
 * `npm run bench`: runs every section in scripts/bench/sections/ (or only the
 * ones named on the command line: `npm run bench -- crowding`) and prints a
 * Markdown table per section with sizes, times and ratios to baselines.
 * Times are best-of-3 wall clock on this machine; they are evidence for the
 * issue notes, never assertions in tests.
 */
import fs from "node:fs";
import path from "node:path";
import { printTable, Row } from "./harness";

interface Section {
  title: string;
  run(): Row[] | Promise<Row[]>;
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "sections");
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(`# Baton bench — node ${process.version}, ${new Date().toISOString()}`);
  for (const f of files) {
    const section = (await import(path.join(dir, f))) as Section;
    printTable(section.title, await section.run());
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
