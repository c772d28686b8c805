/**
 * The pane's host-dependent choices and its settings actions, as pure parts:
 * the language picked from {settings, Office, browser}, Office's display
 * language and theme event read only once Office is ready, "Reset to
 * defaults", and the line that says whether settings were saved.
 * Expected values are written out by hand (the defaults from the settings
 * documentation in src/workbook/settings.ts and the report defaults).
 */
import { detectLanguage, officeDisplayLanguage, pickLanguage, strings } from "../../../src/taskpane/i18n";
import { detectTheme } from "../../../src/taskpane/theme";
import { onPaneVisibility } from "../../../src/taskpane/visibility";
import { patchSettings, resetSettings, type SaveState } from "../../../src/taskpane/usePane";
import { saveText } from "../../../src/taskpane/components/Settings";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/workbook/settings";

const g = globalThis as { Office?: unknown };

afterEach(() => {
  delete g.Office;
});

describe("pickLanguage", () => {
  test.each([
    // [settings, office, navigator, expected]
    [undefined, undefined, undefined, "en"],
    [undefined, undefined, "zh-CN", "zh"],
    [undefined, undefined, "en-GB", "en"],
    [undefined, "zh-CN", "en-US", "zh"], // Office's language wins over the browser's
    [undefined, "en-US", "zh-CN", "en"],
    [undefined, "", "zh-TW", "zh"], // an empty Office tag counts as missing
    [undefined, null, "zh-Hans", "zh"],
    [undefined, "  ", "", "en"],
    ["en", "zh-CN", "zh-CN", "en"], // the analyst's choice wins over both
    ["zh", "en-US", "en-US", "zh"],
  ] as const)("settings %p, Office %p, browser %p -> %p", (settingsLanguage, officeDisplayLanguage, navigatorLanguage, expected) => {
    expect(pickLanguage({ settingsLanguage, officeDisplayLanguage, navigatorLanguage })).toBe(expected);
  });
});

describe("Office's display language is read only when Office gives it", () => {
  test("no office.js: undefined", () => expect(officeDisplayLanguage()).toBeUndefined());
  test("office.js loaded but not ready (no context): undefined", () => {
    g.Office = { context: undefined };
    expect(officeDisplayLanguage()).toBeUndefined();
  });
  test("a context that throws: undefined, never an exception", () => {
    g.Office = {
      get context(): never {
        throw new Error("not initialised");
      },
    };
    expect(officeDisplayLanguage()).toBeUndefined();
  });
  test("ready: Office's tag, and detectLanguage follows it once it is there", () => {
    const office: { context?: { displayLanguage: string } } = {};
    g.Office = office;
    const before = detectLanguage(); // before onReady: the browser's (node: whatever it says, not Office's)
    office.context = { displayLanguage: "zh-CN" };
    expect(officeDisplayLanguage()).toBe("zh-CN");
    expect(detectLanguage()).toBe("zh");
    expect(["en", "zh"]).toContain(before);
  });
});

describe("Office's theme", () => {
  function fakeOffice(doc: unknown, bodyBackgroundColor = "#262626") {
    g.Office = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: { document: doc, officeTheme: { bodyBackgroundColor } },
    };
  }

  test("dark when Office's body background is dark (#262626, the Black theme)", () => {
    fakeOffice(undefined);
    expect(detectTheme()).toBe("dark");
    fakeOffice(undefined, "#FFFFFF");
    expect(detectTheme()).toBe("light");
  });

  // The OfficeThemeChanged handler on the document is gone: Office documents that event for Outlook and
  // PowerPoint only, so in Excel it never fired. The theme is read again when the pane is shown.
  test("the theme is re-read each time the pane is shown (Office.addin.onVisibilityModeChanged)", async () => {
    let handler: ((args: { visibilityMode: string }) => void) | undefined;
    let removed = 0;
    g.Office = {
      context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } },
      addin: {
        onVisibilityModeChanged: (h: typeof handler) => {
          handler = h;
          return Promise.resolve(async () => void removed++);
        },
      },
    };
    const seen: boolean[] = [];
    const remove = onPaneVisibility((v) => seen.push(v));
    handler?.({ visibilityMode: "Hidden" });
    handler?.({ visibilityMode: "Taskpane" });
    expect(seen).toEqual([false, true]);
    remove?.();
    await new Promise((r) => setImmediate(r));
    expect(removed).toBe(1);
  });

  test("nothing to listen to: no Office, no addin, or a host that throws", () => {
    const h = () => undefined;
    expect(onPaneVisibility(h)).toBeUndefined();
    g.Office = { context: {} };
    expect(onPaneVisibility(h)).toBeUndefined();
    g.Office = {
      addin: {
        onVisibilityModeChanged: () => {
          throw new Error("not supported");
        },
      },
    };
    expect(() => onPaneVisibility(h)).not.toThrow();
    expect(onPaneVisibility(h)).toBeUndefined();
  });
});

/** The defaults, written out from the settings documentation (window 40, all history, the report's rule). */
const HAND_DEFAULTS = {
  version: 1,
  gauge: {},
  window: 40,
  lookback: null,
  rule: { growthAtLeastMedian: true, revisionAtLeastMedian: true, returnBelowMedian: true, crowdedFrom: 80 },
};

describe("Reset to defaults", () => {
  const chosen: Settings = {
    version: 1,
    table: "Segs",
    taxonomyTable: "MyTaxonomy",
    gauge: { table: "Px", sectorColumn: "TMT", benchmarkColumn: "Wind All A", turnoverColumn: null, marketTurnoverColumn: "Mkt" },
    monitor: { table: "SegPx", benchmarkColumn: "881001.WI", rebound: "2026-04-08" },
    window: 20,
    lookback: 250,
    rule: { growthAtLeastMedian: false, revisionAtLeastMedian: true, returnBelowMedian: false, crowdedFrom: 60 },
    language: "zh",
  };

  test("gives exactly the defaults: no key of the current settings survives", () => {
    expect(resetSettings()).toStrictEqual(HAND_DEFAULTS);
    expect(resetSettings()).toStrictEqual(DEFAULT_SETTINGS);
    // The old merge kept these; a patch of the defaults over the chosen settings shows why it was wrong.
    const merged = patchSettings(chosen, DEFAULT_SETTINGS);
    expect(merged?.taxonomyTable).toBe("MyTaxonomy");
    expect(merged?.language).toBe("zh");
  });

  test("a fresh object each time, not the frozen constant", () => {
    const r = resetSettings();
    expect(r).not.toBe(DEFAULT_SETTINGS);
    expect(Object.isFrozen(r)).toBe(false);
  });
});

describe("patchSettings", () => {
  test("keeps what the patch does not name and validates the rest", () => {
    const base = { ...DEFAULT_SETTINGS, table: "Segs" };
    expect(patchSettings(base, { window: 20 })).toStrictEqual({ ...HAND_DEFAULTS, table: "Segs", window: 20 });
    expect(patchSettings(base, { window: 0 })).toBeUndefined(); // window is 1–500
    expect(patchSettings(base, { lookback: 5 })).toBeUndefined(); // lookback is null or ≥ 20
  });
});

describe("the save line under the settings", () => {
  const t = strings.en.settings;
  const describe_ = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const text = (state: SaveState, canSave = true) => saveText(t, canSave, state, describe_);

  test("'Saved' only after a successful write", () => {
    expect(text({ kind: "saved" })).toBe("Stored with the workbook; saved when the workbook is saved.");
    for (const kind of ["idle", "saving"] as const) expect(text({ kind })).not.toBe("Stored with the workbook; saved when the workbook is saved.");
    expect(text({ kind: "failed", error: new Error("quota exceeded") })).not.toContain("Saved");
  });

  test("a failed write says so, with the reason, as a save (not a read) failure", () => {
    const s = text({ kind: "failed", error: new Error("quota exceeded") });
    expect(s).toBe("Could not save the settings in this workbook (they apply for this session only): quota exceeded");
    expect(s).not.toContain("Could not read");
    expect(saveText(strings.zh.settings, true, { kind: "failed", error: new Error("x") }, describe_)).toBe(
      "无法将设置保存到此工作簿（仅在本次会话中有效）：x",
    );
  });

  test("a host that cannot store settings says so whatever the state", () => {
    expect(text({ kind: "saved" }, false)).toBe("Settings are kept for this session only (this host cannot store them).");
  });
});
