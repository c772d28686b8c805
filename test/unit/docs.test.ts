/**
 * docs/functions.md, the contract, kept in step with the code: every custom
 * function declared in src/functions has its section, and every word an
 * argument accepts (methods, outputs, formats) is in the contract. The lists
 * come from the code's own choice tables and JSDoc tags; the contract is the
 * text checked against them.
 */
import fs from "node:fs";
import path from "node:path";
import { EXCESS_METHODS } from "../../src/core/excess";
import { CROWDING_OUTPUTS } from "../../src/core/crowding";
import { TAXONOMY_FORMATS, TIER_FORMATS } from "../../src/core/tiers/table";
import { QUADRANTS, ROTATION_OUTPUTS } from "../../src/core/rotation";
import { SEASONALITY_HEADER, SEASONALITY_OUTPUTS } from "../../src/core/seasonality";

const root = path.resolve(__dirname, "../..");
const contract = fs.readFileSync(path.join(root, "docs", "functions.md"), "utf8");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

/** The ids of every `@customfunction` tag in src/functions. */
function declaredFunctions(): string[] {
  const dir = path.join(root, "src", "functions");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/@customfunction\s+([A-Z_]+)/g)].map((m) => m[1]));
}

test("every declared function has a section in the contract", () => {
  const ids = declaredFunctions();
  expect(ids).toEqual(expect.arrayContaining(["ROLLING_EXCESS", "CROWDING_SCORE", "DIFFUSION_TIER", "TAXONOMY"]));
  for (const id of ids) expect(contract).toMatch(new RegExp(`^## \\d+\\. ${id}$`, "m"));
});

test.each([
  ["ROLLING_EXCESS methods", EXCESS_METHODS],
  ["CROWDING_SCORE outputs", CROWDING_OUTPUTS],
  ["DIFFUSION_TIER formats", TIER_FORMATS],
  ["TAXONOMY formats", TAXONOMY_FORMATS],
  ["ROTATION outputs", ROTATION_OUTPUTS],
  ["SEASONALITY outputs", SEASONALITY_OUTPUTS],
])("the contract names every choice: %s", (_what, choices) => {
  for (const c of choices) expect(contract).toContain(`"${c}"`);
});

test("the contract names every quadrant word ROTATION writes", () => {
  for (const q of QUADRANTS) expect(contract).toContain(`\`${q}\``);
});

test("the contract names SEASONALITY's table header as the function writes it", () => {
  expect(contract).toContain(SEASONALITY_HEADER.join(", "));
});

test("the README points at the contract", () => {
  expect(readme).toContain("docs/functions.md");
});
