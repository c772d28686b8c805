/**
 * Makes the functions bundle safe to load where no custom-functions runtime
 * exists: the browser preview, or Excel builds without the CustomFunctions
 * requirement set. Inside Excel, office.js (shared runtime) or the
 * JavaScript-only runtime defines `CustomFunctions` before this bundle runs,
 * and this module does nothing. Elsewhere it defines a stand-in whose
 * `associate` only records the functions, so that the generated
 * `CustomFunctions.associate(...)` calls do not throw on load.
 *
 * It must be imported first in functions.ts: ES imports run in order.
 */
interface StandInRuntime {
  standIn: true;
  registered: Record<string, unknown>;
  associate(id: string, fn: unknown): void;
  Error: new (code: string, message?: string) => { code: string; message?: string };
  ErrorCode: Record<string, string>;
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") {
  class StandInError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const standIn: StandInRuntime = {
    standIn: true,
    registered: {},
    associate(id, fn) {
      this.registered[id] = fn;
    },
    Error: StandInError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" },
  };
  g.CustomFunctions = standIn;
}

export {};
