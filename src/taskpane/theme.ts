/**
 * Light or dark, following Office's theme inside Office
 * (`Office.context.officeTheme.bodyBackgroundColor`) and the browser's
 * `prefers-color-scheme` elsewhere. Returns Fluent UI's web themes, which are
 * what Office's own panes use.
 */
import { useEffect, useState } from "react";
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { onPaneVisibility } from "./visibility";

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

/**
 * The current theme, read again when the browser's scheme changes and each
 * time the pane is shown. Office documents the OfficeThemeChanged event for
 * Outlook (Mailbox 1.14) and PowerPoint, not for an Excel document: the
 * handler this pane once registered on `Office.context.document` never
 * fired. Excel gives no theme event, so the theme is read again when the
 * pane becomes visible (`Office.addin.onVisibilityModeChanged`), which is
 * when an analyst who switched Office's theme looks at it. `officeReady` is
 * true once `Office.onReady` has resolved: only then can Office's theme be
 * read, so it is detected again at that moment.
 */
export function useThemeName(officeReady = false): ThemeName {
  const [name, setName] = useState<ThemeName>(detectTheme);
  useEffect(() => {
    const update = () => setName(detectTheme());
    update(); // Office may have become ready since the first render
    const mq = mediaQuery();
    mq?.addEventListener?.("change", update);
    const removeVisibility = officeReady ? onPaneVisibility((visible) => visible && update()) : undefined;
    return () => {
      mq?.removeEventListener?.("change", update);
      removeVisibility?.();
    };
  }, [officeReady]);
  return name;
}
