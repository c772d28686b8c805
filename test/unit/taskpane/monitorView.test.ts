/**
 * The monitor's parts of the board, rendered to HTML (react-dom/server inside
 * Fluent's provider, as the bench renders the board). Expected texts are
 * written here by hand from issue 11 ("since the rebound on 2026-04-08
 * (automatic)") and from the pane's Chinese wording.
 */
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_RULE, monitorBoard } from "../../../src/core/board";
import type { TableData } from "../../../src/core/table";
import { Board } from "../../../src/taskpane/components/Board";
import { MonitorBar } from "../../../src/taskpane/components/Monitor";
import { I18nContext, strings, type Language } from "../../../src/taskpane/i18n";

const html = (lang: Language, el: ReactElement): string =>
  renderToString(
    createElement(I18nContext.Provider, { value: { lang, t: strings[lang] } }, createElement(FluentProvider, { theme: webLightTheme }, el)),
  );
const text = (h: string): string => h.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/\s+/g, " ");

// 70 weekdays from 2026-01-19 (serial 46041, by hand from 46136 = 2026-04-24); All A's low on row 50.
const rows = Array.from({ length: 70 }, (_, t) => {
  const day = 46041 + t + 2 * Math.floor(t / 5);
  return [day, 100 + t, t === 16 ? "n/a" : 50 + Math.sin(t), t === 50 ? 80 : 100 + Math.cos(t)];
});
const prices: TableData = { name: "Px", headers: ["Date", "PCB", "交换机", "All A"], rows };

describe("the monitor in the pane", () => {
  const { board, monitor } = monitorBoard(prices, undefined, { rule: DEFAULT_RULE });

  test("the rebound line, in English and Chinese", () => {
    const date = monitor.rebound?.date as string;
    expect(monitor.rebound?.row).toBe(50);
    expect(text(html("en", createElement(MonitorBar, { monitor, table: "Px" })))).toContain(`since the rebound on ${date} (automatic)`);
    expect(text(html("zh", createElement(MonitorBar, { monitor, table: "Px" })))).toContain(`自 ${date} 反弹以来（自动）`);
  });

  test("cards mark figures from prices, and the bad column's card shows its error alone", () => {
    const out = html("en", createElement(Board, { board }));
    expect(out).toContain('data-source="prices"');
    expect(text(out)).toContain('prices unreadable: row 17 is text "n/a"; prices must be positive numbers');
    expect(out.match(/data-testid="card-error"/g)).toHaveLength(1);
    const zh = text(html("zh", createElement(Board, { board })));
    expect(zh).toContain("价格无法读取：第 17 行是文本“n/a”；价格须为正数");
  });
});
