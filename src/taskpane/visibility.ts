/**
 * Whether the task pane is showing. With a shared runtime the pane's page
 * keeps running after the analyst closes the pane (Office "Show or hide the
 * task pane" docs); `Office.addin.onVisibilityModeChanged` (SharedRuntime
 * 1.1) says when it is hidden or shown again, so the pane pauses its
 * re-reads while hidden and catches up when shown. Outside Office, or on a
 * host without the event, the pane counts as always visible.
 */
import { useEffect, useState } from "react";

/** The part of `Office.addin` used here. */
interface AddinVisibility {
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/**
 * Calls `handler(visible)` whenever the pane is hidden or shown; returns the
 * remover, or undefined when there is nothing to listen to. Never throws.
 */
export function onPaneVisibility(handler: (visible: boolean) => void): (() => void) | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    const addin = (Office as unknown as { addin?: Partial<AddinVisibility> }).addin;
    if (!addin || typeof addin.onVisibilityModeChanged !== "function") return undefined;
    const removing = addin
      .onVisibilityModeChanged((args) => handler(args?.visibilityMode !== "Hidden"))
      .catch(() => undefined);
    return () => {
      void removing.then((remove) => remove?.()).catch(() => undefined);
    };
  } catch {
    return undefined;
  }
}

/** True while the pane shows (always true outside Office); listens once Office is ready. */
export function usePaneVisible(officeReady: boolean): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    if (!officeReady) return;
    return onPaneVisibility(setVisible);
  }, [officeReady]);
  return visible;
}
