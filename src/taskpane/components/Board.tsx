/**
 * The tier view: three lanes in path order (tier 1 → tier 2 → tier 3), the
 * segments no tier knows (with how to add them), and the cells that could not
 * be read. A pure function of the board model, so it renders the same in the
 * pane, in tests and in the bench (react-dom/server).
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Board as BoardModel } from "../../core/board/types";
import { useI18n } from "../i18n";
import { Lane } from "./Lane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  lanes: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))",
    gap: tokens.spacingVerticalS,
    alignItems: "start",
  },
  unknown: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  unknownHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", margin: 0, padding: 0 },
  chip: {
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: "2px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  how: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  columns: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function Board({ board }: { board: BoardModel }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const columns = Object.values(board.columns).filter((h): h is string => typeof h === "string");
  return (
    <div className={s.root} data-testid="board">
      <div className={s.lanes} role="list" aria-label={t.pathLabel}>
        {board.lanes.map((lane) => (
          <div role="listitem" key={lane.tier}>
            <Lane lane={lane} />
          </div>
        ))}
      </div>
      {board.unknown.length > 0 ? (
        <section className={s.unknown} aria-labelledby="unknown-heading" data-testid="unknown">
          <h2 className={s.unknownHeading} id="unknown-heading">
            {t.unknownTitle} ({board.unknown.length})
          </h2>
          <ul className={s.chips}>
            {board.unknown.map((u) => (
              <li key={`${u.row}:${u.name}`} className={s.chip} title={t.row(u.row + 1)}>
                {u.name}
              </li>
            ))}
          </ul>
          <p className={s.how}>{t.unknownHow}</p>
        </section>
      ) : null}
      {board.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.problemsTitle}</MessageBarTitle>
            <ul className={s.problems}>
              {board.problems.slice(0, 8).map((p, i) => (
                <li key={i}>{p[lang]}</li>
              ))}
              {board.problems.length > 8 ? <li>…</li> : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {columns.length > 0 ? <div className={s.columns}>{t.columnsFound(columns.join(", "))}</div> : null}
    </div>
  );
}
