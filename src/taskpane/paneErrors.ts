/**
 * A failure as the pane shows it: the port's error code (which the pane
 * puts in the analyst's language) and the English detail. Pure.
 */
import { WorkbookError } from "../workbook/port";

/** A failure's text: the port's code in the pane's words is added by the caller. */
export function errorText(e: unknown): { code?: WorkbookError["code"]; message: string } {
  if (e instanceof WorkbookError) return { code: e.code, message: e.message };
  return { message: e instanceof Error ? e.message : String(e) };
}

