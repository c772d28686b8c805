/**
 * The unified manifest for Microsoft 365 (dist/manifest.json), derived from
 * the XML manifest so that the two cannot drift: manifest.xml is the one
 * source of truth (and stays the default: perpetual Office and older builds
 * read only XML). Run by webpack.config.js on the retargeted manifest.xml;
 * checked offline against the published schema by validateUnifiedManifest.
 *
 * Schema: the JSON schema of the unified manifest version 1.24 (the first
 * with `customFunctions.metadataUrl`), as shipped in the npm package
 * @microsoft/app-manifest (build/json-schemas/teams/v1.24/MicrosoftTeams.schema.json),
 * read from node_modules: no network.
 */
const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

const MANIFEST_VERSION = "1.24";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

const attr = (el, a) => (el && el.$ ? el.$[a] : undefined);
const local = (n) => n.replace(/^.*:/, "");

/** Every element (local name, node) in document order. */
function elements(node, name, out = []) {
  out.push({ name: local(name), node });
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$" || k === "_") continue;
      for (const child of Array.isArray(v) ? v : [v]) elements(child, k, out);
    }
  }
  return out;
}

/** `s`, or its first clauses (up to a comma) within `max` characters, or its words with an ellipsis. */
function shortText(s, max) {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const comma = cut.lastIndexOf(", ");
  if (comma > max / 3) return cut.slice(0, comma);
  const space = cut.lastIndexOf(" ", max - 2);
  return `${cut.slice(0, space > 0 ? space : max - 1)}…`;
}

/** Text of an element that may carry attributes. */
const text = (el) => (typeof el === "string" ? el : el && el._);

/**
 * The unified manifest of the add-in the XML manifest describes.
 * @param {string} xml the (retargeted) manifest.xml
 * @param {string} version package.json's version (semver, as the unified manifest wants it)
 * @returns {Promise<object>} manifest.json's content
 * @throws Error when the XML lacks a part Baton's manifest always has (a build error)
 */
async function toUnifiedManifest(xml, version) {
  const doc = await xml2js.parseStringPromise(xml, { explicitArray: true });
  const app = doc.OfficeApp;
  const all = elements(app, "OfficeApp");
  const resources = new Map();
  for (const { name, node } of all) {
    if (["Image", "Url", "String"].includes(name) && attr(node, "id") !== undefined && attr(node, "DefaultValue") !== undefined) {
      resources.set(attr(node, "id"), attr(node, "DefaultValue"));
    }
  }
  const res = (resid) => {
    const v = resources.get(resid);
    if (v === undefined) throw new Error(`manifest.xml: resource "${resid}" is not defined`);
    return v;
  };
  const one = (name, type) => {
    const found = all.find((e) => e.name === name && (type === undefined || attr(e.node, "xsi:type") === type));
    if (!found) throw new Error(`manifest.xml has no ${name}${type ? ` of type ${type}` : ""}`);
    return found.node;
  };

  const runtimeUrl = res(attr(one("Runtime"), "resid"));
  const cf = one("ExtensionPoint", "CustomFunctions");
  const scriptUrl = res(attr(cf.Script[0].SourceLocation[0], "resid"));
  const metadataUrl = res(attr(cf.Metadata[0].SourceLocation[0], "resid"));
  const namespace = res(attr(cf.Namespace[0], "resid"));
  const group = one("Group");
  const control = one("Control", "Button");
  const icons = (iconEl) => (iconEl.Image ?? iconEl["bt:Image"]).map((im) => ({ size: Number(attr(im, "size")), url: res(attr(im, "resid")) }));
  const taskpaneAction = control.Action[0];
  const getStarted = one("GetStarted");
  const host = new URL(runtimeUrl).host;
  const siteUrl = attr(app.SupportUrl?.[0], "DefaultValue") || runtimeUrl;
  const description = attr(app.Description[0], "DefaultValue");
  const displayName = attr(app.DisplayName[0], "DefaultValue");
  const requirementSets = (app.Requirements?.[0]?.Sets?.[0]?.Set ?? []).map((s) => ({ name: attr(s, "Name"), minVersion: attr(s, "MinVersion") }));

  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    id: text(app.Id[0]),
    version,
    name: { short: displayName, full: displayName },
    description: { short: shortText(description, 80), full: description },
    developer: {
      name: text(app.ProviderName[0]),
      websiteUrl: siteUrl,
      privacyUrl: siteUrl,
      termsOfUseUrl: siteUrl,
    },
    icons: { outline: "assets/icon-32.png", color: "assets/icon-128.png" },
    accentColor: "#1F6FEB",
    localizationInfo: {
      defaultLanguageTag: text(app.DefaultLocale[0]),
      additionalLanguages: Object.keys(await toUnifiedLocalizations(xml)).map((file) => ({ languageTag: file.replace(/^manifest\.|\.json$/g, ""), file })),
    },
    validDomains: [host],
    authorization: {
      permissions: {
        // ReadWriteDocument in the XML manifest.
        resourceSpecific: [{ name: "Document.ReadWrite.User", type: "Delegated" }],
      },
    },
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities: requirementSets },
        runtimes: [
          {
            requirements: { capabilities: [{ name: "CustomFunctionsRuntime", minVersion: "1.1" }, ...requirementSets] },
            id: "SharedRuntime",
            type: "general",
            code: { page: runtimeUrl, script: scriptUrl },
            lifetime: "long",
            actions: [
              {
                id: "ShowTaskpane",
                type: "openPage",
                view: text(taskpaneAction.TaskpaneId?.[0]) || "Baton.Taskpane",
              },
            ],
            customFunctions: {
              namespace: { id: namespace, name: namespace },
              metadataUrl,
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: attr(one("OfficeTab"), "id"),
                groups: [
                  {
                    id: attr(group, "id"),
                    label: res(attr(group.Label[0], "resid")),
                    icons: icons(group.Icon[0]),
                    controls: [
                      {
                        id: attr(control, "id"),
                        type: "button",
                        label: res(attr(control.Label[0], "resid")),
                        icons: icons(control.Icon[0]),
                        supertip: {
                          title: res(attr(control.Supertip[0].Title[0], "resid")),
                          description: res(attr(control.Supertip[0].Description[0], "resid")),
                        },
                        actionId: "ShowTaskpane",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: res(attr(getStarted.Title[0], "resid")),
            description: res(attr(getStarted.Description[0], "resid")),
            learnMoreUrl: res(attr(getStarted.LearnMoreUrl[0], "resid")),
          },
        ],
      },
    ],
  };
}

/**
 * The unified manifest's language files, from the XML manifest's Overrides of
 * DisplayName and Description (e.g. zh-CN: "Baton 接力"). The manifest lists
 * them in localizationInfo.additionalLanguages.
 * @param {string} xml
 * @returns {Promise<Record<string, object>>} file name (manifest.zh-CN.json) → content
 */
async function toUnifiedLocalizations(xml) {
  const doc = await xml2js.parseStringPromise(xml, { explicitArray: true });
  const app = doc.OfficeApp;
  const byLocale = new Map();
  const take = (el, keys) => {
    for (const o of el?.Override ?? []) {
      const l = attr(o, "Locale");
      if (!byLocale.has(l)) byLocale.set(l, {});
      for (const k of keys) byLocale.get(l)[k] = attr(o, "Value");
    }
  };
  take(app.DisplayName?.[0], ["name.short", "name.full"]);
  take(app.Description?.[0], ["description.short", "description.full"]);
  const files = {};
  for (const [locale, strings] of byLocale) {
    files[`manifest.${locale}.json`] = {
      $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
      ...strings,
      "description.short": shortText(strings["description.short"] ?? "", 80),
    };
  }
  return files;
}

/** The published schema file, from node_modules/@microsoft/app-manifest. */
function schemaPath(kind = "MicrosoftTeams") {
  const pkg = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  return path.join(pkg, "build", "json-schemas", "teams", `v${MANIFEST_VERSION}`, `${kind}.schema.json`);
}

/**
 * Validates a unified manifest against the published JSON schema (draft-04),
 * offline, and checks that every URL in it is https.
 * @param {object} manifest
 * @param {"MicrosoftTeams" | "MicrosoftTeams.Localization"} [kind] the manifest, or a language file
 * @returns {string[]} problems, as "path: message"; empty when valid
 */
function validateUnifiedManifest(manifest, kind = "MicrosoftTeams") {
  const Ajv = require("ajv");
  const schema = JSON.parse(fs.readFileSync(schemaPath(kind), "utf8"));
  // extendRefs: keywords beside a $ref apply too (as in Ajv 8, which Microsoft's own validator uses), e.g. maxLength next to $ref nonEmptyString.
  const ajv = new Ajv({ schemaId: "auto", allErrors: true, unknownFormats: "ignore", extendRefs: true, logger: false });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json"));
  const validate = ajv.compile(schema);
  // The schema's httpsUrl also lets http:// through; Office loads add-ins over https only.
  const insecure = [];
  const walk = (v, at) => {
    if (typeof v === "string" && /^http:\/\//i.test(v)) insecure.push(`${at}: "${v}" must be https`);
    else if (v && typeof v === "object") for (const [k, c] of Object.entries(v)) walk(c, Array.isArray(v) ? `${at}[${k}]` : `${at}.${k}`);
  };
  walk(manifest, "");
  if (validate(manifest)) return insecure;
  const why = (e) => `${e.dataPath || "(root)"}: ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`;
  return insecure.concat(validate.errors.map(why));
}

module.exports = { MANIFEST_VERSION, toUnifiedManifest, toUnifiedLocalizations, validateUnifiedManifest, schemaPath };
