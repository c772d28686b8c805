/**
 * The Rotation (轮动) and Heatmap (热力图) tabs (issue 12): the rotation map
 * (chart or table, one tier or all, Insert chart) and the crowding heatmap
 * (Insert table), both from the segment price table. This module is what
 * App loads for those tabs (a chunk of its own, so the first screen does not
 * carry the map's SVG drawing).
 */
import { useCallback, useState } from "react";
import { Button, Field, makeStyles, Select, tokens, type Theme } from "@fluentui/react-components";
import type { RotationMap } from "../../core/board/rotationMap";
import type { TierNumber } from "../../core/tiers";
import type { TableInfo, WorkbookPort, ScatterRequest } from "../../workbook/port";
import type { Settings } from "../../workbook/settings";
import { useI18n, type Strings } from "../i18n";
import { StatusBar, type Status } from "./Notices";
import { RotationChart, tierColor } from "./RotationChart";
import { useVizData } from "./RotationData";
import { RotationTable } from "./RotationTable";
import { HeatmapGrid, heatmapRequest } from "./HeatmapGrid";
import type { HeatmapSort } from "../../core/board/heatmap";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  field: { minWidth: "120px", flexGrow: 1 },
  note: { margin: 0, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyle: "none", margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "50%", marginInlineEnd: "4px", verticalAlign: "middle" },
});

/**
 * The native scatter's request: one series per tier (today's points), each
 * tier's centroid with its tail as a path (today's point last; "where the
 * baton is", as the pane draws it), the 100/100 cross as two line series.
 */
export function scatterRequest(map: RotationMap, t: Strings, lang: "en" | "zh"): ScatterRequest {
  const lo = 100 - map.extent;
  const hi = 100 + map.extent;
  return {
    title: t.rotation.chartTitle,
    xTitle: t.rotation.ratio,
    yTitle: t.rotation.momentum,
    labelHeader: t.rotation.segment,
    series: ([1, 2, 3] as const).map((tier) => ({
      name: t.tier(tier),
      points: map.segments
        .filter((s) => s.tier === tier && s.today)
        .map((s) => ({ label: lang === "zh" && s.nameZh ? s.nameZh : s.name, x: s.today!.ratio, y: s.today!.momentum })),
    })),
    paths: map.centroids
      .filter((c) => c.trail.length > 0)
      .map((c) => ({
        name: t.rotation.centroid(c.tier),
        points: c.trail.map((p) => ({ label: t.rotation.centroidShort(c.tier), x: p.ratio, y: p.momentum })),
      })),
    lines: [
      { name: `${t.rotation.ratio} 100`, points: [{ x: 100, y: lo }, { x: 100, y: hi }] },
      { name: `${t.rotation.momentum} 100`, points: [{ x: lo, y: 100 }, { x: hi, y: 100 }] },
    ],
    bounds: { min: lo, max: hi },
  };
}

export interface RotationViewsProps {
  readonly which: "rotation" | "heatmap";
  readonly port: WorkbookPort | undefined;
  readonly tables: readonly TableInfo[];
  readonly settings: Settings;
  /** Changes when the pane refreshes: the price table is read again. */
  readonly tick: unknown;
  readonly theme: Theme;
  /** Segment names in the board's order (the heatmap's order by tier). */
  readonly boardOrder: readonly string[];
  readonly describeError: (e: unknown) => string;
  /**
   * Stores a picked price table as the tier monitor's (`settings.monitor.table`): the pictures are
   * drawn from the monitor's table, so one choice serves the monitor, the map and the heatmap, and
   * is kept in the workbook. False when the settings could not take it (the pick then lasts while the tab is open).
   */
  readonly onPickTable?: (name: string) => boolean;
}

export function RotationViews(p: RotationViewsProps) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const [picked, setPicked] = useState<string>();
  const [tier, setTier] = useState<TierNumber | null>(null);
  const [view, setView] = useState<"chart" | "table">("chart");
  const [sort, setSort] = useState<HeatmapSort>("tier");
  const [status, setStatus] = useState<Status>();
  const viz = useVizData(p.port, p.tables, p.settings, picked, p.tick);
  const caps = p.port?.capabilities();

  const insert = useCallback(async () => {
    if (!p.port) return;
    try {
      if (p.which === "rotation" && viz.map) {
        setStatus({ kind: "busy", text: t.rotation.inserting });
        const { sheet } = await p.port.insertScatter(scatterRequest(viz.map, t, lang));
        setStatus({ kind: "success", text: t.rotation.inserted(sheet) });
      } else if (p.which === "heatmap" && viz.heat) {
        setStatus({ kind: "busy", text: t.heatmap.inserting });
        const { sheet } = await p.port.insertHeatmap(heatmapRequest(viz.heat, sort, p.boardOrder, t, lang));
        setStatus({ kind: "success", text: t.heatmap.inserted(sheet) });
      }
    } catch (e) {
      setStatus({ kind: "error", text: p.describeError(e) });
    }
  }, [p.port, p.which, p.boardOrder, viz.map, viz.heat, sort, t, lang, p.describeError]);

  const tablePicker =
    viz.candidates.length > 1 ? (
      <Field label={t.rotation.priceTable} hint={p.onPickTable ? t.rotation.priceTableHint : undefined} className={s.field}>
        <Select
          value={viz.table ?? ""}
          onChange={(_, d) => {
            setPicked(d.value);
            p.onPickTable?.(d.value);
          }}
          data-testid="viz-table"
        >
          {viz.candidates.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} ({c.sheet})
            </option>
          ))}
        </Select>
      </Field>
    ) : null;

  if (!viz.table) return <p className={s.intro}>{t.rotation.noPrices}</p>;
  const problems = viz.read?.monitor.problems ?? [];
  const notes = (
    <>
      {viz.error ? <StatusBar status={{ kind: "error", text: viz.error }} /> : null}
      {problems.length > 0 && viz.read?.segments.length === 0 ? <StatusBar status={{ kind: "error", text: problems.map((x) => x[lang]).join(" ") }} /> : null}
      {viz.read && viz.read.unreadable.length > 0 ? <p className={s.note}>{t.rotation.unreadable(viz.read.unreadable.join(", "))}</p> : null}
    </>
  );

  if (p.which === "heatmap") {
    return (
      <section className={s.root} aria-labelledby="heatmap-title" data-testid="heatmap-tab">
        <h2 id="heatmap-title" className={s.title}>
          {t.heatmap.title}
        </h2>
        <p className={s.intro}>{t.heatmap.intro}</p>
        <div className={s.toolbar}>
          {tablePicker}
          <Field label={t.heatmap.sort} className={s.field}>
            <Select value={sort} onChange={(_, d) => setSort(d.value as HeatmapSort)} data-testid="heatmap-sort">
              <option value="tier">{t.heatmap.byTier}</option>
              <option value="today">{t.heatmap.byToday}</option>
            </Select>
          </Field>
          <Button onClick={insert} disabled={!viz.heat || !caps?.charts} data-testid="heatmap-insert">
            {t.heatmap.insert}
          </Button>
        </div>
        {notes}
        {viz.heat ? <HeatmapGrid model={viz.heat} sort={sort} boardOrder={p.boardOrder} /> : null}
        <StatusBar status={status} />
      </section>
    );
  }

  return (
    <section className={s.root} aria-labelledby="rotation-title" data-testid="rotation-tab">
      <h2 id="rotation-title" className={s.title}>
        {t.rotation.title}
      </h2>
      <p className={s.intro}>{t.rotation.intro}</p>
      <div className={s.toolbar}>
        {tablePicker}
        <Field label={t.rotation.tierFilter} className={s.field}>
          <Select
            value={tier === null ? "" : String(tier)}
            onChange={(_, d) => setTier(d.value ? (Number(d.value) as TierNumber) : null)}
            data-testid="rotation-tier"
          >
            <option value="">{t.rotation.allTiers}</option>
            {([1, 2, 3] as const).map((n) => (
              <option key={n} value={n}>
                {t.tier(n)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.rotation.view} className={s.field}>
          <Select value={view} onChange={(_, d) => setView(d.value as "chart" | "table")} data-testid="rotation-view">
            <option value="chart">{t.rotation.chartView}</option>
            <option value="table">{t.rotation.tableView}</option>
          </Select>
        </Field>
      </div>
      {notes}
      {viz.map ? (
        view === "chart" ? (
          <>
            <RotationChart map={viz.map} tier={tier} theme={p.theme} />
            <ul className={s.legend} aria-hidden="true">
              {([1, 2, 3] as const)
                .filter((n) => tier === null || n === tier)
                .map((n) => (
                  <li key={n}>
                    <span className={s.swatch} style={{ backgroundColor: tierColor(p.theme, n) }} />
                    {t.tier(n)}
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <RotationTable map={viz.map} tier={tier} />
        )
      ) : null}
      <p className={s.note}>
        {viz.lastDate ? `${t.rotation.asOf(viz.lastDate)} · ` : ""}
        {t.rotation.trailNote(p.settings.trailPoints, p.settings.trailEvery)}
      </p>
      <div className={s.toolbar}>
        <Button onClick={insert} disabled={!viz.map || !caps?.charts} data-testid="rotation-insert">
          {t.rotation.insert}
        </Button>
      </div>
      <StatusBar status={status} />
    </section>
  );
}
