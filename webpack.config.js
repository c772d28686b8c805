/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/: functions.js + functions.json (generated from
 * the @customfunction JSDoc by custom-functions-metadata-plugin) and its
 * Chinese twin functions.zh-CN.json, the task pane, manifest.xml and the
 * unified manifest.json (with its language file manifest.zh-CN.json and its
 * 192×192 color and 32×32 outline icons) derived from it, and the icons.
 *
 *   npm run build                                   development build: the manifests point at https://localhost:3000/
 *   BATON_URL=https://host/path/ npm run build      hosted build: everything points at that URL, no localhost in dist/
 *   npm run dev-server                              https://localhost:3000 for `npm start` (sideloading)
 *
 * BATON_DIST=folder builds into another folder (the tests' hosted build).
 * package.json's version is the one version: the manifests' and the pane's
 * About line (BATON_VERSION) follow it.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { functionSources } = require("./scripts/function-sources");
const { resolveHostUrl, retargetManifest, mentionsLocalhost } = require("./scripts/build-lib");
const { ZH_FILE, localizeFunctions } = require("./scripts/functions-zh");
const { UNIFIED_ICONS, toUnifiedManifest, toUnifiedLocalizations } = require("./scripts/unified-manifest");
const { unifiedIcons } = require("./scripts/png");
const { version } = require("./package.json");

const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * https for the dev server: the Office dev certificate, trusted where
 * office-addin-dev-certs could install its CA (that needs admin rights); the
 * same certificate untrusted where it could only generate it; http otherwise.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const [cert, key] = ["localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(`The dev certificate is not trusted (${e.message.trim()}); serving https with it anyway.`);
      return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
    }
    console.warn(`No dev certificate (${e.message.trim()}); serving http.`);
    return { type: "http" };
  }
}

/**
 * Writes manifest.xml (retargeted at the host, versioned), manifest.json (the
 * unified manifest, derived from it) and functions.zh-CN.json (derived from
 * functions.json and src/functions/help.zh-CN.ts). A missing or stale Chinese
 * entry, or a hosted build that still names localhost, is a build error.
 */
class BatonAssetsPlugin {
  constructor(host) {
    this.host = host;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const fail = (compilation, message) => compilation.errors.push(new compiler.webpack.WebpackError(message));
    compiler.hooks.thisCompilation.tap("BatonAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "BatonAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const manifestFile = path.resolve(__dirname, "manifest.xml");
          const catalogueFile = path.resolve(__dirname, "src/functions/help.zh-CN.ts");
          compilation.fileDependencies.add(manifestFile);
          compilation.fileDependencies.add(catalogueFile);

          const xml = retargetManifest(fs.readFileSync(manifestFile, "utf8"), this.host.url, version);
          compilation.emitAsset("manifest.xml", new RawSource(xml));
          try {
            const unified = await toUnifiedManifest(xml, version);
            compilation.emitAsset("manifest.json", new RawSource(`${JSON.stringify(unified, null, 2)}\n`));
            for (const [file, strings] of Object.entries(await toUnifiedLocalizations(xml))) {
              compilation.emitAsset(file, new RawSource(`${JSON.stringify(strings, null, 2)}\n`));
            }
            const icon = (f) => fs.readFileSync(path.resolve(__dirname, "assets", f));
            const icons = unifiedIcons(icon("icon-128.png"), icon("icon-32.png"));
            compilation.emitAsset(UNIFIED_ICONS.color, new RawSource(icons.color));
            compilation.emitAsset(UNIFIED_ICONS.outline, new RawSource(icons.outline));
          } catch (e) {
            fail(compilation, `manifest.json: ${e.message}`);
          }

          const meta = compilation.getAsset("functions.json");
          if (meta) {
            // The catalogue is TypeScript: load it through tsx (in watch mode, restart to pick up edits).
            const tsx = require("tsx/cjs/api");
            const { HELP_ZH_CN } = tsx.require(catalogueFile, __filename);
            const { problems, meta: zh } = localizeFunctions(JSON.parse(meta.source.source().toString()), HELP_ZH_CN);
            for (const p of problems) fail(compilation, p);
            compilation.emitAsset(ZH_FILE, new RawSource(`${JSON.stringify(zh, null, 2)}\n`));
          }
        },
      );
      if (!this.host.dev) {
        compilation.hooks.processAssets.tap(
          { name: "BatonAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
          (assets) => {
            const texts = {};
            for (const name of Object.keys(assets)) {
              if (/\.(html|js|json|xml|css|txt)$/.test(name)) texts[name] = assets[name].source().toString();
            }
            for (const f of mentionsLocalhost(texts)) fail(compilation, `${f} mentions localhost in a build for ${this.host.url}`);
          },
        );
      }
    });
  }
}

module.exports = async (env, _options) => {
  const host = resolveHostUrl(process.env.BATON_URL);
  if (!host.ok) {
    console.error(`\nBuild stopped: ${host.message}\n`);
    process.exit(1);
  }
  if (host.dev) {
    console.log(`\nDevelopment build of Baton ${version}: the manifests point at ${host.url}.`);
    console.log("For a hosted build: BATON_URL=https://your-host/path/ npm run build, then npm run package.\n");
  } else {
    console.log(`\nBuilding Baton ${version} for ${host.url}\n`);
  }
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, process.env.BATON_DIST || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^templates\// },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // A dynamic import() names its module with ".js", as TypeScript's nodenext asks (the pane's lazy tabs).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      // The functions bundle must stand alone (Excel may load functions.js by
      // itself); only the pane's code is split into vendor chunks.
      splitChunks: {
        chunks: (chunk) => chunk.name === "taskpane",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "vendor-react", priority: 30 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, name: "vendor-fluent", priority: 20 },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10 },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionSources.map((f) => `./${f}`),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane's page also registers the functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs: officeJsCdn },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
      new BatonAssetsPlugin(host),
      // The pane's About line (src/taskpane/version.ts).
      new webpack.DefinePlugin({ BATON_VERSION: JSON.stringify(version) }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_BUILD ? undefined : await httpsOptions(),
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      static: [
        { directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" },
        // The workbook templates (built by scripts/build-templates.ts, which
        // `npm run dev-server` runs first) for the pane's "Insert template".
        { directory: path.resolve(__dirname, "dist/templates"), publicPath: "/templates", watch: false },
      ],
    },
  };
};
