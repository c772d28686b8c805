/**
 * What the pane keeps after a round of reads (issue 16): pure, with expected data and messages written
 * out by hand from the inputs here.
 */
import { mergeReads, type ReadResult } from "../../../src/taskpane/tableReads";
import { errorText } from "../../../src/taskpane/paneErrors";
import { WorkbookError, type TableData } from "../../../src/workbook/port";

const a0: TableData = { name: "A", headers: ["Segment"], rows: [["CPO"]] };
const a1: TableData = { name: "A", headers: ["Segment"], rows: [["PCB"]] };
const b0: TableData = { name: "B", headers: ["x"], rows: [[1]] };
const ok = (table: TableData): ReadResult => ({ ok: true, table });
const bad = (e: unknown): ReadResult => ({ ok: false, error: e });

test("a good read replaces the data and leaves no error", () => {
  expect(mergeReads(new Map([["A", a0]]), ["A"], new Map([["A", ok(a1)]]))).toEqual({ data: new Map([["A", a1]]), error: undefined, waiting: false, missing: false });
});

test("cell-edit mode keeps the last data, with no error but waiting", () => {
  const r = mergeReads(new Map([["A", a0], ["B", b0]]), ["A", "B"], new Map([["A", bad(new WorkbookError("busy", "editing"))], ["B", ok(b0)]]));
  expect(r).toEqual({ data: new Map([["A", a0], ["B", b0]]), error: undefined, waiting: true, missing: false });
});

test("other failures keep the last data and are reported per table; notFound asks for a new list", () => {
  const r = mergeReads(new Map([["A", a0]]), ["A", "B"], new Map([["A", bad(new WorkbookError("notFound", "gone"))], ["B", bad(new Error("boom"))]]));
  expect(r).toEqual({ data: new Map([["A", a0]]), error: "A: gone; B: boom", waiting: false, missing: true });
});

test("tables no longer wanted are dropped", () => {
  expect(mergeReads(new Map([["A", a0], ["B", b0]]), ["B"], new Map([["B", ok(b0)]])).data).toEqual(new Map([["B", b0]]));
});

test("errorText: the port's code and message, or a plain message", () => {
  expect(errorText(new WorkbookError("busy", "x"))).toEqual({ code: "busy", message: "x" });
  expect(errorText(new Error("y"))).toEqual({ message: "y" });
  expect(errorText("z")).toEqual({ message: "z" });
});
