/**
 * The rotation map as a plain table (issue 12): the same figures as the map
 * for screen readers and for copying: each segment's tier, Ratio, Momentum
 * and quadrant today, then the three tier centroids.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RotationMap } from "../../core/board/rotationMap";
import type { TierNumber } from "../../core/tiers";
import { useI18n } from "../i18n";
import { formatAxis } from "./RotationChart";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: "4px 4px",
  },
  num: { textAlign: "end", padding: "3px 4px", whiteSpace: "nowrap" },
  cell: { padding: "3px 4px", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, overflowWrap: "anywhere" },
  centroid: { fontWeight: tokens.fontWeightSemibold },
});

export function RotationTable({ map, tier }: { map: RotationMap; tier: TierNumber | null }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const shown = (x: TierNumber) => tier === null || x === tier;
  const rows = [
    ...map.segments.filter((x) => shown(x.tier)).map((x) => ({ key: x.header, name: lang === "zh" && x.nameZh ? x.nameZh : x.name, tier: x.tier, today: x.today, centroid: false })),
    ...map.centroids.filter((c) => shown(c.tier)).map((c) => ({ key: `c${c.tier}`, name: t.rotation.centroid(c.tier), tier: c.tier, today: c.today, centroid: true })),
  ];
  return (
    <table className={s.table} data-testid="rotation-table">
      <thead>
        <tr>
          <th className={s.th} scope="col">{t.rotation.segment}</th>
          <th className={s.th} scope="col">{t.rotation.tier}</th>
          <th className={s.th} scope="col">{t.rotation.ratio}</th>
          <th className={s.th} scope="col">{t.rotation.momentum}</th>
          <th className={s.th} scope="col">{t.rotation.quadrant}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.centroid ? s.centroid : undefined} data-testid={r.centroid ? "rotation-table-centroid" : "rotation-table-row"}>
            <th className={s.cell} scope="row" style={{ fontWeight: "inherit" }}>
              {r.name}
            </th>
            <td className={s.cell}>{r.tier}</td>
            {r.today ? (
              <>
                <td className={`${s.cell} ${s.num}`}>{formatAxis(r.today.ratio)}</td>
                <td className={`${s.cell} ${s.num}`}>{formatAxis(r.today.momentum)}</td>
                <td className={s.cell}>{t.rotation.quadrants[r.today.quadrant]}</td>
              </>
            ) : (
              <td className={s.cell} colSpan={3}>
                {t.rotation.notYet}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
