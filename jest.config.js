/**
 * Two projects:
 *  - unit: the core, the function adapters, the workbook adapters (office-addin-mock),
 *    board logic; fast, no build needed.
 *  - integration: tests of what `npm run build` wrote into dist/ (the bundle in a
 *    plain JS context, functions.json, templates through LibreOffice, the preview
 *    in Chromium). `npm test` builds first.
 */
const tsJest = [
  "ts-jest",
  { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } },
];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest pulls ESM-only packages that
    // Jest cannot require on Node 20; the mock only needs this module.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"] },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/test/integration/**/*.test.ts?(x)"],
    },
  ],
  testTimeout: 120000,
};
