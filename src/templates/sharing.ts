/**
 * What a colleague sees when a Baton workbook is opened elsewhere, for the
 * templates' Readme sheets (issue 14). The same facts as README.md's
 * "Opening Baton workbooks elsewhere"; LibreOffice's behaviour was checked
 * with the built templates (LibreOffice 7.4, default settings, recalculation
 * on load "never" and "always": every BATON cell shows #NAME? in all three).
 *
 * Plain text, one paragraph per entry, English and 简体中文 in the same order,
 * for the Readme builder (src/templates/readme.ts) to place.
 */
export const SHARING_NOTES: { readonly en: readonly string[]; readonly zh: readonly string[] } = {
  en: [
    "Opening this workbook elsewhere:",
    "Excel with Baton installed: the BATON cells recalculate when the add-in loads. If some stay #NAME? after it has loaded, re-enter them (Baton's pane: Repair Baton formulas).",
    "Excel without Baton (desktop, Mac or web): the BATON cells show the values saved with the file, until Excel recalculates them (editing a cell they depend on, Ctrl+Alt+F9, or opening in another Excel version); then they show #NAME?. The Check sheet, in native formulas, always has numbers.",
    "LibreOffice (checked with version 7.4, whatever its 'recalculation on file load' setting): every BATON cell shows #NAME?; only the Check sheet has numbers.",
    "WPS Spreadsheets: Baton is an Office add-in, which WPS does not run; expect #NAME? in the BATON cells, as in LibreOffice (not tested).",
    "To send numbers to someone without Baton: use Baton's pane, Copy for sharing, which copies sheets with the BATON formulas replaced by their values; or paste the cells as values.",
  ],
  zh: [
    "在其他软件中打开本工作簿：",
    "已安装 Baton 的 Excel：加载项加载后 BATON 单元格会重新计算。若加载后仍有单元格显示 #NAME?，请重新输入公式（Baton 任务窗格：修复 Baton 公式）。",
    "未安装 Baton 的 Excel（Windows、Mac 或网页版）：BATON 单元格显示文件保存时的数值，直到 Excel 重新计算（修改其引用的单元格、Ctrl+Alt+F9，或在其他版本的 Excel 中打开），之后显示 #NAME?。Check 表只用原生公式，始终有数字。",
    "LibreOffice（已用 7.4 版验证，无论“加载文件时重新计算”如何设置）：所有 BATON 单元格显示 #NAME?，只有 Check 表有数字。",
    "WPS 表格：Baton 是 Office 加载项，WPS 不运行此类加载项；BATON 单元格预计与 LibreOffice 一样显示 #NAME?（未经测试）。",
    "要把数字发给没有 Baton 的同事：使用 Baton 任务窗格的“分享副本”，它会复制所选工作表并把 BATON 公式替换为数值；或将单元格粘贴为数值。",
  ],
};
