#!/usr/bin/env node
/**
 * Offline manifest check (`npm run validate`, and test/integration/manifest.test.ts).
 *
 * Microsoft's `office-addin-manifest validate` posts the manifest to an online
 * service, which is out of reach here. This checks what that service and
 * Excel's loader would reject, from the manifest alone:
 * it parses; the Id is a GUID and the Version has four numeric parts; every
 * resid points at a resource of the right kind and ids are unique; the shared
 * runtime is declared consistently (SharedRuntime requirement, one long-lived
 * Runtime, and the custom functions' Page, FunctionFile and task pane all on
 * that runtime's page); every URL is https; every icon exists in assets/ at
 * the size it claims; the namespace and permissions are Baton's.
 *
 * Localized resources (<bt:Override Locale=… Value=…/>): a full language tag
 * (zh-CN, not the bare zh), one Override per locale, https URLs; the custom
 * functions' metadata URL has its zh-CN Override (functions.zh-CN.json).
 *
 * With `files` (a built folder, e.g. dist/) every URL under the add-in's base
 * URL (the folder of the task pane page) must be a file there, Overrides
 * included; without it, icons are looked up in the repository's assets/.
 *
 * Usage: node scripts/manifest-check.js [manifest.xml] [--files dist]
 *        node scripts/manifest-check.js dist/manifest.json   (unified: the published schema, offline)
 */
const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

const root = path.join(__dirname, "..");

/** Every element (name, node, ancestry) in document order. */
function walk(node, name, trail, out) {
  out.push({ name, node, trail });
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$" || k === "_") continue;
      for (const child of Array.isArray(v) ? v : [v]) walk(child, k, [...trail, name], out);
    }
  }
  return out;
}

const attr = (el, a) => (el && el.$ ? el.$[a] : undefined);
const local = (n) => n.replace(/^.*:/, "");

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The folder URL the add-in is served from: that of DefaultSettings/SourceLocation. */
function baseOf(app) {
  const page = attr(app.DefaultSettings?.[0]?.SourceLocation?.[0], "DefaultValue");
  try {
    return new URL(".", page).href;
  } catch {
    return undefined;
  }
}

/**
 * The add-in's base URL (the folder of its task pane page), e.g. https://baton.example.com/addin/.
 * @param {string} xml
 * @returns {Promise<string | undefined>}
 */
async function hostBase(xml) {
  try {
    const doc = await xml2js.parseStringPromise(xml, { explicitArray: true });
    return baseOf(doc.OfficeApp);
  } catch {
    return undefined;
  }
}

/**
 * @param {string} xml the manifest text
 * @param {{ files?: string }} [options] files: the folder served at the base URL (a build), whose files every URL must name
 * @returns {Promise<string[]>} problems; empty when the manifest is sound
 */
async function checkManifest(xml, options = {}) {
  const problems = [];
  let doc;
  try {
    doc = await xml2js.parseStringPromise(xml, { explicitArray: true });
  } catch (e) {
    return [`manifest does not parse: ${e.message}`];
  }
  const app = doc.OfficeApp;
  if (!app) return ["root element is not OfficeApp"];
  if (attr(app, "xsi:type") !== "TaskPaneApp") problems.push("OfficeApp xsi:type must be TaskPaneApp");

  const id = app.Id?.[0];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id || "")) problems.push(`Id "${id}" is not a GUID`);
  const version = app.Version?.[0];
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version || "") || version.split(".").some((p) => Number(p) > 65535)) {
    problems.push(`Version "${version}" must be four numbers n.n.n.n, each at most 65535`);
  }
  if (app.Permissions?.[0] !== "ReadWriteDocument") problems.push("Permissions must be ReadWriteDocument");
  if (!app.Hosts?.[0]?.Host?.some((h) => attr(h, "Name") === "Workbook")) problems.push("Hosts must include Workbook");

  const all = walk(app, "OfficeApp", [], []);

  const localizedUrls = [];
  // Resources: id -> kind; ids unique.
  const defined = new Map();
  for (const { name, node, trail } of all) {
    const parent = trail[trail.length - 1] || "";
    const kinds = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
    const kind = kinds[local(parent)];
    if (kind && node.$ && node.$.id !== undefined) {
      if (defined.has(node.$.id)) problems.push(`resource id "${node.$.id}" is defined twice`);
      defined.set(node.$.id, { kind, value: node.$.DefaultValue, element: local(name) });
    }
  }

  // Localized values: full language tags, one per locale, https for URLs and images.
  const overrides = [];
  for (const { name, node, trail } of all) {
    if (local(name) !== "Override") continue;
    const owner = trail[trail.length - 1] || "";
    const locale = attr(node, "Locale") || "";
    overrides.push({ owner: local(owner), locale, value: attr(node, "Value") });
    if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) problems.push(`Override Locale "${locale}" (in ${local(owner)}) must be a full language tag such as zh-CN`);
  }
  for (const { name, node } of all) {
    const list = [].concat(node?.Override ?? [], node?.["bt:Override"] ?? []);
    const seen = new Set();
    for (const o of list) {
      const l = attr(o, "Locale");
      if (seen.has(l)) problems.push(`${local(name)} ${attr(node, "id") ?? ""}: two Overrides for locale ${l}`.replace("  ", " "));
      seen.add(l);
    }
    const parent = local(name);
    if ((parent === "Url" || parent === "Image") && node.$?.id !== undefined) {
      for (const o of list) {
        const v = attr(o, "Value");
        if (!/^https:\/\//.test(v || "")) problems.push(`${node.$.id}: Override for ${attr(o, "Locale")} "${v}" must be https`);
        localizedUrls.push([`${node.$.id} (${attr(o, "Locale")})`, v]);
      }
    }
  }
  const metadataResource = all.find((e) => local(e.name) === "Url" && attr(e.node, "id") === "Functions.Metadata.Url");
  const zhMeta = [].concat(metadataResource?.node?.["bt:Override"] ?? [], metadataResource?.node?.Override ?? []).find((o) => attr(o, "Locale") === "zh-CN");
  if (!zhMeta) problems.push('Functions.Metadata.Url has no zh-CN Override (the Chinese function help, functions.zh-CN.json)');

  // Every resid resolves, to a resource of the right kind.
  const wantKind = (elName, parentName) => {
    if (elName === "Image") return ["image"];
    if (elName === "SourceLocation" || elName === "LearnMoreUrl" || elName === "FunctionFile" || elName === "Runtime") return ["url"];
    if (elName === "Namespace" || elName === "Label" || elName === "Title") return ["short"];
    if (elName === "Description") return parentName === "Supertip" || parentName === "GetStarted" ? ["long"] : ["short", "long"];
    return ["image", "url", "short", "long"];
  };
  for (const { name, node, trail } of all) {
    const resid = attr(node, "resid");
    if (resid === undefined) continue;
    const d = defined.get(resid);
    if (!d) {
      problems.push(`resid "${resid}" (on ${local(name)}) is not defined in Resources`);
      continue;
    }
    const want = wantKind(local(name), local(trail[trail.length - 1] || ""));
    if (!want.includes(d.kind)) problems.push(`resid "${resid}" on ${local(name)} points at a ${d.kind} resource`);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
  }

  // Shared runtime, declared consistently.
  const sets = all.filter((e) => local(e.name) === "Set").map((e) => attr(e.node, "Name"));
  if (!sets.includes("SharedRuntime")) problems.push("Requirements must include the SharedRuntime set");
  const runtimes = all.filter((e) => local(e.name) === "Runtime");
  if (runtimes.length !== 1) problems.push(`expected exactly one Runtime, found ${runtimes.length}`);
  const runtimeResid = attr(runtimes[0]?.node, "resid");
  if (runtimes[0] && attr(runtimes[0].node, "lifetime") !== "long") problems.push('the Runtime must have lifetime="long"');
  const cf = all.find((e) => local(e.name) === "ExtensionPoint" && attr(e.node, "xsi:type") === "CustomFunctions");
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    const page = cf.node.Page?.[0]?.SourceLocation?.[0];
    if (attr(page, "resid") !== runtimeResid) problems.push("the custom functions' Page must be the shared Runtime's page");
    const ns = attr(cf.node.Namespace?.[0], "resid");
    if (defined.get(ns)?.value !== "BATON") problems.push(`the custom functions namespace must be BATON, is "${defined.get(ns)?.value}"`);
    for (const part of ["Script", "Metadata"]) {
      if (!defined.has(attr(cf.node[part]?.[0]?.SourceLocation?.[0], "resid"))) problems.push(`CustomFunctions ${part} has no SourceLocation`);
    }
  }
  const functionFile = all.find((e) => local(e.name) === "FunctionFile");
  if (functionFile && attr(functionFile.node, "resid") !== runtimeResid) problems.push("FunctionFile must be the shared Runtime's page");
  const taskpane = all.filter((e) => local(e.name) === "Action" && attr(e.node, "xsi:type") === "ShowTaskpane");
  if (taskpane.length === 0) problems.push("no ShowTaskpane button");
  for (const t of taskpane) {
    if (attr(t.node.SourceLocation?.[0], "resid") !== runtimeResid) problems.push("the task pane must open the shared Runtime's page");
  }
  if (!all.some((e) => local(e.name) === "OfficeTab" && attr(e.node, "id") === "TabHome")) problems.push("the button must sit on the Home tab (TabHome)");

  // URLs are https; icons exist at their declared size.
  const urls = [];
  for (const key of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) urls.push([key, attr(app[key]?.[0], "DefaultValue")]);
  urls.push(["SourceLocation", attr(app.DefaultSettings?.[0]?.SourceLocation?.[0], "DefaultValue")]);
  for (const d of app.AppDomains?.[0]?.AppDomain ?? []) urls.push(["AppDomain", d]);
  for (const [rid, d] of defined) if (d.kind === "url" || d.kind === "image") urls.push([rid, d.value]);
  for (const [where, u] of urls) {
    if (!u || !/^https:\/\//.test(u)) problems.push(`${where}: URL "${u}" must be https`);
  }
  const images = [
    ["IconUrl", attr(app.IconUrl?.[0], "DefaultValue"), 32],
    ["HighResolutionIconUrl", attr(app.HighResolutionIconUrl?.[0], "DefaultValue"), 64],
    ...[...defined].filter(([, d]) => d.kind === "image").map(([rid, d]) => [rid, d.value, Number((rid.match(/(\d+)x\1/) || [])[1])]),
  ];
  const base = baseOf(app);
  const relative = (u) => (u && base && u.startsWith(base) ? u.slice(base.length) : u ? new URL(u).pathname.replace(/^\//, "") : "");
  const filesDir = options.files ? path.resolve(options.files) : root;
  for (const [where, u, size] of images) {
    const rel = relative(u);
    const file = path.join(filesDir, rel);
    if (!rel || !fs.existsSync(file)) {
      problems.push(`${where}: icon ${rel || u} does not exist`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim) problems.push(`${where}: ${rel} is not a PNG`);
    else if (size && (dim.width !== size || dim.height !== size)) problems.push(`${where}: ${rel} is ${dim.width}×${dim.height}, expected ${size}×${size}`);
  }

  // In a build, every URL under the base names a file of it.
  if (options.files) {
    for (const [where, u] of [...urls, ...localizedUrls]) {
      if (!u || !base || !u.startsWith(base)) continue;
      const rel = u.slice(base.length).split(/[?#]/)[0];
      if (!rel) continue;
      if (!fs.existsSync(path.join(filesDir, rel))) problems.push(`${where}: ${u} is not a file of ${options.files} (${rel})`);
    }
  }
  return problems;
}

module.exports = { checkManifest, hostBase };

if (require.main === module) {
  const args = process.argv.slice(2);
  const filesAt = args.indexOf("--files");
  const files = filesAt >= 0 ? args[filesAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && !(filesAt >= 0 && i === filesAt + 1)) || path.join(root, "manifest.xml");
  if (file.endsWith(".json")) {
    // The unified manifest: the published schema (and its language files).
    const { validateUnifiedManifest } = require("./unified-manifest");
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    const problems = validateUnifiedManifest(manifest);
    for (const { file: lang } of manifest.localizationInfo?.additionalLanguages ?? []) {
      const langFile = path.join(path.dirname(file), lang);
      if (!fs.existsSync(langFile)) problems.push(`${lang} is missing`);
      else problems.push(...validateUnifiedManifest(JSON.parse(fs.readFileSync(langFile, "utf8")), "MicrosoftTeams.Localization").map((p) => `${lang}: ${p}`));
    }
    for (const p of problems) console.error(`- ${p}`);
    if (problems.length > 0) process.exit(1);
    console.log(`${path.relative(process.cwd(), file)}: valid against the unified manifest schema (offline)`);
  } else {
    checkManifest(fs.readFileSync(file, "utf8"), { files }).then((problems) => {
      if (problems.length === 0) {
        console.log(`${path.relative(process.cwd(), file)}: valid (offline checks: structure, resources, shared runtime, https, icons, localized overrides${files ? `, every URL a file of ${files}` : ""})`);
        return;
      }
      for (const p of problems) console.error(`- ${p}`);
      process.exit(1);
    });
  }
}
