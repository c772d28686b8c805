/**
 * README.md and README.zh-CN.md stay in step: every BATON function, npm
 * script and template file named in one is named in the other, and each
 * links to the other at the top. The lists are read from both texts and from
 * package.json's scripts (every script the English README names must exist).
 */
import fs from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const en = fs.readFileSync(path.join(root, "README.md"), "utf8");
const zh = fs.readFileSync(path.join(root, "README.zh-CN.md"), "utf8");
const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);

const names = (text: string, re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1]))].sort();
const functions = (t: string) => names(t, /\bBATON\.([A-Z_]+)\b/g);
const npmScripts = (t: string) => names(t, /\bnpm ((?:run )?[a-z][a-z:-]*)/g);
const templates = (t: string) => names(t, /\b([a-z0-9-]+\.xlsx)\b/g);

test("each README links to the other at the top", () => {
  expect(en.split("\n").slice(0, 5).join("\n")).toContain("](README.zh-CN.md)");
  expect(zh.split("\n").slice(0, 5).join("\n")).toContain("](README.md)");
});

test.each([
  ["BATON functions", functions],
  ["npm commands", npmScripts],
  ["template files", templates],
])("the same %s in both", (_what, pick) => {
  expect(pick(en).length).toBeGreaterThan(0);
  expect(pick(zh)).toEqual(pick(en));
});

test("the functions named are those the contract declares, and every npm run script named exists", () => {
  expect(functions(en)).toEqual(expect.arrayContaining(["CROWDING_SCORE", "DIFFUSION_TIER", "ROLLING_EXCESS", "TAXONOMY"]));
  for (const s of names(en, /\bnpm run ([a-z:-]+)/g)) expect(scripts).toContain(s);
});
