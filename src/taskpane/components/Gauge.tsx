/**
 * The crowding gauge: one sector against its benchmark, two price columns of
 * a table the analyst picks, and optionally turnover (sector turnover alone as
 * a share, or sector and market turnover amounts), as CROWDING_SCORE takes
 * it. Today's rolling excess, its score and zone (and the turnover
 * percentile when turnover is read), the peak and headroom, and the chart of
 * the rolling excess with the report's 10% line. "Insert chart" asks the
 * workbook for a native line chart.
 */
import { lazy, Suspense, useMemo } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens, type Theme } from "@fluentui/react-components";
import type { TableInfo } from "../../workbook/port";
import type { Zone } from "../../core/zones";
import { guessPriceColumns } from "../../core/board/gauge";
import { useI18n } from "../i18n";
import { formatDate, formatPercent, formatScore } from "../format";

// The SVG chart loads with the first gauge shown (its own small chunk), not with the page: the first screen
// (the board) carries only what it draws (issue 12's 250 KB budget).
const GaugeChart = lazy(() => import("./GaugeChart.js").then((m) => ({ default: m.GaugeChart })));
import { ZoneChip } from "./Zone";
import type { Status } from "./Notices";
import { StatusBar } from "./Notices";

/** What the gauge shows (the core's GaugeModel, as the pane needs it). */
export interface GaugeView {
  readonly dates: readonly unknown[];
  readonly excess: readonly (number | null)[];
  /** The header texts of the turnover columns the score read; null (or absent) without turnover. */
  readonly turnover?: { readonly sectorColumn: string; readonly marketColumn: string | null } | null;
  readonly latest: {
    readonly excess?: number | null;
    readonly score?: number | null;
    readonly zone?: Zone | null;
    readonly peak?: number | null;
    readonly headroom?: number | null;
    readonly history?: number | null;
    readonly turnoverPercentile?: number | null;
  };
}

/**
 * A pick of the gauge's columns, as stored in the settings' `gauge`. For the
 * turnover columns, `null` is "none" and `undefined` is "the guessed default".
 */
export interface GaugePick {
  readonly table?: string;
  readonly sectorColumn?: string;
  readonly benchmarkColumn?: string;
  readonly turnoverColumn?: string | null;
  readonly marketTurnoverColumn?: string | null;
}

export interface GaugeProps {
  readonly tables: readonly TableInfo[];
  readonly table?: string;
  readonly sector?: string;
  readonly benchmark?: string;
  readonly window: number;
  readonly model?: GaugeView;
  readonly error?: string;
  readonly loading: boolean;
  readonly theme: Theme;
  readonly canInsertChart: boolean;
  readonly insertStatus?: Status;
  /**
   * The turnover columns in use (header text; null: none). When absent, the
   * ones the model read are shown, or, without a model (an error), the guessed
   * defaults.
   */
  readonly turnover?: string | null;
  readonly marketTurnover?: string | null;
  /** Column picks carry every column (the turnover ones included), so that a caller merging them keeps the others. */
  readonly onPick: (pick: GaugePick) => void;
  readonly onInsertChart: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pickers: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  headline: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  big: { display: "flex", flexDirection: "column" },
  bigValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  stats: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
    flexGrow: 1,
    minWidth: "150px",
    fontSize: tokens.fontSizeBase200,
  },
  pair: { display: "contents" },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/**
 * A labelled select of names (a table or a column): an empty first choice
 * while nothing is picked, or always when `optional` (then "none" is a choice).
 */
function Picker(p: {
  label: string;
  value?: string;
  none: string;
  options: readonly string[];
  testId: string;
  optional?: boolean;
  disabled?: boolean;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Field label={p.label}>
      <Select value={p.value ?? ""} onChange={(_, d) => p.onChange(d.value || undefined)} disabled={p.disabled} data-testid={p.testId}>
        {p.value && !p.optional ? null : <option value="">{p.none}</option>}
        {p.options.map((o, i) => (
          <option key={`${i}:${o}`} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
}

const pct = (x: number | null | undefined, none: string, signed = false, digits?: number): string =>
  typeof x === "number" && Number.isFinite(x) ? formatPercent(x, signed, digits) : none;

export function Gauge(p: GaugeProps) {
  const s = useStyles();
  const { t } = useI18n();
  const current = p.tables.find((x) => x.name === p.table);
  const headers = current?.headers ?? [];
  const labels = useMemo(() => (p.model ? p.model.dates.map(formatDate) : []), [p.model]);
  const excess = useMemo(() => (p.model ? p.model.excess : []), [p.model]);
  const latest = p.model?.latest;
  const none = t.gauge.none;
  const guess = useMemo(() => guessPriceColumns(headers), [headers]);
  // The turnover columns in use: as given, else as the model read them, else (no model) the guessed defaults.
  const turnover: string | null =
    p.turnover !== undefined
      ? p.turnover
      : p.model
        ? (p.model.turnover?.sectorColumn ?? null)
        : guess.sectorTurnover !== undefined
          ? headers[guess.sectorTurnover]
          : null;
  const market: string | null =
    turnover === null
      ? null
      : p.marketTurnover !== undefined
        ? p.marketTurnover
        : p.model
          ? (p.model.turnover?.marketColumn ?? null)
          : guess.marketTurnover !== undefined
            ? headers[guess.marketTurnover]
            : null;
  const columns = { sectorColumn: p.sector, benchmarkColumn: p.benchmark };
  const withTurnover = { ...columns, turnoverColumn: turnover, marketTurnoverColumn: market };
  const showTurnover = !!p.model?.turnover;

  return (
    <div className={s.root} data-testid="gauge">
      <div className={s.pickers}>
        <Picker label={t.gauge.priceTable} value={p.table} none={none} options={p.tables.map((x) => x.name)} testId="gauge-table" onChange={(v) => p.onPick({ table: v })} />
        <Picker label={t.gauge.sector} value={p.sector} none={none} options={headers} testId="gauge-sector" onChange={(v) => p.onPick({ ...withTurnover, sectorColumn: v })} />
        <Picker label={t.gauge.benchmark} value={p.benchmark} none={none} options={headers} testId="gauge-benchmark" onChange={(v) => p.onPick({ ...withTurnover, benchmarkColumn: v })} />
        <Picker
          label={t.gauge.turnover}
          value={turnover ?? undefined}
          none={t.gauge.noTurnover}
          optional
          options={headers}
          testId="gauge-turnover"
          // Turning turnover on again takes the guessed market column; off leaves the market column moot.
          onChange={(v) => p.onPick({ ...columns, turnoverColumn: v ?? null, marketTurnoverColumn: turnover !== null && v ? market : undefined })}
        />
        <Picker
          label={t.gauge.marketTurnover}
          value={market ?? undefined}
          none={t.gauge.noTurnover}
          optional
          disabled={turnover === null}
          options={headers}
          testId="gauge-market-turnover"
          onChange={(v) => p.onPick({ ...columns, turnoverColumn: turnover, marketTurnoverColumn: v ?? null })}
        />
      </div>

      {p.tables.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.gauge.noPriceTable}</MessageBarBody>
        </MessageBar>
      ) : null}
      {p.error ? (
        <MessageBar intent="warning" data-testid="gauge-error">
          <MessageBarBody>{p.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {p.loading && !p.model ? <Spinner size="tiny" label={t.loading} /> : null}

      {p.model && latest ? (
        <>
          <section className={s.headline} aria-label={t.gauge.title}>
            <div className={s.big}>
              <span className={s.label}>{t.gauge.excess(p.window)}</span>
              <span className={s.bigValue} data-testid="gauge-excess" data-value={latest.excess ?? ""}>
                {pct(latest.excess, none, true, 2)}
              </span>
            </div>
            <dl className={s.stats}>
              <div className={s.pair}>
                <dt className={s.dt}>{t.gauge.score}</dt>
                <dd className={s.dd} data-testid="gauge-score">
                  {typeof latest.score === "number" ? formatScore(latest.score) : none}
                </dd>
              </div>
              <div className={s.pair}>
                <dt className={s.dt}>{t.gauge.zone}</dt>
                <dd className={s.dd}>{latest.zone ? <ZoneChip zone={latest.zone} testId="gauge-zone" /> : none}</dd>
              </div>
              {showTurnover ? (
                <div className={s.pair}>
                  <dt className={s.dt}>{t.gauge.turnoverPercentile}</dt>
                  <dd className={s.dd} data-testid="gauge-turnover-percentile" data-value={latest.turnoverPercentile ?? ""}>
                    {typeof latest.turnoverPercentile === "number" ? formatScore(latest.turnoverPercentile) : none}
                  </dd>
                </div>
              ) : null}
              <div className={s.pair}>
                <dt className={s.dt}>{t.gauge.peak}</dt>
                <dd className={s.dd}>{pct(latest.peak, none, true)}</dd>
              </div>
              <div className={s.pair}>
                <dt className={s.dt}>{t.gauge.headroom}</dt>
                <dd className={s.dd}>{pct(latest.headroom, none)}</dd>
              </div>
              <div className={s.pair}>
                <dt className={s.dt}>{t.gauge.history}</dt>
                <dd className={s.dd}>{typeof latest.history === "number" ? t.gauge.historyValue(latest.history) : none}</dd>
              </div>
            </dl>
          </section>
          <Suspense fallback={<Spinner size="small" />}>
            <GaugeChart
              labels={labels}
              excess={excess}
              excessLabel={t.gauge.seriesExcess}
              lineLabel={t.gauge.seriesLine}
              ariaLabel={t.gauge.chartLabel(p.sector ?? "", p.benchmark ?? "", p.window)}
              theme={p.theme}
            />
          </Suspense>
          <Text className={s.note}>{t.gauge.reportNote}</Text>
          <div className={s.actions}>
            {p.canInsertChart ? (
              <Button appearance="primary" onClick={p.onInsertChart} disabled={p.insertStatus?.kind === "busy"} data-testid="insert-chart">
                {p.insertStatus?.kind === "busy" ? t.gauge.inserting : t.gauge.insertChart}
              </Button>
            ) : (
              <>
                <Button appearance="primary" disabledFocusable aria-describedby="chart-unsupported" data-testid="insert-chart">
                  {t.gauge.insertChart}
                </Button>
                <Text id="chart-unsupported" className={s.note}>
                  {t.gauge.chartUnsupported}
                </Text>
              </>
            )}
          </div>
          <StatusBar status={p.insertStatus} />
        </>
      ) : null}
    </div>
  );
}
