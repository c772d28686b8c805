/**
 * The crowding gauge: one sector against its benchmark, two price columns of
 * a table the analyst picks. Today's rolling excess, its score and zone, the
 * peak and headroom, and the chart of the rolling excess with the report's
 * 10% line. "Insert chart" asks the workbook for a native line chart.
 */
import { useMemo } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens, type Theme } from "@fluentui/react-components";
import type { TableInfo } from "../../workbook/port";
import type { ZoneWord } from "../../core/board/types";
import { useI18n } from "../i18n";
import { formatDate, formatPercent, formatScore } from "../format";
import { GaugeChart } from "./GaugeChart";
import { ZoneChip } from "./Zone";
import type { Status } from "./Notices";
import { StatusBar } from "./Notices";

/** What the gauge shows (the core's GaugeModel, as the pane needs it). */
export interface GaugeView {
  readonly dates: readonly unknown[];
  readonly excess: readonly (number | null)[];
  readonly latest: {
    readonly excess?: number | null;
    readonly score?: number | null;
    readonly zone?: ZoneWord | null;
    readonly peak?: number | null;
    readonly headroom?: number | null;
    readonly history?: number | null;
  };
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
  readonly onPick: (pick: { table?: string; sectorColumn?: string; benchmarkColumn?: string }) => void;
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

/** A labelled select of names (a table or a column); an empty first choice while nothing is picked. */
function Picker(p: {
  label: string;
  value?: string;
  none: string;
  options: readonly string[];
  testId: string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Field label={p.label}>
      <Select value={p.value ?? ""} onChange={(_, d) => p.onChange(d.value || undefined)} data-testid={p.testId}>
        {p.value ? null : <option value="">{p.none}</option>}
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

  return (
    <div className={s.root} data-testid="gauge">
      <div className={s.pickers}>
        <Picker label={t.gauge.priceTable} value={p.table} none={none} options={p.tables.map((x) => x.name)} testId="gauge-table" onChange={(v) => p.onPick({ table: v })} />
        <Picker label={t.gauge.sector} value={p.sector} none={none} options={headers} testId="gauge-sector" onChange={(v) => p.onPick({ sectorColumn: v })} />
        <Picker label={t.gauge.benchmark} value={p.benchmark} none={none} options={headers} testId="gauge-benchmark" onChange={(v) => p.onPick({ benchmarkColumn: v })} />
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
          <GaugeChart
            labels={labels}
            excess={excess}
            excessLabel={t.gauge.seriesExcess}
            lineLabel={t.gauge.seriesLine}
            ariaLabel={t.gauge.chartLabel(p.sector ?? "", p.benchmark ?? "", p.window)}
            theme={p.theme}
          />
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
