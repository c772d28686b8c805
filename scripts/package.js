#!/usr/bin/env node
/**
 * `npm run package`: one versioned archive, release/baton-<version>.zip, of a
 * hosted build (BATON_URL=https://host/path/ npm run build): every file a
 * static web host serves from that URL (pages, scripts, source maps,
 * functions.json and functions.zh-CN.json, icons, templates) plus the two
 * manifests, manifest.xml (the default) and manifest.json (unified, with its
 * language file manifest.zh-CN.json). Unzip it
 * at the URL's folder; give the manifest to the admin center or users.
 *
 * Before zipping it checks what a host would otherwise find out too late:
 * the build is not the development build, no text file names localhost, both
 * manifests pass the offline checks against the files themselves.
 * Prints the archive's contents and the URL it was built for.
 *
 * Usage: node scripts/package.js [--dist dist] [--out release]
 *   (BATON_DIST=folder works as --dist, as for the build)
 */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { mentionsLocalhost, DEV_URL } = require("./build-lib");
const { checkManifest, hostBase } = require("./manifest-check");
const { validateUnifiedManifest } = require("./unified-manifest");

const root = path.join(__dirname, "..");

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

const TEXT = /\.(html|js|json|xml|css|txt|map)$/;

/**
 * Checks a built dist/ and lists what goes in the archive.
 * @param {string} dist the build folder
 * @returns {Promise<{ problems: string[], url?: string, version?: string, files: string[] }>}
 */
async function inspectBuild(dist) {
  const problems = [];
  const manifestFile = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestFile)) return { problems: [`${manifestFile} is missing: run BATON_URL=https://host/path/ npm run build first`], files: [] };
  const files = listFiles(dist);
  const xml = fs.readFileSync(manifestFile, "utf8");
  const url = await hostBase(xml);
  const version = (/<Version>([^<]*)<\/Version>/.exec(xml) || [])[1];
  if (!url || url === DEV_URL) {
    problems.push(`this is the development build (it points at ${url}); build for your host first: BATON_URL=https://host/path/ npm run build`);
  }
  const texts = {};
  for (const f of files) if (TEXT.test(f)) texts[f] = fs.readFileSync(path.join(dist, f), "utf8");
  for (const f of mentionsLocalhost(texts)) problems.push(`${f} mentions localhost`);
  for (const p of await checkManifest(xml, { files: dist })) problems.push(`manifest.xml: ${p}`);
  if (!files.includes("manifest.json")) problems.push("manifest.json is missing");
  else {
    const unified = JSON.parse(texts["manifest.json"]);
    for (const p of validateUnifiedManifest(unified)) problems.push(`manifest.json: ${p}`);
    for (const icon of Object.values(unified.icons ?? {})) if (!files.includes(icon)) problems.push(`manifest.json: icon ${icon} is not in the build`);
    for (const { file } of unified.localizationInfo?.additionalLanguages ?? []) {
      if (!texts[file]) problems.push(`manifest.json names ${file}, which is not in the build`);
      else for (const p of validateUnifiedManifest(JSON.parse(texts[file]), "MicrosoftTeams.Localization")) problems.push(`${file}: ${p}`);
    }
  }
  return { problems, url, version, files };
}

/**
 * Writes the archive.
 * @returns {Promise<{ file: string, bytes: number }>}
 */
async function writeArchive(dist, files, outFile) {
  const zip = new JSZip();
  for (const f of files) zip.file(f, fs.readFileSync(path.join(dist, f)), { date: new Date("2026-01-01T00:00:00Z") });
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return { file: outFile, bytes: bytes.length };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const dist = path.resolve(opt("--dist", process.env.BATON_DIST || path.join(root, "dist")));
  const out = path.resolve(opt("--out", path.join(root, "release")));
  const { version } = require("../package.json");

  const build = await inspectBuild(dist);
  if (build.problems.length > 0) {
    console.error(`package: ${dist} cannot be shipped:`);
    for (const p of build.problems) console.error(`- ${p}`);
    process.exit(1);
  }
  const { file, bytes } = await writeArchive(dist, build.files, path.join(out, `baton-${version}.zip`));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nBaton ${version} (manifest ${build.version}) for ${build.url}`);
  console.log(`${path.relative(process.cwd(), file)}: ${build.files.length} files, ${kb(bytes)}`);
  for (const f of build.files) console.log(`  ${f.padEnd(40)} ${kb(fs.statSync(path.join(dist, f)).size).padStart(10)}`);
  console.log(`\nUnzip it so that ${build.url}taskpane.html is served; then deploy manifest.xml (or manifest.json for the unified manifest).`);
}

module.exports = { inspectBuild, writeArchive, listFiles };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
