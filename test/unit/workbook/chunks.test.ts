/**
 * Large tables are read in row chunks of about 1 MB (issue 11): a 5,000-row × 60-column table of prices
 * arrives whole in several requests, none near Excel on the web's 5 MB cap. Expected rows are the table's
 * own cells as generated here; chunk sizes are hand arithmetic (1,000,000 bytes / bytes per row).
 */
import { createExcelWorkbook } from "../../../src/workbook/excel";
import { CHUNK_BUDGET_BYTES, chunkRows, jsonBytes } from "../../../src/workbook/chunks";
import { createExcelModel, type ExcelModel } from "../../support/excelModel";

describe("chunkRows", () => {
  test("rows that fit the budget, at least one, at most what is left", () => {
    expect(chunkRows(1920)).toBe(520); // 1,000,000 / (60 cells × 32 bytes) = 520.8
    expect(chunkRows(1920, 100)).toBe(100);
    expect(chunkRows(2_000_000, 10)).toBe(1);
    expect(chunkRows(0, 7)).toBe(7);
  });
  test("jsonBytes counts UTF-8 bytes of the JSON", () => {
    expect(jsonBytes([[1, "a"]])).toBe('[[1,"a"]]'.length);
    expect(jsonBytes([["光"]])).toBe(9); // [[" is 3 bytes, 光 is 3 in UTF-8, "]] is 3
  });
});

describe("the Excel adapter reads a large table in chunks", () => {
  let model: ExcelModel;
  afterEach(() => model.uninstall());

  test("5,000 rows × 60 columns: several requests, each ≤ 1 MB, and every cell arrives in order", async () => {
    const headers = ["Date", ...Array.from({ length: 59 }, (_, j) => `Index ${j + 1}`)];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const rows = Array.from({ length: 5000 }, (_, i) => [45000 + i, ...Array.from({ length: 59 }, () => 1000 + next() * 9000)]);
    model = createExcelModel([{ name: "SegmentPrices", sheet: "Prices", headers, rows }]);
    model.install();
    const table = await createExcelWorkbook({ retryDelayMs: 0 }).readTable("SegmentPrices");
    expect(table.headers).toEqual(headers);
    expect(table.rows).toEqual(rows);
    const reads = model.responses.filter((r) => r.table === "SegmentPrices");
    expect(reads.length).toBeGreaterThan(3); // the whole table is about 5.9 MB of JSON
    expect(reads.reduce((n, r) => n + r.rows, 0)).toBe(5000);
    for (const r of reads) expect(r.bytes).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
    expect(reads.reduce((n, r) => n + r.bytes, 0)).toBeGreaterThan(5_000_000); // over the web's cap in one piece
  });

  test("a small table is one request", async () => {
    model = createExcelModel([{ name: "Small", sheet: "S", headers: ["a", "b"], rows: [[1, 2], [3, 4]] }]);
    model.install();
    expect((await createExcelWorkbook({ retryDelayMs: 0 }).readTable("Small")).rows).toEqual([[1, 2], [3, 4]]);
    expect(model.responses).toEqual([{ table: "Small", rows: 2, bytes: jsonBytes([[1, 2], [3, 4]]) }]);
  });
});
