/**
 * The rolling excess over time as a chart.js line chart, with the report's
 * 10% line as a second, flat dataset. Only the pieces used are registered, so
 * the rest of chart.js is tree-shaken out of the bundle.
 */
import { useEffect, useRef } from "react";
import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { formatPercent } from "../format";

// No Legend plugin: the legend is HTML below the canvas (readable by screen readers, themed by Fluent).
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

/** The report's historical top of TMT's 40-day rolling excess. */
export const REPORT_TOP = 0.1;

export interface GaugeChartProps {
  readonly labels: readonly string[];
  readonly excess: readonly (number | null)[];
  readonly excessLabel: string;
  readonly lineLabel: string;
  readonly ariaLabel: string;
  readonly theme: Theme;
}

function config(p: GaugeChartProps): ChartConfiguration<"line", (number | null)[], string> {
  const grid = p.theme.colorNeutralStroke2;
  const text = p.theme.colorNeutralForeground2;
  return {
    type: "line",
    data: {
      labels: [...p.labels],
      datasets: [
        {
          label: p.excessLabel,
          data: [...p.excess],
          borderColor: p.theme.colorBrandForeground1,
          backgroundColor: p.theme.colorBrandForeground1,
          borderWidth: 1.5,
          pointRadius: 0,
          pointHitRadius: 4,
          spanGaps: false,
        },
        {
          label: p.lineLabel,
          data: p.labels.map(() => REPORT_TOP),
          borderColor: p.theme.colorPaletteRedBorderActive,
          backgroundColor: p.theme.colorPaletteRedBorderActive,
          borderDash: [5, 4],
          borderWidth: 1.25,
          pointRadius: 0,
          pointHitRadius: 0,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      plugins: {
        tooltip: {
          callbacks: { label: (ctx) => `${ctx.dataset.label}: ${typeof ctx.parsed.y === "number" ? formatPercent(ctx.parsed.y, true) : ""}` },
        },
      },
      scales: {
        x: { ticks: { color: text, maxTicksLimit: 5, maxRotation: 0, autoSkip: true, font: { size: 10 } }, grid: { display: false } },
        y: {
          ticks: { color: text, font: { size: 10 }, callback: (v) => (typeof v === "number" ? formatPercent(v) : String(v)) },
          grid: { color: grid },
        },
      },
    },
  };
}

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "4px" },
  box: { position: "relative", height: "200px", width: "100%" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    listStyle: "none",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  solid: { width: "16px", height: 0, borderTop: `2px solid ${tokens.colorBrandForeground1}` },
  dashed: { width: "16px", height: 0, borderTop: `2px dashed ${tokens.colorPaletteRedBorderActive}` },
});

export function GaugeChart(props: GaugeChartProps) {
  const s = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<"line", (number | null)[], string> | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, config(props));
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // Created once; later props update it in place (below), which keeps the canvas.
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const next = config(props);
    c.data = next.data;
    c.options = next.options ?? {};
    c.update("none");
  }, [props.labels, props.excess, props.excessLabel, props.lineLabel, props.theme]);

  return (
    <figure className={s.figure}>
      <div className={s.box}>
        <canvas ref={canvas} role="img" aria-label={props.ariaLabel} data-testid="gauge-chart" />
      </div>
      <ul className={s.legend}>
        <li className={s.item}>
          <span className={s.solid} aria-hidden="true" />
          {props.excessLabel}
        </li>
        <li className={s.item}>
          <span className={s.dashed} aria-hidden="true" />
          {props.lineLabel}
        </li>
      </ul>
    </figure>
  );
}
