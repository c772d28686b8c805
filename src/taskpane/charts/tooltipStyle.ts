/**
 * The hover card of the pane's SVG charts (the gauge's line, the rotation
 * map): a Fluent surface in the theme's colours that never takes the pointer,
 * so the chart under it keeps its hover. Each chart adds its own place and width.
 */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const chartTooltip: GriffelStyle = {
  position: "absolute",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  boxShadow: tokens.shadow8,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  pointerEvents: "none",
};
