/**
 * Reading the tables the pane shows through the port. Pure apart from the
 * port calls it makes.
 */
import type { TableData, WorkbookPort } from "../workbook/port";
import { errorText } from "./paneErrors";

/** Reads each named table; a table that fails to read is reported, the others still load. */
export async function readAll(port: WorkbookPort, names: readonly string[]): Promise<{ data: Map<string, TableData>; error?: string }> {
  const data = new Map<string, TableData>();
  let error: string | undefined;
  await Promise.all(
    names.map(async (n) => {
      try {
        data.set(n, await port.readTable(n));
      } catch (e) {
        error = `${n}: ${errorText(e).message}`;
      }
    }),
  );
  return { data, error };
}

