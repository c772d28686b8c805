/**
 * What a colleague sees when a Baton workbook is opened elsewhere (issue 14),
 * for every template's Readme sheet: the same facts as README.md's "Opening
 * Baton workbooks elsewhere". LibreOffice's behaviour was checked by hand
 * with the built templates (LibreOffice 7.4, default settings, recalculation
 * on load "never" and "always": every BATON cell shows #NAME?), and is
 * re-checked on every CI run (test/integration/templates.test.ts, both
 * languages and every template; test/integration/elsewhere.test.ts). WPS:
 * its documentation (365.kdocs.cn, "WPS 加载项 自定义函数") covers WPS's own
 * add-ins only.
 *
 * Plain text, one paragraph per entry, English and 简体中文 in the same order.
 */
import type { TemplateLang } from "./catalog";

/** The pane action that freezes BATON formulas to values in copies of sheets (h-pane, issue 14). */
export const COPY_FOR_SHARING = { en: "Copy for sharing", zh: "分享副本" } as const;

export const SHARING_NOTES: { readonly en: readonly string[]; readonly zh: readonly string[] } = {
  en: [
    "Excel with the Baton add-in: live. Every BATON cell recalculates from the tables it reads once the add-in has " +
      "loaded. If some stay #NAME? after it has loaded, re-enter them (Baton's pane: Repair Baton formulas).",
    "Excel without the add-in (desktop, Mac or web): the BATON cells show the values saved in the file only until " +
      "something makes Excel recalculate them (editing a cell they read, F9 or Ctrl+Alt+F9, or a version of Excel " +
      "that recalculates the whole file on open); from then on they show #NAME?. The Check sheet is native formulas " +
      "and always has numbers.",
    "LibreOffice Calc (tested with 7.4): every BATON cell shows #NAME?, both with the default settings and with " +
      "Tools > Options > Calc > Formula > Recalculation on file load set to Never recalculate; LibreOffice does not " +
      "know add-in functions. Only the Check sheet has numbers.",
    "WPS Office: unknown. WPS documents its own add-in system (WPS add-ins, with custom functions since WPS " +
      "12.1.0.20540), not Office add-ins such as Baton, and publishes nothing on how it shows Excel add-in formulas " +
      "saved in a workbook (_xldudf_…); expect #NAME? in BATON cells and rely on the Check sheet.",
    `To send numbers to someone without Baton, use "${COPY_FOR_SHARING.en}" in the Baton pane: it copies the sheets ` +
      "you pick and replaces every BATON formula in the copies with its current values (the originals are not " +
      "touched); move the copies to a new workbook and send that. Or paste the cells as values.",
  ],
  zh: [
    "装有 Baton 加载项的 Excel：实时计算。加载项加载后，每个 BATON 单元格随其读取的表格自动重新计算。若加载后仍有单元格显示 " +
      "#NAME?，请重新输入公式（Baton 任务窗格：修复 Baton 公式）。",
    "未装加载项的 Excel（Windows、Mac 或网页版）：BATON 单元格显示文件中保存的值，但只保持到 Excel 重新计算它们为止（编辑它们读取的" +
      "单元格、按 F9 或 Ctrl+Alt+F9，或所用 Excel 版本在打开时重算整个文件）；此后显示 #NAME?。“核对”（Check）表是原生公式，始终有数字。",
    "LibreOffice Calc（以 7.4 测试）：无论默认设置，还是把“工具 > 选项 > Calc > 公式 > 加载文件时重新计算”设为“从不重新计算”，" +
      "每个 BATON 单元格都显示 #NAME?；LibreOffice 不认识加载项函数。只有“核对”表有数字。",
    "WPS Office：未知。WPS 文档介绍的是它自己的加载项体系（WPS 加载项，自 12.1.0.20540 版起支持自定义函数），而非 Baton 这类 " +
      "Office 加载项，也没有说明如何显示工作簿中保存的 Excel 加载项公式（_xldudf_…）；BATON 单元格预计显示 #NAME?，请以“核对”表为准。",
    `要把数字发给没有 Baton 的同事，请在 Baton 任务窗格中使用“${COPY_FOR_SHARING.zh}”：它复制您选择的工作表，并把副本中的每个 ` +
      "BATON 公式替换为当前值（原表不变）；把副本移到新工作簿后发送即可。也可以将单元格粘贴为数值。",
  ],
};

/** The sharing paragraphs in a template language, one per application, then the pane action. */
export function sharingLines(lang: TemplateLang): readonly string[] {
  return lang === "zh-CN" ? SHARING_NOTES.zh : SHARING_NOTES.en;
}
