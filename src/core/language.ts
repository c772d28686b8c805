/**
 * The two languages Baton speaks, and how one is chosen from Office's display
 * language. The functions (error messages) and the task pane use the same
 * rule, so a Chinese Excel gets Chinese everywhere. Values that formulas may
 * compare (zones, quadrants, detail labels) never depend on it.
 */

/** English, or 简体中文. */
export type Language = "en" | "zh";

/**
 * "zh-CN", "zh-Hans", "zh-TW"… → "zh"; anything else (or nothing) → "en".
 * @example languageFromTag("zh-CN") // => "zh"
 * @example languageFromTag("en-US") // => "en"
 * @example languageFromTag(undefined) // => "en"
 */
export function languageFromTag(tag: string | undefined | null): Language {
  return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh" : "en";
}
