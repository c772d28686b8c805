/**
 * Which workbook the pane talks to: the Excel adapter when `Office.onReady`
 * reports Excel, else the in-memory sample workbook (the preview; also when
 * office.js is not loaded at all).
 */
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../workbook/port";
import { createSampleWorkbook, type MemoryWorkbook } from "../workbook/memory";
import { createExcelWorkbook } from "../workbook/excel";

export interface PortState {
  readonly port: WorkbookPort;
  /** True on the in-memory sample workbook (say so: the prices are synthetic). */
  readonly sample: boolean;
  /**
   * True once `Office.onReady` has resolved: from then on `Office.context`
   * (display language, theme, document events) may be read. False when
   * office.js is not loaded or onReady failed. Before the port state exists
   * at all, Office is not ready yet either.
   */
  readonly officeReady: boolean;
  /** `Office.onReady`'s host ("Excel", …); undefined outside Office. */
  readonly host?: string;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined; // storage blocked (privacy settings): settings live for the session only
  }
}

/**
 * In the browser preview only (the sample workbook), the workbook is reachable
 * as `window.batonPreview.workbook`, so that a newcomer (and the end-to-end
 * test) can change a cell from the console and watch the board refresh:
 * `batonPreview.workbook.updateCell("Segments", 6, 3, 0.5)`. Never set in Excel.
 */
export interface PreviewHandle {
  readonly workbook: MemoryWorkbook;
}

/** The port, once the host is known. */
export function useWorkbookPort(): PortState | undefined {
  const [state, setState] = useState<PortState>();
  useEffect(() => {
    let cancelled = false;
    const choose = (officeReady: boolean, host: string | undefined) => {
      if (cancelled) return;
      if (host === "Excel") {
        setState({ port: createExcelWorkbook(), sample: false, officeReady, host });
        return;
      }
      const workbook = createSampleWorkbook({ storage: browserStorage() });
      if (typeof window !== "undefined") (window as unknown as { batonPreview?: PreviewHandle }).batonPreview = { workbook };
      setState({ port: workbook, sample: true, officeReady, host });
    };
    if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
      Office.onReady()
        .then((info) => choose(true, info?.host ? String(info.host) : undefined))
        .catch(() => choose(false, undefined));
    } else {
      choose(false, undefined);
    }
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

