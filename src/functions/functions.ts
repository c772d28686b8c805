/**
 * Entry point of the custom functions bundle (`functions.js`).
 *
 * Each function lives in its own module with its custom-function JSDoc tag;
 * `custom-functions-metadata-plugin` (webpack.config.js) reads those modules,
 * writes `functions.json` and appends the `CustomFunctions.associate` calls.
 * Importing the modules here is what puts them in the bundle.
 */
import "./runtime";
import "./rollingExcess";
import "./crowdingScore";
import "./diffusionTier";
import "./rotation";
import "./seasonality";
