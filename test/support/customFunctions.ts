/**
 * A stand-in for Excel's `CustomFunctions` runtime global, enough for the
 * function adapters: `Error` with `code` and `message`, `ErrorCode`, and an
 * `associate` that records registrations. Shapes follow
 * @types/custom-functions-runtime. Install with `installCustomFunctions()`.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class FakeCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface FakeRuntime {
  Error: typeof FakeCustomFunctionError;
  ErrorCode: typeof ErrorCode;
  associated: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

export function makeCustomFunctions(): FakeRuntime {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: FakeCustomFunctionError,
    ErrorCode,
    associated,
    associate(id, fn) {
      associated.set(id.toUpperCase(), fn);
    },
  };
}

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
