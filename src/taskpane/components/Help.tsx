/** The pane's help: where the data comes from, the tiers, the catch-up rule (as set), the gauge, zones. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatchUpRule } from "../../core/board/types";
import { useI18n } from "../i18n";
import { RuleText } from "./RuleText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  h: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Help({ rule }: { rule: CatchUpRule }) {
  const s = useStyles();
  const { t } = useI18n();
  return (
    <div className={s.root} data-testid="help">
      <p className={s.p}>{t.help.data}</p>
      <p className={s.muted}>{t.help.dataColumns}</p>
      <p className={s.p}>{t.help.tiers}</p>
      <h2 className={s.h}>{t.rule.heading}</h2>
      <RuleText rule={rule} className={s.p} />
      <p className={s.p}>{t.help.gauge}</p>
      <p className={s.p}>{t.help.zones}</p>
      <p className={s.p}>{t.help.refresh}</p>
      <p className={s.muted}>{t.help.privacy}</p>
    </div>
  );
}
