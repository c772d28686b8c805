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

/** The current theme, updated when the browser's scheme or Office's theme changes. */
export function useThemeName(): ThemeName {
  const [name, setName] = useState<ThemeName>(detectTheme);
  useEffect(() => {
    const update = () => setName(detectTheme());
    const mq = mediaQuery();
    mq?.addEventListener?.("change", update);
    let removeOffice: (() => void) | undefined;
    try {
      // OfficeThemeChanged is raised by hosts that support it; where it is not, addHandlerAsync reports a failure we ignore.
      const doc = typeof Office !== "undefined" ? Office.context?.document : undefined;
      const type = typeof Office !== "undefined" ? Office.EventType?.OfficeThemeChanged : undefined;
      if (doc && type && typeof doc.addHandlerAsync === "function") {
        doc.addHandlerAsync(type, update, () => undefined);
        removeOffice = () => doc.removeHandlerAsync(type, { handler: update }, () => undefined);
      }
    } catch {
      removeOffice = undefined;
    }
    return () => {
      mq?.removeEventListener?.("change", update);
      removeOffice?.();
    };
  }, []);
  return name;
}
