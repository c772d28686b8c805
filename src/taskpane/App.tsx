/**
 * The task pane: header (title, language, table picker, Refresh), notices,
 * and tabs for the board, the crowding gauge, templates, settings and help.
 */
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import {
  Button,
  Field,
  FluentProvider,
  makeStyles,
  Select,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { SAMPLE_NOTICE } from "../sample/notice";
import { hasSegmentColumn } from "../core/board/columns";
import { I18nContext, navigatorLanguage, officeDisplayLanguage, pickLanguage, strings, type I18n, type Language } from "./i18n";
import { aboutLine } from "./version";
import { fluentTheme, useThemeName } from "./theme";
import { errorText, usePane, useWorkbookPort } from "./usePane";
import { pickPriceTable } from "./settingsActions";
import { formatTime } from "./format";
import { Board } from "./components/Board";
import { Gauge } from "./components/Gauge";
import { Help } from "./components/Help";
import { Notices, StatusBar, type Status } from "./components/Notices";
import { Settings } from "./components/Settings";
import { Templates } from "./components/Templates";
import { MonitorBar } from "./components/Monitor";
import { useMonitor } from "./useMonitor";
import { Share } from "./components/Share";

// The Rotation and Heatmap tabs load on first use (their own chunk), so the first screen stays within budget (issue 12).
const RotationViews = lazy(() => import("./components/RotationTab.js").then((m) => ({ default: m.RotationViews })));

const TAB_KEYS = ["board", "gauge", "rotation", "heatmap", "templates", "settings", "help"] as const;
type TabKey = (typeof TAB_KEYS)[number];

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "1200px",
    marginInline: "auto",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  brand: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  toolbar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  picker: { flexGrow: 1, minWidth: "160px" },
  updated: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`, overflowX: "auto" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  empty: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
});

/** What a failed port call says, in the pane's language. */
function failure(e: unknown, t: I18n["t"]): string {
  const { code, message } = errorText(e);
  return code ? `${t.workbookErrors[code]} (${message})` : message;
}

/**
 * The pane. Its language is the analyst's choice when stored in the settings,
 * else Office's display language (the browser's outside Office). The pane
 * mounts before `Office.onReady` resolves, when `Office.context` cannot be
 * read yet: Office's language and theme are read again once the port hook
 * reports Office ready (`portState.officeReady`).
 */
export function App() {
  const s = useStyles();
  const portState = useWorkbookPort();
  const pane = usePane(portState);
  // The tier monitor: the board computed from the segment price table (issue 11), over the typed board.
  const mon = useMonitor(portState?.port, pane.tables, pane.settings, pane.resolved.boardTable, pane.resolved.taxonomyTable, pane.updatedAt);
  const board = mon.board ?? pane.board;
  const officeReady = portState?.officeReady ?? false;
  // Read once Office is ready (a change of Office's display language needs a restart of the pane anyway).
  const officeLanguage = useMemo(() => (officeReady ? officeDisplayLanguage() : undefined), [officeReady]);
  const lang: Language = pickLanguage({
    settingsLanguage: pane.settings.language,
    officeDisplayLanguage: officeLanguage,
    navigatorLanguage: navigatorLanguage(),
  });
  const i18n = useMemo<I18n>(() => ({ lang, t: strings[lang] }), [lang]);
  const t = i18n.t;
  const [tab, setTab] = useState<TabKey>("board");
  const [chartStatus, setChartStatus] = useState<Status>();
  const themeName = useThemeName(officeReady);
  const theme = fluentTheme(themeName);
  const port = portState?.port;
  const caps = port?.capabilities();

  const boardTables = pane.tables.filter((x) => hasSegmentColumn(x.headers) || x.name === pane.resolved.boardTable);

  const update = pane.updateSettings;

  const insertChart = useCallback(async () => {
    const g = pane.gauge;
    const r = pane.resolved;
    const table = pane.priceTable;
    if (!port || !g || !table || r.sectorCol === undefined || r.benchmarkCol === undefined) return;
    const sector = table.headers[r.sectorCol];
    const bench = table.headers[r.benchmarkCol];
    const w = pane.settings.window;
    setChartStatus({ kind: "busy", text: t.gauge.inserting });
    try {
      const { sheet } = await port.insertChart({
        title: t.gauge.chartTitle(sector, bench, w),
        categories: g.dates,
        categoryHeader: r.dateCol !== undefined ? table.headers[r.dateCol] : t.gauge.dateHeader,
        series: [
          { name: t.gauge.excess(w), values: g.excess, format: "0.0%" },
          { name: t.gauge.seriesLine, values: g.dates.map(() => 0.1), format: "0%" },
        ],
      });
      setChartStatus({ kind: "success", text: t.gauge.chartInserted(sheet) });
    } catch (e) {
      setChartStatus({ kind: "error", text: failure(e, t) });
    }
  }, [port, pane.gauge, pane.resolved, pane.priceTable, pane.settings.window, t]);

  // Segment names in the board's order: the heatmap's order within a tier.
  const boardOrder = useMemo(() => pane.board?.lanes.flatMap((l) => l.cards.map((c) => c.canonical)) ?? [], [pane.board]);

  const sampleNotice = portState?.sample ? SAMPLE_NOTICE[lang] : undefined;
  const r = pane.resolved;
  const priceHeaders = pane.priceTable?.headers ?? [];
  const headerAt = (i: number | undefined): string | undefined => (i !== undefined ? priceHeaders[i] : undefined);
  // The gauge's columns in use, by header text (turnover: null is none).
  const gaugeColumns = {
    table: r.gaugeTable,
    sectorColumn: headerAt(r.sectorCol),
    benchmarkColumn: headerAt(r.benchmarkCol),
    turnoverColumn: headerAt(r.turnoverCol) ?? null,
    marketTurnoverColumn: headerAt(r.marketTurnoverCol) ?? null,
  };

  return (
    <I18nContext.Provider value={i18n}>
    <FluentProvider theme={theme} className={s.provider} lang={lang === "zh" ? "zh-CN" : "en"} data-theme={themeName}>
      <main className={s.root} data-testid="pane" data-ready={pane.ready ? "true" : "false"} data-lang={lang}>
        <header className={s.header}>
          <div className={s.brand}>
            <h1 className={s.title}>{t.appTitle}</h1>
            <span className={s.subtitle}>{t.appSubtitle}</span>
          </div>
          <Button
              appearance="subtle"
              size="small"
              onClick={() => update({ language: lang === "zh" ? "en" : "zh" })}
              aria-label={lang === "zh" ? "Switch to English" : "切换到简体中文 (Switch to Simplified Chinese)"}
              data-testid="toggle-language"
              lang={lang === "zh" ? "en" : "zh-CN"}
            >
            {lang === "zh" ? "EN" : "中文"}
          </Button>
        </header>

        <Notices
          sampleNotice={sampleNotice}
          settingsNotice={pane.settingsNotice}
          error={pane.readError}
          // On the Settings tab the failure is said under the settings themselves.
          saveError={pane.saveState.kind === "failed" && tab !== "settings" ? failure(pane.saveState.error, t) : undefined}
          onDismissSettings={pane.dismissSettingsNotice}
        />

        {pane.waitingForEdit ? (
          <div data-testid="waiting-for-edit">
            <StatusBar status={{ kind: "info", text: t.workbookErrors.busy }} />
          </div>
        ) : null}

        <TabList
          className={s.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabKey)}
          size="small"
          aria-label={t.tabsLabel}
        >
          {TAB_KEYS.map((key) => (
            <Tab key={key} value={key} data-testid={`tab-${key}`}>
              {t.tabs[key]}
            </Tab>
          ))}
        </TabList>

        {!pane.ready ? <Spinner size="small" label={t.loading} /> : null}

        {pane.ready && tab === "board" ? (
          <div className={s.panel} role="tabpanel" aria-label={t.tabs.board}>
            <div className={s.toolbar}>
              <Field label={t.table} className={s.picker}>
                <Select
                  value={r.boardTable ?? ""}
                  onChange={(_, d) => update({ table: d.value || undefined })}
                  data-testid="table-picker"
                >
                  {r.boardTable ? null : <option value="">—</option>}
                  {boardTables.map((x) => (
                    <option key={x.name} value={x.name}>
                      {x.name} ({x.sheet})
                    </option>
                  ))}
                </Select>
              </Field>
              <Button onClick={pane.refresh} disabled={pane.refreshing} data-testid="refresh">
                {pane.refreshing ? t.refreshing : t.refresh}
              </Button>
            </div>
            {pane.updatedAt ? <span className={s.updated}>{t.updatedAt(formatTime(pane.updatedAt, lang))}</span> : null}
            {pane.taxonomyProblem ? <StatusBar status={{ kind: "error", text: t.taxonomyProblem(pane.taxonomyProblem.messageIn(lang)) }} /> : null}
            {mon.monitor && mon.priceTable ? <MonitorBar monitor={mon.monitor} table={mon.priceTable} /> : null}
            {mon.error ? <StatusBar status={{ kind: "error", text: mon.error }} /> : null}
            {board ? <Board board={board} /> : <p className={s.empty}>{t.noTables}</p>}
          </div>
        ) : null}

        {pane.ready && tab === "gauge" ? (
          <div className={s.panel} role="tabpanel" aria-label={t.tabs.gauge}>
            <Gauge
              tables={pane.tables}
              table={gaugeColumns.table}
              sector={gaugeColumns.sectorColumn}
              benchmark={gaugeColumns.benchmarkColumn}
              turnover={gaugeColumns.turnoverColumn}
              marketTurnover={gaugeColumns.marketTurnoverColumn}
              window={pane.settings.window}
              model={pane.gauge}
              error={pane.gaugeError?.messageIn(lang) ?? (pane.gauge?.latest.reason && pane.gauge.latest.score === null ? (lang === "zh" ? (pane.gauge.latest.reasonZh ?? pane.gauge.latest.reason) : pane.gauge.latest.reason) : undefined)}
              loading={pane.refreshing}
              theme={theme}
              canInsertChart={!!caps?.charts}
              insertStatus={chartStatus}
              onPick={(pick) => {
                if (pick.table !== undefined || !("sectorColumn" in pick || "benchmarkColumn" in pick)) {
                  update({ gauge: { table: pick.table } });
                } else {
                  update({ gauge: { ...gaugeColumns, ...pick } });
                }
                setChartStatus(undefined);
              }}
              onInsertChart={insertChart}
            />
          </div>
        ) : null}

        {pane.ready && (tab === "rotation" || tab === "heatmap") ? (
          <div className={s.panel} role="tabpanel" aria-label={t.tabs[tab]}>
            <Suspense fallback={<Spinner size="small" label={t.loading} />}>
              <RotationViews
                key={tab}
                which={tab}
                port={port}
                tables={pane.tables}
                settings={pane.settings}
                tick={pane.updatedAt}
                theme={theme}
                boardOrder={boardOrder}
                describeError={(e: unknown) => failure(e, t)}
                onPickTable={(name) => {
                  const patch = pickPriceTable(pane.settings, name, mon.priceTable);
                  return patch ? update(patch) : true;
                }}
              />
            </Suspense>
          </div>
        ) : null}

        {pane.ready && tab === "templates" && port ? (
          <div className={s.panel} role="tabpanel" aria-label={t.tabs.templates}>
            <Templates port={port} describeError={(e) => failure(e, t)} />
            <Share port={port} describeError={(e) => failure(e, t)} />
          </div>
        ) : null}

        {pane.ready && tab === "settings" ? (
          <div className={s.panel} role="tabpanel" aria-label={t.tabs.settings}>
            <Settings
              settings={pane.settings}
              tables={pane.tables}
              canSave={!!caps?.settings}
              saveState={pane.saveState}
              describeError={(e) => failure(e, t)}
              onChange={update}
              onReset={pane.resetSettings}
            />
          </div>
        ) : null}

        {tab === "help" ? (
          <div className={s.panel} role="tabpanel" aria-label={t.tabs.help}>
            <Help rule={pane.settings.rule} />
          </div>
        ) : null}
        <footer className={s.updated} data-testid="about">{aboutLine}</footer>
      </main>
    </FluentProvider>
    </I18nContext.Provider>
  );
}
