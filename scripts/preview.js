#!/usr/bin/env node
/**
 * `npm run preview`: serves the built add-in (dist/) on https://localhost:3000
 * (or plain http when no certificate can be had), fully offline.
 *
 * - office.js comes from node_modules/@microsoft/office-js/dist, served under
 *   /office-js/; the pages' reference to Microsoft's CDN (and the CDN origin
 *   in their Content-Security-Policy) is rewritten to it.
 * - Certificates: the Office dev certificate (~/.office-addin-dev-certs) when
 *   present; otherwise a self-signed one made with openssl into .cache/; if
 *   neither works, http. Browsers warn about an untrusted certificate; the
 *   page still works once accepted.
 *
 * Usage: node scripts/preview.js [--port 3000] [--http]
 * In tests: const { url, close } = await startPreview({ port: 0, http: true })
 */
const fs = require("fs");
const http = require("http");
const https = require("https");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const officeJsDir = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Rewrites a built page to load office.js from this server. */
function localisePage(html) {
  return html.split(CDN).join("/office-js/office.js").split(` ${CDN_ORIGIN}`).join("");
}

/** Resolves a URL path inside a base folder, refusing anything that escapes it. */
function inside(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed %-escapes: not found, never a crash
  }
  const p = path.normalize(path.join(base, decoded));
  return p.startsWith(base + path.sep) || p === base ? p : null;
}

function handler(req, res) {
  const url = new URL(req.url, "http://localhost");
  let file;
  if (url.pathname.startsWith("/office-js/")) file = inside(officeJsDir, url.pathname.slice("/office-js/".length));
  else file = inside(dist, url.pathname === "/" ? "taskpane.html" : url.pathname.slice(1));
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("not found");
    return;
  }
  const ext = path.extname(file).toLowerCase();
  let body = fs.readFileSync(file);
  if (ext === ".html") body = Buffer.from(localisePage(body.toString("utf8")));
  res.writeHead(200, {
    "Content-Type": types[ext] || "application/octet-stream",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

/** The certificate to serve https with, or null for http. */
function certificate() {
  const office = path.join(os.homedir(), ".office-addin-dev-certs");
  const pairs = [
    [path.join(office, "localhost.crt"), path.join(office, "localhost.key")],
    [path.join(root, ".cache", "preview-cert", "localhost.crt"), path.join(root, ".cache", "preview-cert", "localhost.key")],
  ];
  for (const [crt, key] of pairs) {
    if (fs.existsSync(crt) && fs.existsSync(key)) return { cert: fs.readFileSync(crt), key: fs.readFileSync(key) };
  }
  const [crt, key] = pairs[1];
  try {
    fs.mkdirSync(path.dirname(crt), { recursive: true });
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt, "-days", "365", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
      { stdio: "ignore" },
    );
    return { cert: fs.readFileSync(crt), key: fs.readFileSync(key) };
  } catch {
    return null;
  }
}

/**
 * Starts the preview server.
 * @param {{port?: number, http?: boolean, host?: string}} [opts] port 0 picks a free one
 * @returns {Promise<{url: string, secure: boolean, close: () => Promise<void>}>}
 */
function startPreview(opts = {}) {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    return Promise.reject(new Error("dist/taskpane.html is missing: run `npm run build` first"));
  }
  const cert = opts.http ? null : certificate();
  const server = cert ? https.createServer(cert, handler) : http.createServer(handler);
  const host = opts.host || "localhost";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 3000, host, () => {
      const { port } = server.address();
      resolve({
        url: `${cert ? "https" : "http"}://localhost:${port}`,
        secure: Boolean(cert),
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

module.exports = { startPreview, localisePage };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf("--port");
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.npm_package_config_dev_server_port) || 3000;
  startPreview({ port, http: args.includes("--http") })
    .then(({ url, secure }) => {
      console.log(`Baton preview: ${url}/taskpane.html`);
      if (secure) console.log("(self-signed or untrusted dev certificate: accept the browser's warning once, or use --http)");
      console.log("Outside Excel the pane runs on an in-memory workbook with the sample data. Ctrl+C stops.");
    })
    .catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
}
