#!/usr/bin/env node
/**
 * Prints the gzipped size of the task pane's JavaScript in dist/ (run by
 * `npm run build` after webpack): taskpane.js and the vendor chunks the page
 * loads, then the chunks it loads on demand (the tabs' charts), per file and in
 * total, and warns when the TOTAL (page + on demand) is above the 250 KB budget
 * (issues 5 and 12: the pane's whole JavaScript, whichever tab is opened).
 * functions.js is reported apart: the shared runtime loads it too, but it is
 * the custom functions' bundle, not the pane's.
 *
 * Usage: node scripts/bundle-size.js [--budget 250]
 * Exit code is 0 even over budget (a warning, not a gate); 1 when dist/ is missing.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = process.env.BATON_DIST ? path.resolve(process.env.BATON_DIST) : path.join(__dirname, "..", "dist");
const KB = 1024;

/** Scripts the pane's page loads, in order, from dist/taskpane.html (office.js excluded: it is Microsoft's). */
function pageScripts(html) {
  const out = [];
  const re = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi;
  let m;
  while ((m = re.exec(html))) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^https?:|office\.js$/i.test(src)) continue;
    out.push(src.replace(/^\.?\//, "").split("?")[0]);
  }
  return out;
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function main() {
  const args = process.argv.slice(2);
  const b = args.indexOf("--budget");
  const budgetKb = b >= 0 ? Number(args[b + 1]) : 250;
  const htmlFile = path.join(dist, "taskpane.html");
  if (!fs.existsSync(htmlFile)) {
    console.error("bundle-size: dist/taskpane.html is missing; run webpack first");
    process.exit(1);
  }
  const loaded = pageScripts(fs.readFileSync(htmlFile, "utf8"));
  const pane = loaded.filter((f) => f !== "functions.js");
  // Chunks loaded on demand (import()) are the pane's too; list them after the page's own.
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && f !== "functions.js" && !pane.includes(f))
    .sort();
  const rows = [...pane.map((f) => ({ f, when: "page" })), ...lazy.map((f) => ({ f, when: "on demand" }))].map(({ f, when }) => {
    const file = path.join(dist, f);
    return { f, when, raw: fs.statSync(file).size, gz: gzipSize(file) };
  });
  const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log("\nTask pane JavaScript (gzip -9):");
  console.log(`  ${"file".padEnd(34)} ${"min".padStart(10)} ${"gzip".padStart(10)}  loaded`);
  for (const r of rows) console.log(`  ${r.f.padEnd(34)} ${fmt(r.raw).padStart(10)} ${fmt(r.gz).padStart(10)}  ${r.when}`);
  const total = rows.reduce((s, r) => s + r.gz, 0);
  const atStart = rows.filter((r) => r.when === "page").reduce((s, r) => s + r.gz, 0);
  console.log(`  ${"total".padEnd(34)} ${fmt(rows.reduce((s, r) => s + r.raw, 0)).padStart(10)} ${fmt(total).padStart(10)}`);
  if (atStart !== total) console.log(`  ${"loaded with the page".padEnd(34)} ${"".padStart(10)} ${fmt(atStart).padStart(10)}`);
  if (fs.existsSync(path.join(dist, "functions.js"))) {
    console.log(`  (functions.js, the custom functions, also on the page: ${fmt(gzipSize(path.join(dist, "functions.js")))} gzip)`);
  }
  // The budget is the pane's whole JavaScript, page and on-demand chunks together (issue 12): the figure judged is the total.
  const later = total - atStart;
  const parts = `${fmt(atStart)} with the page + ${fmt(later)} on demand`;
  if (total > budgetKb * KB) {
    console.log(`WARNING: the pane's JavaScript is ${fmt(total)} gzipped in all (${parts}), above the ${budgetKb} KB budget (judged: the total).`);
  } else {
    console.log(`Within the ${budgetKb} KB budget (judged: the total, page + on demand): ${fmt(total)} in all (${parts}).`);
  }
}

main();
