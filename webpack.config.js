/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/: functions.js + functions.json (generated from
 * the @customfunction JSDoc by custom-functions-metadata-plugin), the task
 * pane, the manifest and the icons.
 *
 *   npm run build        production bundle (office.js from Microsoft's CDN)
 *   npm run dev-server   https://localhost:3000 for `npm start` (sideloading)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { functionSources } = require("./scripts/function-sources");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; the manifest keeps localhost unless told.
const urlProd = process.env.BATON_URL || urlDev;
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

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
          // chart.js is used only by charts loaded on demand (the gauge's, the rotation map): one shared chunk, not on the page.
          chart: { test: /[\\/]node_modules[\\/](chart\.js|@kurkle)[\\/]/, name: "vendor-chart", priority: 20, chunks: "all" },
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
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
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
