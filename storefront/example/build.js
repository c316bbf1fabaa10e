#!/usr/bin/env node
"use strict"
/**
 * Bundles the example storefront (src/main.tsx) into dist/app.js with esbuild.
 *
 *   node storefront/example/build.js [--plugin <dir>]
 *
 * The kit is imported as a store owner imports it, `medusa-plugin-haso/storefront`
 * and `medusa-plugin-haso/storefront/react`, and esbuild resolves those through
 * the package.json `exports` of an INSTALLED copy of the packed plugin: <dir> is
 * a `node_modules/medusa-plugin-haso` folder, by default the one `npm run demo`
 * installed (.demo/app/node_modules/medusa-plugin-haso, or $HASO_DEMO_DIR's).
 * React comes from this repository's node_modules, whatever the plugin's
 * folder has, so there is one React in the page.
 */
const fs = require("node:fs")
const path = require("node:path")

const here = __dirname
const root = path.resolve(here, "../..")
const PLUGIN = "medusa-plugin-haso"

/** `npm run demo`'s installed plugin: where the demo keeps its store. */
function defaultPluginDir() {
  const demoDir = path.resolve(root, process.env.HASO_DEMO_DIR || ".demo")
  return path.join(demoDir, "app", "node_modules", PLUGIN)
}

/**
 * @param {{ pluginDir?: string, outDir?: string, minify?: boolean }} [options]
 * @returns {Promise<{ outfile: string, pluginDir: string, pluginVersion: string, ms: number }>}
 */
async function buildStorefront({ pluginDir = defaultPluginDir(), outDir = path.join(here, "dist"), minify = false } = {}) {
  const started = Date.now()
  const esbuild = require("esbuild")
  const plugin = checkPluginDir(path.resolve(pluginDir))
  const outfile = path.join(outDir, "app.js")
  const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: [path.join(here, "src/main.tsx")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    minify,
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": JSON.stringify(minify ? "production" : "development") },
    plugins: [resolveFrom(plugin)],
  })
  // The kit must come from the installed package, not from this checkout's src/.
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(here, input))
  for (const entry of ["index.mjs", "react/index.mjs"]) {
    const file = path.join(fs.realpathSync(plugin.dir), ".medusa/server/src/storefront", entry)
    if (!inputs.includes(file)) throw new Error(`the bundle does not contain ${file}: the kit was not taken from ${plugin.dir}`)
  }
  const fromSource = inputs.filter((input) => input.startsWith(path.join(root, "src") + path.sep))
  if (fromSource.length) throw new Error(`the bundle took the kit from this repository's src/: ${fromSource.join(", ")}`)
  return { outfile, pluginDir: plugin.dir, pluginVersion: plugin.version, ms: Date.now() - started }
}

/** A folder an npm install made: <app>/node_modules/medusa-plugin-haso, with the built storefront kit. */
function checkPluginDir(dir) {
  const manifest = path.join(dir, "package.json")
  if (!fs.existsSync(manifest)) {
    throw new Error(`${dir} is not an installed ${PLUGIN} (no package.json): run \`npm run demo\` first, or pass --plugin <app>/node_modules/${PLUGIN}`)
  }
  const pkg = JSON.parse(fs.readFileSync(manifest, "utf8"))
  if (pkg.name !== PLUGIN || path.basename(dir) !== PLUGIN || path.basename(path.dirname(dir)) !== "node_modules") {
    throw new Error(`--plugin must be a node_modules/${PLUGIN} folder, not ${dir}`)
  }
  return { dir, version: pkg.version, appDir: path.dirname(path.dirname(dir)) }
}

/**
 * `medusa-plugin-haso/*` resolves as in the store that installed the plugin
 * (through its `exports`); `react*` from this repository.
 */
function resolveFrom(plugin) {
  return {
    name: "example-storefront-resolve",
    setup(build) {
      const redirect = (resolveDir) => async (args) => {
        if (args.pluginData?.redirected) return undefined
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir, pluginData: { redirected: true } })
        if (resolved.errors.length) return { errors: resolved.errors }
        return { path: resolved.path }
      }
      build.onResolve({ filter: /^medusa-plugin-haso(\/.*)?$/ }, redirect(plugin.appDir))
      build.onResolve({ filter: /^(react|react-dom)(\/.*)?$/ }, redirect(root))
    },
  }
}

function parseArgs(argv) {
  const { values } = require("node:util").parseArgs({ args: argv, options: { plugin: { type: "string" }, minify: { type: "boolean" } } })
  return values
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2))
  buildStorefront({ pluginDir: args.plugin, minify: args.minify }).then(
    (built) => console.log(`[storefront] ${path.relative(process.cwd(), built.outfile)} with ${PLUGIN} ${built.pluginVersion} from ${built.pluginDir} (${built.ms} ms)`),
    (error) => {
      console.error(`[storefront] ${error.message}`)
      process.exit(1)
    }
  )
}

module.exports = { buildStorefront, defaultPluginDir }
