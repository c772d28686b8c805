import { stampVersion } from "../../../scripts/build-templates";
import type { WorkbookSpec } from "../../../src/templates/model";

// Hand-made workbook: the Readme's last line is A3, so the version goes two rows below, in A5.
const model: WorkbookSpec = {
  file: "x.xlsx",
  title: "x",
  sheets: [
    { name: "Readme", columns: [], frozenRows: 0, tables: [], cells: new Map([["A1", { value: "Title" }], ["A3", { value: "Last line" }], ["B9", { value: "elsewhere" }]]) },
    { name: "Data", columns: [], frozenRows: 0, tables: [], cells: new Map([["A1", { value: 1 }]]) },
  ],
};

test("the templates' Readme ends with the package version; other sheets are untouched", () => {
  const out = stampVersion(model, "1.2.3");
  expect(out.sheets[0].cells.get("A5")?.value).toBe("Baton 1.2.3");
  expect(out.sheets[0].cells.size).toBe(4);
  expect(out.sheets[1]).toBe(model.sheets[1]);
  expect(model.sheets[0].cells.has("A5")).toBe(false);
});
