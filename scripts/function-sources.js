/**
 * The modules that declare custom functions: every file in src/functions/
 * with an @customfunction JSDoc tag. webpack.config.js hands them to
 * custom-functions-metadata-plugin, which generates dist/functions.json and
 * appends the CustomFunctions.associate calls; src/functions/functions.ts
 * imports them so that they are in the bundle (a test checks the two agree).
 */
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "src", "functions");
exports.functionSources = fs
  .readdirSync(dir)
  .filter((f) => /\.ts$/.test(f) && fs.readFileSync(path.join(dir, f), "utf8").includes("@customfunction"))
  .sort()
  .map((f) => `src/functions/${f}`);
