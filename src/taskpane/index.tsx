/**
 * Task pane entry: renders the pane at once (it shows a spinner until the
 * host is known). The pane picks its workbook itself (usePane.ts): Excel
 * when office.js reports Excel, the in-memory sample workbook otherwise,
 * including when office.js is not loaded at all.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";

function mount(): void {
  const el = document.getElementById("root");
  if (!el) return;
  el.textContent = "";
  createRoot(el).render(<App />);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount, { once: true });
else mount();
