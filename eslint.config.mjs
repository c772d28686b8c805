// Lint: typescript-eslint's recommended rules over the sources, tests and scripts.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/** An ESLint block forbidding files under `dir` to import from the sibling layers `banned` (src/<layer>). */
function layer(dir, banned) {
  return {
    files: [`${dir}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: banned.map((b) => ({
            group: [`**/${b}`, `**/${b}/**`, `src/${b}/**`],
            message: `${dir} must not import from src/${b}: the layers are core ← functions ← workbook ← taskpane (README, "pure core, thin adapters").`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Layering: the core is pure and owns its types; adapters depend on it, never
  // the other way round (see README, "pure core, thin adapters").
  layer("src/core", ["functions", "workbook", "taskpane", "templates", "sample"]),
  layer("src/functions", ["workbook", "taskpane", "templates"]),
  layer("src/workbook", ["taskpane"]),
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
