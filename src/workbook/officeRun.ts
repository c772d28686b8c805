/**
 * How the Excel adapter talks to Office.js: `Excel.run` with Excel's
 * cell-edit behaviour handled, Office errors turned into WorkbookErrors, and
 * API sets detected with `isSetSupported`. The only module with the
 * cell-edit advice text.
 */
import { WorkbookError } from "./port";

/** Excel's error code while a cell is being edited. */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
/** What the analyst is told when Excel stays in cell-edit mode. */
export const CELL_EDIT_ADVICE = "Excel is editing a cell; finish editing (Enter or Esc) and try again";

/** The `code` of an Office.js error (`OfficeExtension.Error`), if it has one. */
export function errorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e) {
    const c = (e as { code: unknown }).code;
    return typeof c === "string" ? c : undefined;
  }
  return undefined;
}

/** An error's message, whatever was thrown. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether this host supports an API set (`supported("ExcelApi", "1.7")`); false outside Office. */
export function supported(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** Every batch waits for a cell edit to end rather than fail (see createRunner). */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** A batch of Office.js commands. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * `run(batch)`: `Excel.run({ delayForCellEdit: true }, batch)`, so that a
 * batch sent while the analyst is typing in a cell waits until the edit ends
 * instead of failing (Excel.RunOptions, "delay for cell edit"; office-js
 * #625 and #856 show the failure without it). A host too old for the option
 * ignores it and fails with `InvalidOperationInCellEditMode`: such a batch is
 * retried once after `retryDelayMs`, and if the edit is still going on the
 * error is a WorkbookError `busy` (the pane says it is waiting for the cell
 * edit to finish). Other Office errors become `notFound` (ItemNotFound) or
 * `failed` with Excel's message.
 */
export function createRunner(retryDelayMs: number): <T>(batch: Batch<T>) => Promise<T> {
  return async function run<T>(batch: Batch<T>): Promise<T> {
    try {
      try {
        return await Excel.run(RUN_OPTIONS, batch);
      } catch (e) {
        if (errorCode(e) !== CELL_EDIT_MODE) throw e;
        await delay(retryDelayMs);
        return await Excel.run(RUN_OPTIONS, batch);
      }
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      const code = errorCode(e);
      if (code === CELL_EDIT_MODE) throw new WorkbookError("busy", CELL_EDIT_ADVICE);
      throw new WorkbookError(code === "ItemNotFound" ? "notFound" : "failed", errorMessage(e));
    }
  };
}
