/**
 * Light or dark, following Office's theme inside Office
 * (`Office.context.officeTheme.bodyBackgroundColor`) and the browser's
 * `prefers-color-scheme` elsewhere. Returns Fluent UI's web themes, which are
 * what Office's own panes use.
 */
import { useEffect, useState } from "react";
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

/** Relative luminance of "#RRGGBB" (or "#RGB"), 0 (black) to 1 (white); undefined if unreadable. */
export function luminance(color: string | undefined | null): number | undefined {
  if (typeof color !== "string") return undefined;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function officeThemeName(): ThemeName | undefined {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    const l = luminance(theme?.bodyBackgroundColor);
    return l === undefined ? undefined : l < 0.3 ? "dark" : "light";
  } catch {
    return undefined;
  }
}

function mediaQuery(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
}

export function detectTheme(): ThemeName {
  return officeThemeName() ?? (mediaQuery()?.matches ? "dark" : "light");
}

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}

/** What an Office document offers for theme events (the parts the pane uses). */
interface ThemeEventTarget {
  addHandlerAsync(type: Office.EventType, handler: () => void, callback?: (r: Office.AsyncResult<void>) => void): void;
  removeHandlerAsync(type: Office.EventType, options: { handler: () => void }, callback?: (r: Office.AsyncResult<void>) => void): void;
}

/**
 * Registers `handler` for Office's OfficeThemeChanged event and returns the
 * function that removes it; undefined where there is nothing to register
 * with (outside Office, Office not ready, a host without the event). Never
 * throws: a host that refuses reports it through the callback, ignored here.
 */
export function onOfficeThemeChanged(handler: () => void): (() => void) | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    const doc = Office.context?.document as Partial<ThemeEventTarget> | undefined;
    const type = Office.EventType?.OfficeThemeChanged;
    if (!doc || !type || typeof doc.addHandlerAsync !== "function") return undefined;
    doc.addHandlerAsync(type, handler, () => undefined);
    const remove = doc.removeHandlerAsync;
    return () => {
      try {
        if (typeof remove === "function") remove.call(doc, type, { handler }, () => undefined);
      } catch {
        // the document is gone (pane closing): nothing to remove
      }
    };
  } catch {
    return undefined;
  }
}

/**
 * The current theme, updated when the browser's scheme or Office's theme
 * changes. `officeReady` is true once `Office.onReady` has resolved: only then
 * can Office's theme be read and its OfficeThemeChanged event be registered,
 * so the theme is detected again at that moment (before it, the browser's
 * scheme is all there is).
 */
export function useThemeName(officeReady = false): ThemeName {
  const [name, setName] = useState<ThemeName>(detectTheme);
  useEffect(() => {
    const update = () => setName(detectTheme());
    update(); // Office may have become ready since the first render
    const mq = mediaQuery();
    mq?.addEventListener?.("change", update);
    const removeOffice = officeReady ? onOfficeThemeChanged(update) : undefined;
    return () => {
      mq?.removeEventListener?.("change", update);
      removeOffice?.();
    };
  }, [officeReady]);
  return name;
}
