/**
 * Derives the localized custom-functions metadata (dist/functions.zh-CN.json)
 * from the generated dist/functions.json and the typed catalogue
 * src/functions/help.zh-CN.ts. custom-functions-metadata-plugin cannot write
 * localized files; Excel picks this one through the manifest's
 * <bt:Override Locale="zh-CN"> of Functions.Metadata.Url.
 *
 * Everything but the texts is copied: ids, function names (BATON.X in every
 * language), types, dimensionality, optional flags, options. Missing or stale
 * catalogue entries are problems; webpack.config.js turns them into a build error.
 */

/** The locale of the derived file and of the manifest's Override. */
const ZH_LOCALE = "zh-CN";
const ZH_FILE = "functions.zh-CN.json";

/**
 * @param {{ functions: { id: string, description?: string, parameters?: { name: string, description?: string }[] }[] }} meta functions.json, parsed
 * @param {Record<string, { description: string, parameters: Record<string, { name: string, description: string }> }>} catalogue HELP_ZH_CN
 * @returns {{ problems: string[], meta: object }} the localized metadata, and what is missing or stale (empty when complete)
 */
function localizeFunctions(meta, catalogue) {
  const problems = [];
  const ids = new Set(meta.functions.map((f) => f.id));
  for (const id of Object.keys(catalogue)) {
    if (!ids.has(id)) problems.push(`help.zh-CN.ts: ${id} is not a function in functions.json (renamed or removed?)`);
  }
  const functions = meta.functions.map((f) => {
    const help = catalogue[f.id];
    if (!help) {
      problems.push(`help.zh-CN.ts: no entry for ${f.id}`);
      return f;
    }
    if (!help.description || !help.description.trim()) problems.push(`help.zh-CN.ts: ${f.id} has no description`);
    const params = f.parameters || [];
    const names = new Set(params.map((p) => p.name));
    for (const p of Object.keys(help.parameters || {})) {
      if (!names.has(p)) problems.push(`help.zh-CN.ts: ${f.id} has no parameter "${p}" in functions.json (renamed or removed?)`);
    }
    const parameters = params.map((p) => {
      const ph = (help.parameters || {})[p.name];
      if (!ph) {
        problems.push(`help.zh-CN.ts: no entry for ${f.id}'s parameter "${p.name}"`);
        return p;
      }
      if (!ph.name.trim() || !ph.description.trim()) problems.push(`help.zh-CN.ts: ${f.id}'s parameter "${p.name}" needs a name and a description`);
      return { ...p, name: ph.name, description: ph.description };
    });
    return { ...f, description: help.description, parameters };
  });
  return { problems, meta: { ...meta, functions } };
}

module.exports = { ZH_LOCALE, ZH_FILE, localizeFunctions };
