/**
 * Loads the built dist/functions.js the way Excel's JavaScript-only runtime
 * would: a plain JavaScript context (node:vm) whose only Office global is a
 * `CustomFunctions` object. Returns what the bundle registered through
 * `CustomFunctions.associate`. Run `npm run build` first.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { FakeRuntime, makeCustomFunctions } from "./customFunctions";

export const distDir = path.join(__dirname, "..", "..", "dist");

export interface LoadedBundle {
  runtime: FakeRuntime;
  /** Registered functions by id (upper case), e.g. `ROLLING_EXCESS`. */
  fn(id: string): (...args: unknown[]) => unknown;
}

export function loadFunctionsBundle(): LoadedBundle {
  const file = path.join(distDir, "functions.js");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const runtime = makeCustomFunctions();
  const context = vm.createContext({ CustomFunctions: runtime, console });
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: "functions.js" });
  return {
    runtime,
    fn(id) {
      const f = runtime.registered[id.toUpperCase()];
      if (!f) throw new Error(`functions.js did not associate ${id}`);
      return f;
    },
  };
}

/** dist/functions.json, parsed. */
export function readFunctionsJson(): {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string; type?: string }[]; result: { dimensionality?: string } }[];
} {
  return JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8"));
}
