/**
 * Baton's version, from package.json through webpack's DefinePlugin
 * (BATON_VERSION in webpack.config.js), for the pane's About line. Outside a
 * webpack build (unit tests) it is "dev".
 */
declare const BATON_VERSION: string | undefined;

export const batonVersion: string = typeof BATON_VERSION === "string" ? BATON_VERSION : "dev";

/** The About line: the same words in every language. */
export const aboutLine = `Baton ${batonVersion}`;
