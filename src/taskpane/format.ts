/**
 * Number formatting for the pane. Metric values arrive as decimals
 * (1.3 = 130%) and scores as 0–100.
 */
import { isDateSerial, serialToIso } from "../core/dates";
import type { Language } from "./i18n";

/**
 * A decimal as a percent with 0–1 decimals: one decimal below 10% in size
 * (0.0266 → "2.7%"), none from there (1.3 → "130%"). Signed when `signed`
 * (returns: "+2.7%", "−4.0%"). `fixedDigits` forces the decimals (the gauge's
 * headline shows 2, as the report quotes "2.66%").
 */
export function formatPercent(x: number, signed = false, fixedDigits?: number): string {
  const pct = x * 100;
  const digits = fixedDigits ?? (Math.abs(pct) < 10 ? 1 : 0);
  const body = Math.abs(pct).toFixed(digits);
  const zero = Number(body) === 0;
  const sign = pct < 0 && !zero ? "−" : signed && !zero ? "+" : "";
  return `${sign}${body}%`;
}

/** A 0–100 score with one decimal: 83.333 → "83.3". */
export function formatScore(x: number): string {
  return x.toFixed(1);
}

/** Excel date serial → "2025-04-24" (core/dates: serials 1 … 2958465); a Date as its UTC day; other values as text. */
export function formatDate(d: unknown): string {
  if (isDateSerial(d)) return serialToIso(d);
  if (d instanceof Date && !Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  return d === null || d === undefined ? "" : String(d);
}

/** Local clock time for "Updated 14:05:09". */
export function formatTime(date: Date, lang: Language): string {
  return date.toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
