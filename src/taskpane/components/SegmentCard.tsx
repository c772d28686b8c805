/**
 * One segment of the board: its name as the analyst wrote it, the
 * taxonomy's name and group, its badges and the metrics the table has.
 * Everything from the workbook is rendered as text.
 */
import { memo } from "react";
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Card as CardModel, MetricKey } from "../../core/board/types";
import { useI18n } from "../i18n";
import { formatPercent, formatScore } from "../format";
import { ZoneChip } from "./Zone";
import { CardPrices, SourceMark } from "./Monitor";

const useStyles = makeStyles({
  // A plain article styled like Fluent's Card (its component adds focus
  // management the board does not need, and ~6 KB gzip to the bundle).
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
  },
  catchUp: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", margin: 0, fontSize: tokens.fontSizeBase300 },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end" },
  metrics: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  pair: { display: "contents" },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums", display: "flex", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end", alignItems: "center" },
});

const ORDER: readonly MetricKey[] = ["crowding", "growth", "revision", "sinceRebound"];

function formatMetric(key: MetricKey, v: number): string {
  if (key === "crowding") return formatScore(v);
  return formatPercent(v, key === "sinceRebound" || key === "revision");
}

function SegmentCardImpl({ card }: { card: CardModel }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const canonical = lang === "zh" ? (card.canonicalZh ?? card.canonical) : card.canonical;
  const group = lang === "zh" ? (card.groupZh ?? card.group) : card.group;
  const sub = [canonical !== card.name ? canonical : "", group].filter(Boolean).join(" · ");
  const catchUp = card.badges.includes("catch-up");
  return (
    <article
      className={mergeClasses(s.card, catchUp && s.catchUp)}
      aria-label={card.name}
      data-testid="segment-card"
      data-segment={card.name}
      data-badges={card.badges.join(" ")}
    >
      <div className={s.head}>
        <div className={s.titles}>
          <h3 className={s.name}>{card.name}</h3>
          {sub ? <span className={s.sub}>{sub}</span> : null}
        </div>
        {card.badges.length > 0 ? (
          <div className={s.badges}>
            {card.badges.map((b) => (
              <Badge
                key={b}
                appearance={b === "catch-up" ? "filled" : "tint"}
                color={b === "catch-up" ? "brand" : "danger"}
                shape="rounded"
                data-testid={`badge-${b}`}
              >
                {t.badges[b]}
              </Badge>
            ))}
          </div>
        ) : null}
      </div>
      {ORDER.some((k) => card.metrics[k] !== undefined) ? (
        <dl className={s.metrics}>
          {ORDER.map((k) => {
            const v = card.metrics[k];
            if (v === undefined) return null;
            return (
              <div key={k} className={s.pair}>
                <dt className={s.dt}>{t.metrics[k]}</dt>
                <dd className={s.dd} data-metric={k}>
                  <span>{formatMetric(k, v)}</span>
                  {k === "crowding" && card.zone ? <ZoneChip zone={card.zone} /> : null}
                  {card.sources?.[k] ? <SourceMark source={card.sources[k]} /> : null}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      <CardPrices card={card} />
    </article>
  );
}

export const SegmentCard = memo(SegmentCardImpl);
export { formatMetric };
