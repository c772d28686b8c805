/**
 * Reading the tables the pane shows through the port, and what the pane
 * keeps when a re-read fails (office-js #625/#856: Excel refuses the API while
 * a cell is being edited). A table that fails to read keeps its last good
 * data, so the board never drops it; a failure because Excel is in cell-edit
 * mode (`busy`) is not an error but "waiting for the cell edit to finish";
 * the next good read clears both.
 */
import type { TableData, WorkbookPort } from "../workbook/port";
import { errorText } from "./paneErrors";

/** One table's read: its data, or why it failed. */
export type ReadResult = { readonly ok: true; readonly table: TableData } | { readonly ok: false; readonly error: unknown };

/** What the pane shows after a round of reads. */
export interface MergedReads {
  /** Each wanted table: the new data, else its last good data; tables never read are absent. */
  readonly data: Map<string, TableData>;
  /** The failures that are errors ("Segments: …"), joined; undefined when every read succeeded or only waited. */
  readonly error?: string;
  /** True when a read failed because Excel is in cell-edit mode: read again once the edit ends. */
  readonly waiting: boolean;
  /** True when a wanted table is gone (notFound): list the tables again. */
  readonly missing: boolean;
}

/**
 * Merges a round of reads into the last good data. Pure; O(tables).
 *
 * @example
 * mergeReads(new Map([["A", a0]]), ["A"], new Map([["A", { ok: false, error: new WorkbookError("busy", "…") }]]))
 * // → { data: Map { A → a0 }, error: undefined, waiting: true, missing: false }
 */
export function mergeReads(
  previous: ReadonlyMap<string, TableData>,
  names: readonly string[],
  results: ReadonlyMap<string, ReadResult>,
): MergedReads {
  const data = new Map<string, TableData>();
  const errors: string[] = [];
  let waiting = false;
  let missing = false;
  for (const n of names) {
    const r = results.get(n);
    if (r?.ok) {
      data.set(n, r.table);
      continue;
    }
    const last = previous.get(n);
    if (last) data.set(n, last);
    if (!r) continue;
    const { code, message } = errorText(r.error);
    if (code === "busy") waiting = true;
    else {
      if (code === "notFound") missing = true;
      errors.push(`${n}: ${message}`);
    }
  }
  return { data, error: errors.length > 0 ? errors.join("; ") : undefined, waiting, missing };
}

/** Reads each named table (in parallel); never rejects: each failure is reported in its result. */
export async function readAll(port: WorkbookPort, names: readonly string[]): Promise<Map<string, ReadResult>> {
  const out = new Map<string, ReadResult>();
  await Promise.all(
    names.map(async (n) => {
      try {
        out.set(n, { ok: true, table: await port.readTable(n) });
      } catch (e) {
        out.set(n, { ok: false, error: e });
      }
    }),
  );
  return out;
}
