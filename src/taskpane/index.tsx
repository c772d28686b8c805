/**
 * Task pane entry. Placeholder until the tier view lands: it tells whether it
 * runs inside Excel or in a plain browser (the preview).
 */
function render(host: string | null): void {
  const el = document.getElementById("root");
  if (!el) return;
  el.textContent = host ? `Baton is running in ${host}.` : "Baton is running outside Excel (browser preview).";
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => render(info.host ? String(info.host) : null));
} else {
  render(null);
}
