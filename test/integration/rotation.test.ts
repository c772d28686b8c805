/**
 * End to end (issue 12): the Rotation and Heatmap tabs of the built pane in
 * Debian's Chromium, against the preview server (in-memory sample workbook),
 * in a 320-pixel-wide pane. Needs the production build first.
 *
 * Expected values come from elsewhere than the pane: the built bundle's
 * ROTATION (dist/functions.js in a plain JS context, test/support/bundle.ts)
 * on each segment's prices from the sample, and counts from the sample
 * (one point per segment column the taxonomy knows, 12 weeks).
 *
 * Screenshots (English, Chinese, dark) go to test-artifacts/ (gitignored).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { segmentPriceTable } from "../../src/sample";
import { loadFunctionsBundle } from "../support/bundle";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreview } = require("../../scripts/preview.js") as {
  startPreview(o: { port: number; http: boolean }): Promise<{ url: string; close(): Promise<void> }>;
};

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--headless"];
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

const table = segmentPriceTable();
/** Segment columns of the sample: all but Date, All A and 量子计算 (a segment no taxonomy knows), written out by hand. */
const SEGMENT_HEADERS = table.headers.filter((h) => !["Date", "All A", "量子计算"].includes(h));
const col = (j: number): number[][] => table.rows.map((r) => [r[j]]);

let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
let page: Page;
let userDir: string;
const errors: string[] = [];

async function open(p: Page, tab: "rotation" | "heatmap"): Promise<void> {
  await p.click(`[data-testid="tab-${tab}"]`);
  await p.waitForSelector(tab === "rotation" ? '[data-testid="rotation-point"]' : '[data-testid="heatmap-cell"]', { timeout: 30_000 });
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startPreview({ port: 0, http: true });
  userDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-e2e-rot-"));
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 320, height: 900 },
    locale: "en-US",
    colorScheme: "light",
    timeout: 60_000,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForSelector('[data-testid="pane"][data-ready="true"]', { timeout: 30_000 });
  await open(page, "rotation");
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDir) fs.rmSync(userDir, { recursive: true, force: true });
});

test("the rotation map: four quadrant labels, one point per sample segment, three tier markers", async () => {
  const labels = await page.$$eval('[data-testid="quadrant-label"]', (els) => els.map((e) => [e.getAttribute("data-quadrant"), e.textContent]));
  expect(labels.sort()).toEqual([
    ["Improving", "Improving"],
    ["Lagging", "Lagging"],
    ["Leading", "Leading"],
    ["Weakening", "Weakening"],
  ]);
  const names = await page.$$eval('[data-testid="rotation-point"]', (els) => els.map((e) => e.getAttribute("data-name")));
  expect([...names].sort()).toEqual([...SEGMENT_HEADERS].sort());
  const tiers = await page.$$eval('[data-testid="rotation-centroid"]', (els) => els.map((e) => e.getAttribute("data-tier")));
  expect(tiers).toEqual(["1", "2", "3"]);
  await page.screenshot({ path: path.join(ARTIFACTS, "rotation-en.png"), fullPage: true });
});

test("each segment's tooltip (keyboard focus) shows the Ratio and Momentum the built bundle's ROTATION returns", async () => {
  const rotation = loadFunctionsBundle().fn("ROTATION") as (...a: unknown[]) => unknown[][];
  const bench = table.headers.indexOf("All A");
  const points = await page.$$('[data-testid="rotation-point"]');
  expect(points).toHaveLength(SEGMENT_HEADERS.length);
  for (const point of points) {
    const header = (await point.getAttribute("data-name")) as string;
    await point.focus();
    const tip = await page.waitForSelector('[data-testid="rotation-tooltip"]');
    const ratio = await tip.$eval('[data-testid="tooltip-ratio"]', (e) => e.textContent);
    const momentum = await tip.$eval('[data-testid="tooltip-momentum"]', (e) => e.textContent);
    const out = rotation(col(table.headers.indexOf(header)), col(bench), null, null, null);
    expect([header, ratio, momentum]).toEqual([header, (out[0][0] as number).toFixed(2), (out[1][0] as number).toFixed(2)]);
    expect(await tip.textContent()).toContain(out[2][0] as string); // the quadrant word (English pane)
  }
  // Hover shows it too: a point no other marker covers, under a real mouse.
  await page.focus('[data-testid="rotation-tier"]');
  await page.mouse.move(0, 0);
  expect(await page.$('[data-testid="rotation-tooltip"]')).toBeNull();
  const free = await page.$$eval('[data-testid="rotation-point"]', (els) =>
    els.findIndex((e) => {
      const r = e.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === e;
    }),
  );
  expect(free).toBeGreaterThanOrEqual(0);
  await points[free].hover();
  const name = await points[free].getAttribute("aria-label");
  expect(name).toContain(await page.textContent('[data-testid="tooltip-ratio"]'));
  await page.screenshot({ path: path.join(ARTIFACTS, "rotation-tooltip-en.png") });
});

test("the tier filter shows one tier; the table view lists the same segments and the centroids", async () => {
  await page.selectOption('[data-testid="rotation-tier"]', "2");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="rotation-centroid"]').length === 1);
  const tiers = await page.$$eval('[data-testid="rotation-point"]', (els) => [...new Set(els.map((e) => e.getAttribute("data-tier")))]);
  expect(tiers).toEqual(["2"]);
  await page.selectOption('[data-testid="rotation-tier"]', "");
  await page.selectOption('[data-testid="rotation-view"]', "table");
  expect(await page.$$eval('[data-testid="rotation-table-row"]', (els) => els.length)).toBe(SEGMENT_HEADERS.length);
  expect(await page.$$eval('[data-testid="rotation-table-centroid"]', (els) => els.length)).toBe(3);
  await page.selectOption('[data-testid="rotation-view"]', "chart");
});

test("Insert chart adds a scatter on a new sheet of the preview workbook", async () => {
  await page.click('[data-testid="rotation-insert"]');
  await page.waitForSelector("text=Chart inserted on a new sheet");
});

test("the heatmap: segments × 12 cells, sortable by today's score", async () => {
  await open(page, "heatmap");
  expect(await page.$$eval('[data-testid="heatmap-row"]', (els) => els.length)).toBe(SEGMENT_HEADERS.length);
  expect(await page.$$eval('[data-testid="heatmap-cell"]', (els) => els.length)).toBe(SEGMENT_HEADERS.length * 12);
  await page.screenshot({ path: path.join(ARTIFACTS, "heatmap-en.png"), fullPage: true });
  await page.selectOption('[data-testid="heatmap-sort"]', "today");
  const today = await page.$$eval('[data-testid="heatmap-row"]', (rows) =>
    rows.map((r) => Number(r.querySelectorAll('[data-testid="heatmap-cell"]')[11].textContent)),
  );
  expect(today).toEqual([...today].sort((a, b) => b - a));
  await page.selectOption('[data-testid="heatmap-sort"]', "tier");
});

test("Chinese labels", async () => {
  await page.click('[data-testid="toggle-language"]');
  await page.waitForSelector('[data-testid="pane"][data-lang="zh"]');
  await page.screenshot({ path: path.join(ARTIFACTS, "heatmap-zh.png"), fullPage: true });
  await open(page, "rotation");
  const labels = await page.$$eval('[data-testid="quadrant-label"]', (els) => els.map((e) => e.textContent).sort());
  expect(labels).toEqual(["改善", "落后", "转弱", "领先"].sort());
  await page.screenshot({ path: path.join(ARTIFACTS, "rotation-zh.png"), fullPage: true });
  await page.click('[data-testid="toggle-language"]');
  await page.waitForSelector('[data-testid="pane"][data-lang="en"]');
});

test("dark theme", async () => {
  const dark = await context.newPage();
  await dark.emulateMedia({ colorScheme: "dark" });
  dark.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await dark.goto(`${server.url}/taskpane.html`);
  await dark.waitForSelector('[data-testid="pane"][data-ready="true"]', { timeout: 30_000 });
  await open(dark, "rotation");
  expect(await dark.$eval(".fui-FluentProvider", (e) => e.getAttribute("data-theme"))).toBe("dark");
  await dark.screenshot({ path: path.join(ARTIFACTS, "rotation-dark.png"), fullPage: true });
  await open(dark, "heatmap");
  await dark.screenshot({ path: path.join(ARTIFACTS, "heatmap-dark.png"), fullPage: true });
  await dark.close();
});

test("no page errors", () => {
  expect(errors).toEqual([]);
});
