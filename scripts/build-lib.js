/**
 * Pure helpers of the build (webpack.config.js, scripts/package.js), kept
 * apart so that unit tests can call them (test/unit/build/).
 *
 * - Where the add-in is hosted: `BATON_URL` (https, ending in "/") or, without
 *   it, the development build on https://localhost:3000/.
 * - The version: package.json's `version` is the one source; the XML manifest
 *   wants four numeric parts.
 * - Retargeting the manifest (written for localhost in the repository) at the
 *   host, with the version stamped in.
 */

/** The development server's address; manifest.xml in the repository is written for it. */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

const EXAMPLE = "https://baton.example.com/addin/";

/**
 * Reads BATON_URL.
 * @param {string | undefined} raw the environment variable (undefined or "" for a development build)
 * @returns {{ ok: true, url: string, dev: boolean } | { ok: false, message: string }}
 *   the URL every page, script and icon is served under (ends in "/"), or why it is refused
 */
function resolveHostUrl(raw) {
  if (raw === undefined || raw.trim() === "") return { ok: true, url: DEV_URL, dev: true };
  const refuse = (why) => ({
    ok: false,
    message: `BATON_URL "${raw}" ${why}. Give the https address the add-in will be served from, ending in "/", e.g. BATON_URL=${EXAMPLE} npm run build`,
  });
  if (raw !== raw.trim() || /\s/.test(raw)) return refuse("contains spaces");
  let u;
  try {
    u = new URL(raw);
  } catch {
    return refuse("is not a URL");
  }
  if (u.protocol !== "https:") return refuse(`is not https (Office loads add-ins only over https; it starts with ${u.protocol})`);
  if (u.username || u.password) return refuse("must not carry a user name or password");
  if (u.search || u.hash || raw.includes("?") || raw.includes("#")) return refuse("must not have a query (?…) or fragment (#…)");
  if (!raw.endsWith("/")) return refuse('does not end in "/" (it is a folder: pages are found by appending their names)');
  return { ok: true, url: u.href, dev: u.href === DEV_URL };
}

/**
 * The XML manifest's four-part version from package.json's semver.
 * @param {string} version e.g. "0.2.0" (a pre-release or build tag such as "0.2.0-beta.1" is dropped)
 * @returns {string} e.g. "0.2.0.0"
 * @throws Error when the version is not major.minor.patch or a part exceeds 65535 (a build error, not user input)
 */
function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(String(version));
  if (!m) throw new Error(`package.json version "${version}" is not major.minor.patch`);
  const parts = [m[1], m[2], m[3]].map(Number);
  if (parts.some((p) => p > 65535)) throw new Error(`package.json version "${version}": each part must be at most 65535 for the XML manifest`);
  return [...parts, 0].join(".");
}

/**
 * The manifest for a host: every https://localhost:3000/ URL becomes `url`, the
 * AppDomain the host's origin, and <Version> the package version.
 * @param {string} xml manifest.xml as written in the repository
 * @param {string} url from {@link resolveHostUrl}
 * @param {string} version package.json's version
 * @returns {string}
 */
function retargetManifest(xml, url, version) {
  const origin = new URL(url).origin;
  return xml
    .split(DEV_URL)
    .join(url)
    .split(DEV_ORIGIN)
    .join(origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/**
 * Files under `text` that still name localhost (what a hosted build must not ship).
 * @param {Record<string, string>} files path → text
 * @returns {string[]} the paths that mention localhost
 */
function mentionsLocalhost(files) {
  return Object.keys(files).filter((f) => /localhost|127\.0\.0\.1/i.test(files[f]));
}

module.exports = { DEV_URL, resolveHostUrl, manifestVersion, retargetManifest, mentionsLocalhost };
