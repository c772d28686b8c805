import http from "node:http";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreview } = require("../../scripts/preview.js") as {
  startPreview(o: { port: number; http: boolean }): Promise<{ url: string; close(): Promise<void> }>;
};

// The preview server as a newcomer's browser meets it (needs `npm run build`).
function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
      })
      .on("error", reject);
  });
}

describe("scripts/preview.js", () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startPreview({ port: 0, http: true });
  });
  afterAll(() => server.close());

  test("serves the pane with office.js from node_modules and no CDN in its CSP", async () => {
    const r = await get(`${server.url}/taskpane.html`);
    expect(r.status).toBe(200);
    expect(r.body).toContain("/office-js/office.js");
    expect(r.body).not.toContain("appsforoffice.microsoft.com");
    const office = await get(`${server.url}/office-js/office.js`);
    expect(office.status).toBe(200);
    expect(office.type).toMatch(/javascript/);
  });

  test("serves the templates with the spreadsheet content type", async () => {
    const r = await get(`${server.url}/templates/crowding-monitor.xlsx`);
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  test.each(["/%E0%A4%A", "/..%2fpackage.json", "/office-js/..%2f..%2f..%2fpackage.json", "/%2e%2e/package.json"])(
    "answers %s with 404 and keeps running",
    async (p) => {
      expect((await get(`${server.url}${p}`)).status).toBe(404);
      expect((await get(`${server.url}/taskpane.html`)).status).toBe(200);
    },
  );
});
