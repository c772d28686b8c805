/**
 * Makes the functions bundle safe to load where no custom-functions runtime
 * exists: the browser preview, or Excel builds without the CustomFunctions
 * requirement set. Inside Excel, office.js (shared runtime) or the
 * JavaScript-only runtime defines `CustomFunctions` before this bundle runs,
 * and this module does nothing. Elsewhere it defines a stand-in whose
 * `associate` only records the functions, so that the generated
 * `CustomFunctions.associate(...)` calls do not throw on load.
 *
 * The same stand-in serves the tests and the bench (one definition, shaped
 * after @types/custom-functions-runtime). It must be imported first in
 * functions.ts: ES imports run in order.
 */

/** The error codes of `CustomFunctions.ErrorCode`, as Excel shows them. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** `CustomFunctions.Error` of the stand-in: a code and an optional message. */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** A `CustomFunctions` object that records what the bundle associates. */
export interface StandInRuntime {
  readonly standIn: true;
  /** Associated functions by id, upper case (`ROLLING_EXCESS`). */
  readonly registered: Record<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  readonly Error: typeof StandInError;
  readonly ErrorCode: typeof ERROR_CODES;
}

/** A fresh stand-in runtime. */
export function createStandInRuntime(): StandInRuntime {
  const registered: Record<string, (...args: unknown[]) => unknown> = {};
  return {
    standIn: true,
    registered,
    associate(id, fn) {
      registered[id.toUpperCase()] = fn;
    },
    Error: StandInError,
    ErrorCode: ERROR_CODES,
  };
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = createStandInRuntime();
