/**
 * The tier monitor's parts of the board (issue 11): the line that says where
 * the numbers come from and since which rebound, the price table's problems,
 * the columns it does not use (with how to map them), and on each card the
 * figures computed from its price column, its per-card error, and the marks
 * that say which figures came from prices and which were typed.
 * Everything from the workbook is rendered as text.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Monitor } from "../../core/board/monitor";
import type { Card, FigureSource } from "../../core/board/types";
import { formatPercent } from "../format";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  rebound: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  legend: { margin: 0, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  cardBlock: { display: "flex", flexDirection: "column", gap: "2px", fontSize: tokens.fontSizeBase200 },
  cardError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", margin: 0 },
  row: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { fontVariantNumeric: "tabular-nums" },
  mark: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: "3px",
    lineHeight: "14px",
  },
});

/** Above the lanes: where the figures come from, since which rebound, and what in the price table was not used. */
export function MonitorBar({ monitor, table }: { monitor: Monitor; table: string }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const m = t.monitor;
  const rb = monitor.rebound;
  return (
    <div className={s.root} data-testid="monitor">
      {rb ? (
        <p className={s.rebound} data-testid="rebound" data-date={rb.date ?? ""} data-how={rb.how}>
          {rb.date ? m.rebound(rb.date, rb.how) : m.reboundRow(rb.row + 1, rb.how)}
        </p>
      ) : null}
      {monitor.benchmark ? (
        <p className={s.line}>{m.computedFrom(table, monitor.segments.length, monitor.lastDate, monitor.benchmark.header)}</p>
      ) : null}
      {monitor.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="monitor-problems">
          <MessageBarBody>
            <MessageBarTitle>{m.problemsTitle}</MessageBarTitle>
            <ul className={s.list}>
              {monitor.problems.map((p, i) => (
                <li key={i}>{p[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {monitor.notUsed.length > 0 ? (
        <MessageBar intent="info" layout="multiline" data-testid="not-used">
          <MessageBarBody>
            <MessageBarTitle>{m.notUsedTitle(monitor.notUsed.length)}</MessageBarTitle>
            <ul className={s.list}>
              {monitor.notUsed.slice(0, 8).map((c) => (
                <li key={c.column}>{c.hint[lang]}</li>
              ))}
              {monitor.notUsed.length > 8 ? <li>…</li> : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <p className={s.legend}>{m.sourceLegend}</p>
    </div>
  );
}

/** The small mark beside a figure: P (from prices) or T (typed). */
export function SourceMark({ source }: { source: FigureSource }) {
  const s = useStyles();
  const { t } = useI18n();
  return (
    <span className={s.mark} data-testid="source" data-source={source} title={t.monitor.sourceLegend}>
      {source === "prices" ? t.monitor.fromPrices : t.monitor.typed}
    </span>
  );
}

/** On a card: the figures from its price column (excess, excess since the rebound, rotation), or its error. */
export function CardPrices({ card }: { card: Card }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const p = card.prices;
  if (!p) return card.sources ? <p className={s.legend}>{t.monitor.noPrices}</p> : null;
  if (p.error) {
    return (
      <p className={s.cardError} data-testid="card-error" role="note">
        {p.error[lang]}
      </p>
    );
  }
  const rows: [string, string, string][] = [];
  if (p.excess !== null) rows.push(["excess", t.monitor.excess(p.window), formatPercent(p.excess, true)]);
  if (p.excessSinceRebound !== null) rows.push(["excessSinceRebound", t.monitor.excessSinceRebound, formatPercent(p.excessSinceRebound, true)]);
  if (p.quadrant !== null) {
    const q = p.quadrant as keyof typeof t.monitor.quadrants;
    rows.push(["quadrant", t.monitor.quadrant, t.monitor.quadrants[q] ?? p.quadrant]);
  }
  return (
    <div className={s.cardBlock} title={t.monitor.pricesColumn(p.header)}>
      {rows.map(([key, label, value]) => (
        <div key={key} className={s.row}>
          <span className={s.dt}>{label}</span>
          <span className={s.dd} data-monitor={key}>
            {value}
          </span>
        </div>
      ))}
      {p.reason && card.metrics.crowding === undefined ? <span className={s.legend}>{p.reason}</span> : null}
    </div>
  );
}
