/**
 * A crowding zone as a coloured chip that always carries the zone's word
 * (never colour alone): green Low, yellow Elevated, orange Crowded, red
 * Extreme, from Fluent's palette tokens so both themes keep their contrast.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Zone } from "../../core/zones";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  chip: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: "1px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  Low: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  Elevated: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  Crowded: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  Extreme: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  dot: { width: "6px", height: "6px", borderRadius: "50%", backgroundColor: "currentColor", flexShrink: 0 },
});

export function ZoneChip({ zone, testId }: { zone: Zone; testId?: string }) {
  const s = useStyles();
  const { t } = useI18n();
  return (
    <span className={mergeClasses(s.chip, s[zone])} data-zone={zone} data-testid={testId}>
      <span className={s.dot} aria-hidden="true" />
      {t.zones[zone]}
    </span>
  );
}
