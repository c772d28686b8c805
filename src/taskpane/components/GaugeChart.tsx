/**
 * The rolling excess over time drawn as SVG by hand, with the report's 10%
 * line dashed across it (geometry: src/taskpane/charts/svg.ts). Laid out at
 * the box's measured width, so tick labels keep their pixel size in a
 * 320-pixel pane. Hovering, or focusing the chart and using the arrow keys
 * (Home/End for the ends), shows the values at a date; screen readers hear
 * them through a polite live region. The legend is HTML below (themed by
 * Fluent, read by screen readers).
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { chartTooltip } from "../charts/tooltipStyle";
import { formatPercent } from "../format";
import { useI18n } from "../i18n";
import { indexTicks, linePath, linearScale, nearestIndex, niceAxis, plotArea, type Area } from "../charts/svg";
import { useWidth } from "../charts/useWidth";

/** The report's historical top of TMT's 40-day rolling excess. */
export const REPORT_TOP = 0.1;

/** The chart's height in px (its width is the pane's). */
export const GAUGE_HEIGHT = 200;

export interface GaugeChartProps {
  readonly labels: readonly string[];
  readonly excess: readonly (number | null)[];
  readonly excessLabel: string;
  readonly lineLabel: string;
  readonly ariaLabel: string;
  readonly theme: Theme;
  /** Width to lay out at before the box is measured (react-dom/server renders); default 320. */
  readonly initialWidth?: number;
}

/** Px per character of the 10 px tick labels (digits and "%", "-" in Segoe UI are narrower: an upper bound). */
const CHAR_PX = 6;

/** Everything the chart draws, in pixels of a `width` × GAUGE_HEIGHT box. */
export interface GaugeLayout {
  readonly width: number;
  readonly area: Area;
  readonly yTicks: readonly { text: string; y: number }[];
  readonly xTicks: readonly { text: string; x: number }[];
  readonly path: string;
  /** Where the 10% line runs. */
  readonly topY: number;
  readonly x: (i: number) => number;
  readonly y: (v: number) => number;
}

/**
 * The chart's layout: the y axis fitted to the excess and the 10% line (nice
 * percent ticks, at most 5 intervals), the left margin as wide as its longest
 * label; dates spread evenly from the left edge to the right, as many date
 * labels as fit (at most 5). Cost O(n).
 */
export function gaugeLayout(labels: readonly string[], excess: readonly (number | null)[], width: number): GaugeLayout {
  const w = Math.max(160, Math.round(width));
  let lo = REPORT_TOP;
  let hi = REPORT_TOP;
  for (const v of excess) {
    if (typeof v === "number" && Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const axis = niceAxis(lo, hi, 5);
  // As many decimals as the step needs (a 2.5% step writes 12.5%, not 13%).
  let digits = 0;
  while (digits < 3 && Math.abs(axis.step * 100 * 10 ** digits - Math.round(axis.step * 100 * 10 ** digits)) > 1e-6) digits++;
  const yTexts = axis.ticks.map((v) => formatPercent(v, false, digits));
  const left = 6 + CHAR_PX * Math.max(...yTexts.map((s) => s.length), 2);
  const area = plotArea(w, GAUGE_HEIGHT, { left, top: 8, right: 10, bottom: 22 });
  const n = labels.length;
  const x = n > 1 ? linearScale(0, n - 1, area.left, area.right) : () => (area.left + area.right) / 2;
  const y = linearScale(axis.min, axis.max, area.bottom, area.top);
  const longest = Math.max(1, ...labels.map((s) => s.length));
  const fit = Math.max(1, Math.min(5, Math.floor((area.right - area.left) / (longest * CHAR_PX + 16)) + 1));
  const xTicks = indexTicks(n, fit).map((i) => {
    const half = (labels[i].length * CHAR_PX) / 2;
    // Centred under the date, but kept inside the box.
    return { text: labels[i], x: Math.min(w - half, Math.max(half, x(i))) };
  });
  return {
    width: w,
    area,
    yTicks: axis.ticks.map((v, i) => ({ text: yTexts[i], y: y(v) })),
    xTicks,
    path: linePath(excess.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? { x: x(i), y: y(v) } : null))),
    topY: y(REPORT_TOP),
    x,
    y,
  };
}

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "4px" },
  box: {
    position: "relative",
    width: "100%",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible", userSelect: "none", touchAction: "pan-y" },
  tip: {
    ...chartTooltip,
    top: "4px",
    zIndex: 1,
    minWidth: "140px",
  },
  tipDate: { fontWeight: tokens.fontWeightSemibold },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
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
  const { t } = useI18n();
  const { labels, excess, theme } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, props.initialWidth ?? 320);
  const [index, setIndex] = useState<number>();
  const layout = useMemo(() => gaugeLayout(labels, excess, width), [labels, excess, width]);
  const { area } = layout;
  const n = labels.length;
  const at = index !== undefined && index < n ? index : undefined;
  const value = at !== undefined ? excess[at] : undefined;
  const lines =
    at !== undefined
      ? [
          `${props.excessLabel}: ${typeof value === "number" ? formatPercent(value, true) : ""}`,
          `${props.lineLabel}: ${formatPercent(REPORT_TOP, true)}`,
        ]
      : [];

  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    if (r.width <= 0) return;
    setIndex(nearestIndex(((e.clientX - r.left) * layout.width) / r.width, n, area.left, area.right));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (n === 0) return;
    const from = at ?? n - 1;
    const step = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : e.key === "PageUp" ? -20 : e.key === "PageDown" ? 20 : 0;
    let next: number | undefined;
    if (step !== 0) next = Math.min(n - 1, Math.max(0, from + step));
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = n - 1;
    else if (e.key === "Escape") next = undefined;
    else return;
    e.preventDefault();
    setIndex(next);
  };
  const pct = (v: number): string => `${(v / layout.width) * 100}%`;
  const text = theme.colorNeutralForeground2;

  return (
    <figure className={s.figure}>
      <div
        className={s.box}
        ref={box}
        tabIndex={0}
        role="group"
        aria-label={t.gauge.chartKeys}
        onKeyDown={onKey}
        onFocus={() => setIndex((i) => i ?? (n > 0 ? n - 1 : undefined))}
        onBlur={() => setIndex(undefined)}
        data-testid="gauge-chart-box"
      >
        <svg
          className={s.svg}
          viewBox={`0 0 ${layout.width} ${GAUGE_HEIGHT}`}
          width={layout.width}
          height={GAUGE_HEIGHT}
          role="img"
          aria-label={props.ariaLabel}
          data-testid="gauge-chart"
          fontFamily={theme.fontFamilyBase}
          onPointerMove={onPointer}
          onPointerLeave={() => setIndex(undefined)}
        >
          <g aria-hidden="true">
            <g stroke={theme.colorNeutralStroke2} strokeWidth={1}>
              {layout.yTicks.map((k, i) => (
                <line key={i} x1={area.left} x2={area.right} y1={k.y} y2={k.y} />
              ))}
            </g>
            <g fill={text} fontSize={10}>
              {layout.yTicks.map((k, i) => (
                <text key={i} x={area.left - 5} y={k.y + 3.5} textAnchor="end">
                  {k.text}
                </text>
              ))}
              {layout.xTicks.map((k, i) => (
                <text key={i} x={k.x} y={area.bottom + 15} textAnchor="middle">
                  {k.text}
                </text>
              ))}
            </g>
            <line
              x1={area.left}
              x2={area.right}
              y1={layout.topY}
              y2={layout.topY}
              stroke={theme.colorPaletteRedBorderActive}
              strokeWidth={1.25}
              strokeDasharray="5 4"
            />
            <path d={layout.path} fill="none" stroke={theme.colorBrandForeground1} strokeWidth={1.5} strokeLinejoin="round" data-testid="gauge-line" />
            {at !== undefined ? (
              <g>
                <line x1={layout.x(at)} x2={layout.x(at)} y1={area.top} y2={area.bottom} stroke={theme.colorNeutralStroke1} strokeWidth={1} />
                {typeof value === "number" ? (
                  <circle cx={layout.x(at)} cy={layout.y(value)} r={3} fill={theme.colorBrandForeground1} stroke={theme.colorNeutralBackground1} strokeWidth={1.5} />
                ) : null}
              </g>
            ) : null}
          </g>
        </svg>
        {at !== undefined ? (
          <div
            className={s.tip}
            aria-hidden="true"
            data-testid="gauge-readout"
            data-index={at}
            style={layout.x(at) > (area.left + area.right) / 2 ? { right: pct(layout.width - layout.x(at) + 10) } : { left: pct(layout.x(at) + 10) }}
          >
            <div className={s.tipDate}>{labels[at]}</div>
            {lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </div>
        ) : null}
        <span className={s.hidden} aria-live="polite">
          {at !== undefined ? `${labels[at]}: ${lines.join("; ")}` : ""}
        </span>
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
