/**
 * The task pane's board for 500 segments (issue 5): the core's board model
 * alone (buildBoard: classify, medians, badges), and the React render of the
 * Board component to HTML with react-dom/server inside Fluent's provider
 * (the work React does for a first paint, without the browser's layout).
 * Baseline: the same render for 50 segments, the size of a typical sheet.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { rng, Row, time } from "../harness";
import { buildBoard, DEFAULT_RULE } from "../../../src/core/board/board";
import { SEGMENTS } from "../../../src/core/tiers";
import type { TableData } from "../../../src/workbook/port";
import type { Board as BoardModel } from "../../../src/core/board/types";
import { Board } from "../../../src/taskpane/components/Board";
import { I18nContext, strings } from "../../../src/taskpane/i18n";

export const title = "Task pane board: model (buildBoard) and React render (renderToString), 500 segments";

/** n rows: taxonomy names in English and Chinese, every 25th unknown, random metrics (seeded). */
function segmentsTable(n: number): TableData {
  const next = rng(5);
  const rows = Array.from({ length: n }, (_, i) => {
    const seg = SEGMENTS[i % SEGMENTS.length];
    const name = i % 25 === 24 ? `Unknown segment ${i}` : i % 2 ? seg.nameZh : seg.name;
    return [name, next() * 1.5, next() * 0.3 - 0.05, next() * 0.4 - 0.1, next() * 100];
  });
  return { name: "Segments", headers: ["Segment", "2026E profit growth", "Net upward revision", "Return since rebound", "Crowding score"], rows };
}

function render(board: BoardModel): string {
  return renderToString(
    createElement(
      I18nContext.Provider,
      { value: { lang: "en", t: strings.en } },
      createElement(FluentProvider, { theme: webLightTheme }, createElement(Board, { board })),
    ),
  );
}

export function run(): Row[] {
  const rows: Row[] = [];
  const small = segmentsTable(50);
  const smallBoard = buildBoard(small, { rule: DEFAULT_RULE });
  const table = segmentsTable(500);
  const board = buildBoard(table, { rule: DEFAULT_RULE });
  // Warm-up on the large board (JIT, every makeStyles computed once), so the small baseline is not the cold one.
  for (let i = 0; i < 3; i++) render(board);
  const smallRender = time(() => render(smallBoard), 9);
  {
    const n = 500;
    const cards = board.lanes.reduce((s, l) => s + l.cards.length, 0);
    const html = render(board);
    rows.push({ case: "buildBoard (model only)", size: String(n), ms: time(() => buildBoard(table, { rule: DEFAULT_RULE }), 7), note: `${cards} cards, ${board.unknown.length} unknown` });
    rows.push({
      case: "Board renderToString",
      size: String(n),
      ms: time(() => render(board), 9),
      baseline: "same, 50 segments",
      baselineMs: smallRender,
      note: `${Math.round(html.length / 1024)} KB of HTML`,
    });
    rows.push({ case: "buildBoard + renderToString", size: String(n), ms: time(() => render(buildBoard(table, { rule: DEFAULT_RULE })), 9) });
  }
  return rows;
}
