/**
 * The workbook templates `npm run build` writes into dist/templates/
 * (scripts/build-templates.ts), as plain data for the task pane's
 * "Insert template" button and the docs. No imports: the pane bundles this
 * file without pulling in the builder.
 *
 * Every template exists in English (`dist/templates/<file>`) and in Chinese
 * (`dist/templates/zh-CN/<file>`): the same builder, the same table names,
 * the same formulas and cached values; sheet names, headers, Readme texts and
 * date formats follow the language. Words that formulas compare (zones,
 * quadrants, detail labels) are the same in both.
 */

/** The languages templates are built in. `en` is the default, at the top of dist/templates/. */
export type TemplateLang = "en" | "zh-CN";
export const TEMPLATE_LANGS: readonly TemplateLang[] = ["en", "zh-CN"];

/** The template kinds, one builder each. */
export type TemplateId = "crowding-monitor" | "diffusion-tiers" | "tier-monitor";

export interface TemplateInfo {
  readonly id: TemplateId;
  readonly lang: TemplateLang;
  /** File name, also the name to download it as: `crowding-monitor.xlsx`. */
  readonly file: string;
  /** Path under dist/templates/ (and under `templates/` on the add-in's origin): `zh-CN/crowding-monitor.xlsx`. */
  readonly path: string;
  readonly title: { readonly en: string; readonly zh: string };
  readonly description: { readonly en: string; readonly zh: string };
  /** Sheet names, in workbook order, in the template's language. */
  readonly sheets: readonly string[];
  /**
   * Names of the Excel tables the template creates (its formulas refer to them,
   * e.g. `Prices[Sector]`). Table names are unique across a workbook, so the
   * pane passes these to `insertTemplate`, which renames the template's table
   * when the analyst already has one of that name. ASCII in every language.
   */
  readonly tables: readonly string[];
}

interface Entry {
  readonly id: TemplateId;
  readonly file: string;
  readonly title: TemplateInfo["title"];
  readonly description: TemplateInfo["description"];
  readonly sheets: Readonly<Record<TemplateLang, readonly string[]>>;
  readonly tables: readonly string[];
}

const ENTRIES: readonly Entry[] = [
  {
    id: "crowding-monitor",
    file: "crowding-monitor.xlsx",
    title: { en: "Crowding monitor", zh: "拥挤度监测" },
    description: {
      en: "Daily prices and turnover of a sector and its benchmark; 40-day rolling excess and crowding score (series and detail), with a native-formula check sheet.",
      zh: "行业与基准的日度价格和成交额；40日滚动超额收益与拥挤度（序列与明细），附原生公式核对表。",
    },
    sheets: { en: ["Readme", "Prices", "Monitor", "Check"], "zh-CN": ["说明", "价格", "监测", "核对"] },
    tables: ["Prices"],
  },
  {
    id: "diffusion-tiers",
    file: "diffusion-tiers.xlsx",
    title: { en: "Diffusion tiers", zh: "扩散路径分层" },
    description: {
      en: "The report's segments with growth, revisions, returns since the rebound and crowding; tier and group from an editable taxonomy table.",
      zh: "研报细分行业的盈利增速、上修幅度、反弹以来涨幅与拥挤度；层级与分组来自可编辑的分类表。",
    },
    sheets: { en: ["Readme", "Segments", "Taxonomy", "Check"], "zh-CN": ["说明", "细分行业", "分类", "核对"] },
    tables: ["Segments", "Taxonomy"],
  },
  {
    id: "tier-monitor",
    file: "tier-monitor.xlsx",
    title: { en: "Tier monitor", zh: "分层监测" },
    description: {
      en: "Daily prices of each segment index and the all-A benchmark; per segment its tier, 40-day excess, crowding score and zone, rotation quadrant and return since the rebound, with a native-formula check sheet.",
      zh: "各细分行业指数与全A基准的日度价格；逐个细分行业给出层级、40日超额收益、拥挤度与区间、轮动象限及反弹以来涨幅，附原生公式核对表。",
    },
    sheets: { en: ["Readme", "SegmentPrices", "Monitor", "Check"], "zh-CN": ["说明", "细分价格", "监测", "核对"] },
    tables: ["SegmentPrices"],
  },
];

/** The path of a template file under dist/templates/ for a language. */
export function templatePath(lang: TemplateLang, file: string): string {
  return lang === "en" ? file : `${lang}/${file}`;
}

function info(e: Entry, lang: TemplateLang): TemplateInfo {
  return {
    id: e.id,
    lang,
    file: e.file,
    path: templatePath(lang, e.file),
    title: e.title,
    description: e.description,
    sheets: e.sheets[lang],
    tables: e.tables,
  };
}

/** Every template in every language: all English ones first, then all Chinese ones, each in catalogue order. */
export const ALL_TEMPLATES: readonly TemplateInfo[] = TEMPLATE_LANGS.flatMap((lang) => ENTRIES.map((e) => info(e, lang)));

/** The English templates (dist/templates/<file>), in catalogue order. */
export const TEMPLATES: readonly TemplateInfo[] = ALL_TEMPLATES.filter((t) => t.lang === "en");

/**
 * The template language for an interface language: `zh`, `zh-CN`, `zh-Hans…`
 * (any Chinese) → `zh-CN`; anything else → `en`.
 */
export function templateLangOf(uiLang: string): TemplateLang {
  return /^zh\b/i.test(uiLang.trim()) ? "zh-CN" : "en";
}

/**
 * Every template, the interface language's first: for `zh` (the pane's
 * Chinese) the zh-CN workbooks, then the English ones; for `en` the reverse.
 * Within a language, catalogue order. Cost: O(templates).
 */
export function templatesFor(uiLang: string): TemplateInfo[] {
  const first = templateLangOf(uiLang);
  return [...ALL_TEMPLATES.filter((t) => t.lang === first), ...ALL_TEMPLATES.filter((t) => t.lang !== first)];
}
