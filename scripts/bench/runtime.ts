import { createStandInRuntime } from "../../src/functions/runtime";

/** The CustomFunctions stand-in of src/functions/runtime.ts, installed for benchmarking the Excel-facing signatures outside Excel. */
export function installBenchRuntime(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = createStandInRuntime();
}
