/**
 * The layering rule of eslint.config.mjs, shown on fixtures: a core module
 * that imports the workbook port (the cycle issue 9 removed) fails lint, and
 * the allowed direction passes. Expected results come from the rule's intent
 * (README: core ← functions ← workbook ← taskpane), not from running it first.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

const cases: [string, string, boolean][] = [
  ["src/core/board/fixture.ts", 'import type { TableInfo } from "../../workbook/port";', true],
  ["src/core/fixture.ts", 'import { guard } from "../functions/excel";', true],
  ["src/core/fixture.ts", 'import { App } from "../taskpane/App";', true],
  ["src/core/fixture.ts", 'import { buildTemplates } from "../templates";', true],
  ["src/functions/fixture.ts", 'import { createExcelWorkbook } from "../workbook/excel";', true],
  ["src/functions/fixture.ts", 'import { usePane } from "../taskpane/usePane";', true],
  ["src/workbook/fixture.ts", 'import { usePane } from "../taskpane/usePane";', true],
  // The allowed directions.
  ["src/functions/fixture.ts", 'import { rollingExcess } from "../core/excess";', false],
  ["src/workbook/fixture.ts", 'import type { TableData } from "../core/table";', false],
  ["src/taskpane/fixture.ts", 'import type { WorkbookPort } from "../workbook/port";', false],
  ["src/core/board/fixture.ts", 'import type { TableData } from "../table";', false],
];

/**
 * Lints each fixture as if it were the named file, with the project's own
 * eslint.config.mjs, in a separate Node process (Jest's module sandbox cannot
 * load an ESM config). Returns the no-restricted-imports messages per case.
 */
function lintFixtures(): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, code] of cases) {
        const [r] = await eslint.lintText(code, { filePath: require("path").join(process.cwd(), file) });
        out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const input = cases.map(([file, line]) => [file, `${line}\nexport const used = [${line.match(/\{ (?:type )?(\w+)/)?.[1] ?? "0"}];\n`]);
  const r = spawnSync(process.execPath, ["-e", script, JSON.stringify(input)], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

let results: string[][];
beforeAll(() => {
  results = lintFixtures();
}, 60000);

test.each(cases.map((c, i) => [...c, i] as const))("%s: %s is refused: %s", (_file, _line, refused, i) => {
  const messages = results[i];
  expect(messages.length > 0).toBe(refused);
  if (refused) expect(messages[0]).toMatch(/must not import from src\//);
});
