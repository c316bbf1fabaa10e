#!/usr/bin/env node
"use strict"
/**
 * Runs after `medusa plugin:build` (npm run build). That build emits the
 * storefront kit as CommonJS with .d.ts; this adds ESM bundles so storefront
 * bundlers can tree-shake, and checks what the package promises about them:
 *
 *   .medusa/server/src/storefront/index.mjs        the kit, self-contained
 *   .medusa/server/src/storefront/react/index.mjs  "use client" first; react and the kit external
 *
 * The React bundle imports the kit from ../index.mjs instead of inlining it,
 * so both entries share one HasoStoreError class and one set of messages.
 */
const { execFileSync } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const out = path.join(root, ".medusa/server/src/storefront")

/** esbuild options for both entries; also used by the React render tests. */
function storefrontBuilds() {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2020",
    jsx: "automatic",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  }
  return [
    { ...common, entryPoints: ["src/storefront/index.ts"], outfile: path.join(out, "index.mjs") },
    {
      ...common,
      entryPoints: ["src/storefront/react/index.ts"],
      outfile: path.join(out, "react/index.mjs"),
      // The entry's own "use client" leads the bundle (esbuild keeps entry
      // directives); a banner would repeat it.
      useClient: true,
      external: ["react", "react/jsx-runtime", "react-dom"],
      plugins: [shareCore],
    },
  ]
}

/** React components reach the kit through "../index" only; that import stays external. */
const shareCore = {
  name: "share-storefront-core",
  setup(build) {
    build.onResolve({ filter: /^\.\.\// }, (args) => {
      if (!args.importer.includes(`${path.sep}storefront${path.sep}react${path.sep}`)) return undefined
      if (args.path === "../index") return { path: "../index.mjs", external: true }
      return { errors: [{ text: `import the kit through "../index", not "${args.path}", so the ESM bundles share it` }] }
    })
  },
}

/** Everything the bundles read must be the kit's own source (no server code, no zod). */
function assertSelfContained(metafile, label) {
  const foreign = Object.keys(metafile.inputs).filter((input) => !input.startsWith("src/storefront/"))
  if (foreign.length) throw new Error(`${label} bundles code from outside src/storefront: ${foreign.join(", ")}`)
}

/**
 * package.json `sideEffects` lists the server folders (everything in them may
 * have side effects), leaving only the storefront files side-effect free.
 * A new folder under src/ must be added there, or bundlers may drop its code.
 */
function assertSideEffectsCoverServer() {
  const { sideEffects } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
  const folders = fs
    .readdirSync(path.join(root, ".medusa/server/src"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "storefront")
    .map((entry) => entry.name)
  const missing = folders.filter((name) => !(sideEffects || []).includes(`./.medusa/server/src/${name}/**`))
  if (missing.length) {
    throw new Error(
      `package.json "sideEffects" does not list ${missing.map((name) => `"./.medusa/server/src/${name}/**"`).join(", ")}: add them`
    )
  }
}

/** The CommonJS entry must load without Medusa's framework (a storefront does not have it). */
function assertCjsLoadsAlone() {
  const probe = `
    require(${JSON.stringify(out)});
    require(${JSON.stringify(path.join(out, "react"))});
    const server = Object.keys(require.cache).filter((f) => /@medusajs[\\\\/]framework|[\\\\/]src[\\\\/](api|haso|providers|modules|workflows)[\\\\/]/.test(f));
    if (server.length) { console.error(server.join("\\n")); process.exit(1) }`
  execFileSync(process.execPath, ["-e", probe], { cwd: root, stdio: "inherit" })
}

async function main() {
  const esbuild = require("esbuild")
  if (!fs.existsSync(path.join(out, "index.js"))) {
    throw new Error(`${path.relative(root, out)}/index.js is missing: run \`medusa plugin:build\` first`)
  }
  for (const { useClient, ...options } of storefrontBuilds()) {
    const result = await esbuild.build(options)
    assertSelfContained(result.metafile, options.entryPoints[0])
    const code = fs.readFileSync(options.outfile, "utf8")
    if (useClient && !(code.startsWith('"use client";\n') && code.split('"use client"').length === 2)) {
      throw new Error(`${options.outfile} must open with "use client", once, for Next.js`)
    }
    console.log(`[storefront] ${path.relative(root, options.outfile)}`)
  }
  assertSideEffectsCoverServer()
  assertCjsLoadsAlone()
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`[storefront] ${error.message}`)
    process.exit(1)
  })
}

module.exports = { storefrontBuilds }
