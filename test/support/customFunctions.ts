/**
 * The tests' handle on the `CustomFunctions` stand-in of src/functions/runtime.ts
 * (one definition for the preview, the tests and the bench): install a fresh
 * one, and read returned cells.
 */
import { createStandInRuntime, StandInError, type StandInRuntime } from "../../src/functions/runtime";

export type FakeRuntime = StandInRuntime;
export const makeCustomFunctions = createStandInRuntime;
export const FakeCustomFunctionError = StandInError;

/** Puts a fresh fake runtime on globalThis and returns it. */
export function installCustomFunctions(): FakeRuntime {
  const rt = makeCustomFunctions();
  (globalThis as unknown as { CustomFunctions: FakeRuntime }).CustomFunctions = rt;
  return rt;
}

/** A returned cell as `{code, message}` for an error, or the value itself. */
export function show(cell: unknown): unknown {
  return cell instanceof FakeCustomFunctionError ? { code: cell.code, message: cell.message } : cell;
}

/** True when every cell of a grid is a finite number, a string or an error: never NaN, Infinity, null or undefined. */
export function isCleanGrid(grid: unknown): boolean {
  if (!Array.isArray(grid) || grid.length === 0) return false;
  return grid.every(
    (row) =>
      Array.isArray(row) &&
      row.length > 0 &&
      row.every(
        (c) =>
          (typeof c === "number" && Number.isFinite(c)) ||
          typeof c === "string" ||
          typeof c === "boolean" ||
          c instanceof FakeCustomFunctionError,
      ),
  );
}
