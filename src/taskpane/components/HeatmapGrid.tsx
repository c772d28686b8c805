/**
 * The crowding heatmap (issue 12): segments (grouped by tier in the board's
 * order, or by today's score) × the last 12 weeks, each cell the crowding
 * score with its number inside, coloured by zone with Fluent's palette
 * tokens (the zone chips' colours), so light and dark themes both keep their
 * contrast. A plain HTML table: readable by screen readers, and it fits a
 * 320-pixel pane (fixed layout, narrow cells, dates written vertically).
 */
import type { ReactElement } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { sortHeatmap, type Heatmap, type HeatmapRow, type HeatmapSort } from "../../core/board/heatmap";
import type { Zone } from "../../core/zones";
import type { HeatmapRequest } from "../../workbook/port";
import { useI18n, type Strings } from "../i18n";

/** The colour scale of the inserted table (Excel's own green–yellow–red), at 0, 50 and 100. */
export const HEATMAP_COLORS: readonly [string, string, string] = ["#63BE7B", "#FFEB84", "#F8696B"];

/** The table Insert writes: tier, segment, one column per week (ISO date or "W1…"), rows in the shown order. */
export function heatmapRequest(model: Heatmap, sort: HeatmapSort, order: readonly string[], t: Strings, lang: "en" | "zh"): HeatmapRequest {
  const rows = sortHeatmap(model.rows, sort, order);
  return {
    title: t.heatmap.sheetTitle,
    headers: [t.heatmap.tierHeader, t.heatmap.segment, ...model.weeks.map((w, i) => w.date ?? `W${i + 1}`)],
    rows: rows.map((r) => [r.tier, lang === "zh" && r.nameZh ? r.nameZh : r.name, ...r.cells.map((c) => (c.score === null ? null : Math.round(c.score * 10) / 10))]),
    scoreFrom: 2,
    colors: HEATMAP_COLORS,
  };
}

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: "1px",
    fontSize: tokens.fontSizeBase100,
    fontVariantNumeric: "tabular-nums",
  },
  nameCol: { width: "30%" },
  head: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    writingMode: "vertical-rl",
    transform: "rotate(180deg)",
    height: "38px",
    padding: 0,
    whiteSpace: "nowrap",
    verticalAlign: "bottom",
    textAlign: "start",
  },
  name: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    paddingInlineEnd: "4px",
  },
  tierRow: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    paddingTop: tokens.spacingVerticalXS,
  },
  cell: { textAlign: "center", height: "20px", padding: 0, borderRadius: "2px", fontWeight: tokens.fontWeightSemibold },
  none: { color: tokens.colorNeutralForeground4, backgroundColor: tokens.colorNeutralBackground3 },
  // The number in the neutral foreground on every zone's background: the most contrast in both themes.
  Low: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1 },
  Elevated: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  Crowded: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2, color: tokens.colorNeutralForeground1 },
  Extreme: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: "none", fontSize: tokens.fontSizeBase100 },
  key: { paddingInline: "6px", borderRadius: "2px" },
});

const ZONE_ORDER: readonly Zone[] = ["Low", "Elevated", "Crowded", "Extreme"];

export function HeatmapGrid({ model, sort, boardOrder }: { model: Heatmap; sort: HeatmapSort; boardOrder: readonly string[] }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const rows = sortHeatmap(model.rows, sort, boardOrder);
  const nameOf = (r: HeatmapRow) => (lang === "zh" && r.nameZh ? r.nameZh : r.name);
  const weekText = (i: number): string => {
    const d = model.weeks[i].date;
    return d ? d.slice(5) : `W${i + 1}`;
  };
  const cols = model.weeks.length;
  // One class per zone, merged once per render, not once per cell.
  const zoneClass: Record<Zone | "none", string> = {
    none: mergeClasses(s.cell, s.none),
    Low: mergeClasses(s.cell, s.Low),
    Elevated: mergeClasses(s.cell, s.Elevated),
    Crowded: mergeClasses(s.cell, s.Crowded),
    Extreme: mergeClasses(s.cell, s.Extreme),
  };
  const weekLabel = model.weeks.map((w, j) => (w.date ? t.heatmap.week(w.date) : `W${j + 1}`));
  const body: ReactElement[] = [];
  rows.forEach((r, i) => {
    if (sort === "tier" && (i === 0 || rows[i - 1].tier !== r.tier)) {
      body.push(
        <tr key={`tier-${r.tier}`}>
          <th className={s.tierRow} colSpan={cols + 1} scope="rowgroup">
            {t.tier(r.tier)}
          </th>
        </tr>,
      );
    }
    body.push(
      <tr key={r.header} data-testid="heatmap-row" data-tier={r.tier}>
        <th className={s.name} scope="row" title={`${nameOf(r)} (${r.header})`}>
          {nameOf(r)}
        </th>
        {r.cells.map((c, j) => {
          const week = weekLabel[j];
          const score = c.score === null ? t.heatmap.none : String(Math.round(c.score));
          return (
            <td
              key={j}
              className={zoneClass[c.zone ?? "none"]}
              data-testid="heatmap-cell"
              data-zone={c.zone ?? ""}
              title={t.heatmap.cell(nameOf(r), week, c.score === null ? t.heatmap.none : c.score.toFixed(1), c.zone ? t.zones[c.zone] : "")}
            >
              {score}
            </td>
          );
        })}
      </tr>,
    );
  });
  return (
    <div className={s.wrap}>
      <table className={s.table} data-testid="heatmap" aria-label={t.heatmap.title}>
        <colgroup>
          <col className={s.nameCol} />
          {model.weeks.map((_, i) => (
            <col key={i} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={s.head}>
              <span className="visually-hidden" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
                {t.heatmap.segment}
              </span>
            </th>
            {model.weeks.map((w, i) => (
              <th key={i} scope="col" className={s.head} title={w.date ? t.heatmap.week(w.date) : undefined}>
                {weekText(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      <ul className={s.legend} aria-hidden="true">
        {ZONE_ORDER.map((z) => (
          <li key={z} className={mergeClasses(s.key, s[z])}>
            {t.zones[z]}
          </li>
        ))}
      </ul>
    </div>
  );
}
