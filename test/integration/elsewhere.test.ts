/**
 * "Opening Baton workbooks elsewhere" (README, src/templates/sharing.ts),
 * checked as a colleague without Baton would meet it: the built templates
 * opened in LibreOffice with a fresh profile (default settings) and with
 * recalculation on load set to "never" (Calc's OOXMLRecalcMode = 1), each
 * sheet exported as CSV. Expected, from trying it by hand (issue 14): every
 * BATON cell shows #NAME?, the Check sheets keep their numbers. If this test
 * fails, LibreOffice or the templates changed and the README must too.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const DIST = resolve(__dirname, "../../dist/templates");
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p)) ?? "soffice";

const recalcMode = (v: number) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${v}</value></prop></item>
</oor:items>
`;

/** Every sheet of the workbook as CSV rows, by sheet name, as LibreOffice shows it. */
function sheetsInLibreOffice(file: string, neverRecalc: boolean): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "baton-lo-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    if (neverRecalc) writeFileSync(join(profile, "user", "registrymodifications.xcu"), recalcMode(1));
    const out = join(dir, "out");
    // Filter option 12 = -1: every sheet to <name>-<Sheet>.csv (LibreOffice 7.2+).
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, join(DIST, file)],
      { encoding: "utf8", timeout: 120000 },
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    const base = file.replace(/\.xlsx$/, "");
    const sheets = new Map<string, string[][]>();
    for (const sheet of ["Readme", "Prices", "Monitor", "Check", "Segments", "Taxonomy"]) {
      const csv = join(out, `${base}-${sheet}.csv`);
      if (existsSync(csv)) sheets.set(sheet, readFileSync(csv, "utf8").split("\n").filter(Boolean).map((l) => l.split(",")));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([
  ["default settings", false],
  ["recalculation on load: never", true],
])("LibreOffice, %s", (_name, never) => {
  test("crowding-monitor.xlsx: the Monitor sheet's BATON cells are #NAME?, the Check sheet has numbers", () => {
    const s = sheetsInLibreOffice("crowding-monitor.xlsx", never);
    const monitor = s.get("Monitor")!;
    // B:D spill ROLLING_EXCESS and CROWDING_SCORE down the Prices rows; every one of them.
    const batonCells = monitor.slice(1).flatMap((r) => r.slice(1, 4));
    expect(batonCells.length).toBeGreaterThan(1000);
    expect(new Set(batonCells)).toEqual(new Set(["#NAME?"]));
    const check = s.get("Check")!;
    const numbers = check.slice(1).flatMap((r) => r.slice(1, 7)).filter((c) => /^-?\d/.test(c));
    expect(numbers.length).toBeGreaterThan(1000);
  });

  test("diffusion-tiers.xlsx: the Tier column is #NAME?, the Check sheet's native lookup has tiers", () => {
    const s = sheetsInLibreOffice("diffusion-tiers.xlsx", never);
    const segments = s.get("Segments")!;
    const header = segments[0];
    const tier = header.indexOf("Tier");
    expect(tier).toBeGreaterThan(-1);
    expect(new Set(segments.slice(1).map((r) => r[tier]))).toEqual(new Set(["#NAME?"]));
    const check = s.get("Check")!;
    expect(check.slice(1).some((r) => r.some((c) => /^[123]$/.test(c)))).toBe(true);
  });
});
