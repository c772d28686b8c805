/**
 * The workbook templates `npm run build` writes into dist/templates/
 * (scripts/build-templates.ts), as plain data for the task pane's
 * "Insert template" button and the docs. No imports: the pane bundles this
 * file without pulling in the builder.
 */

export interface TemplateInfo {
  /** File name under dist/templates/. */
  readonly file: string;
  readonly title: { readonly en: string; readonly zh: string };
  readonly description: { readonly en: string; readonly zh: string };
  /** Sheet names, in workbook order. */
  readonly sheets: readonly string[];
  /**
   * Names of the Excel tables the template creates (its formulas refer to them,
   * e.g. `Prices[Sector]`). Table names are unique across a workbook, so the
   * pane passes these to `insertTemplate`, which renames the template's table
   * when the analyst already has one of that name.
   */
  readonly tables: readonly string[];
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    file: "crowding-monitor.xlsx",
    title: { en: "Crowding monitor", zh: "拥挤度监测" },
    description: {
      en: "Daily prices and turnover of a sector and its benchmark; 40-day rolling excess and crowding score (series and detail), with a native-formula check sheet.",
      zh: "行业与基准的日度价格和成交额；40日滚动超额收益与拥挤度（序列与明细），附原生公式核对表。",
    },
    sheets: ["Readme", "Prices", "Monitor", "Check"],
    tables: ["Prices"],
  },
  {
    file: "diffusion-tiers.xlsx",
    title: { en: "Diffusion tiers", zh: "扩散路径分层" },
    description: {
      en: "The report's segments with growth, revisions, returns since the rebound and crowding; tier and group from an editable taxonomy table.",
      zh: "研报细分行业的盈利增速、上修幅度、反弹以来涨幅与拥挤度；层级与分组来自可编辑的分类表。",
    },
    sheets: ["Readme", "Segments", "Taxonomy", "Check"],
    tables: ["Segments", "Taxonomy"],
  },
];
