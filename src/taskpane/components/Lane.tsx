/**
 * One tier of the diffusion path: a labelled region with a heading (the
 * tier's number and label in the pane's language), the tier's medians and
 * its segment cards.
 */
import { memo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lane as LaneModel, MetricKey } from "../../core/board/types";
import { useI18n } from "../i18n";
import { SegmentCard, formatMetric } from "./SegmentCard";

const useStyles = makeStyles({
  lane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  kicker: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
  },
  count: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, textTransform: "none", letterSpacing: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  medians: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase200 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontStyle: "italic" },
});

const MEDIAN_ORDER: readonly MetricKey[] = ["growth", "revision", "sinceRebound", "crowding"];

function LaneImpl({ lane }: { lane: LaneModel }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const headingId = `lane-${lane.tier}-heading`;
  const medians = MEDIAN_ORDER.filter((k) => lane.medians[k] !== undefined)
    .map((k) => `${t.metrics[k]} ${formatMetric(k, lane.medians[k] as number)}`)
    .join(" · ");
  return (
    <section className={s.lane} aria-labelledby={headingId} data-testid="lane" data-tier={lane.tier}>
      <div className={s.header}>
        <div className={s.kicker}>
          <span>{t.tier(lane.tier)}</span>
          <span className={s.count}>{t.laneCount(lane.cards.length)}</span>
        </div>
        <h2 className={s.heading} id={headingId} data-testid="lane-heading">
          {lang === "zh" ? lane.labelZh : lane.label}
        </h2>
        {medians ? (
          <div className={s.medians}>
            {t.medians}: {medians}
          </div>
        ) : null}
      </div>
      {lane.cards.length === 0 ? (
        <div className={s.empty}>{t.laneEmpty}</div>
      ) : (
        <ul className={s.list}>
          {lane.cards.map((c) => (
            <li key={`${c.row}:${c.name}`}>
              <SegmentCard card={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const Lane = memo(LaneImpl);
