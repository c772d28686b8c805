/**
 * The width in CSS pixels of a chart's box, measured after layout and on each
 * resize (ResizeObserver), so the SVG charts lay themselves out at their real
 * size: text stays at its pixel size in a 320-pixel pane instead of shrinking
 * with a scaled viewBox. Until measured (and in react-dom/server renders) it
 * is `fallback`.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from "react";

// Layout effects measure before paint in the browser; react-dom/server (bench, tests) runs none and would warn.
const useIsoLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useIsoLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth((old) => (old === w ? old : w));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
