/** A minimal CustomFunctions global for benchmarking the Excel-facing signatures outside Excel. */
export function installBenchRuntime(): void {
  class BenchError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: BenchError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: () => undefined,
  };
}
