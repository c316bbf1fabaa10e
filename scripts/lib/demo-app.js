"use strict"
/**
 * The demo's Medusa store in `<work dir>/app`, with the plugin installed from
 * its packed tarball and the admin dashboard built. What an earlier run made
 * is reused: the plugin is built and packed again only when its sources
 * changed, and the store reinstalled and rebuilt only when the tarball's
 * content or the store's own files changed (recorded in `<work dir>/state.json`).
 */
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")
const { buildAndPackPlugin, installPlugin, medusa, storeEnv, writeStoreApp } = require("./store-app")

const root = path.resolve(__dirname, "../..")
const SEED_SCRIPT = "src/scripts/seed-haso-demo.ts"
/** The benchmark's own payment provider (HASO_DEMO_BENCH=1): a system provider that captures at authorization. */
const BENCH_PROVIDER_DIR = "src/modules/capture-at-authorization"

/**
 * @param {{ workDir: string, progress: ReturnType<typeof import("./progress").createProgress>, medusaEnv: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ appDir: string, serverDir: string, fingerprint: string }>}
 */
async function prepareDemoApp({ workDir, progress, medusaEnv }) {
  const appDir = path.join(workDir, "app")
  const serverDir = path.join(appDir, ".medusa", "server")
  const logs = path.join(workDir, "logs")
  fs.mkdirSync(appDir, { recursive: true })
  fs.mkdirSync(logs, { recursive: true })
  const state = readState(workDir)

  const sources = pluginSourceHash()
  if (state.plugin?.sources !== sources || !fs.existsSync(state.plugin.tarball)) {
    state.plugin = await progress.phase(
      "Building and packing the plugin (npm run build, npm pack)",
      async (output) => {
        const packDir = path.join(workDir, "pack")
        fs.mkdirSync(packDir, { recursive: true })
        const packed = await buildAndPackPlugin(packDir, { onOutput: output })
        const tarball = path.join(workDir, `medusa-plugin-haso-${shortHash(packed.integrity)}.tgz`)
        fs.renameSync(packed.tarball, tarball)
        return { sources, tarball, integrity: packed.integrity }
      },
      { logFile: path.join(logs, "plugin-build.log"), done: (plugin) => path.basename(plugin.tarball) }
    )
    writeState(workDir, state)
  } else {
    progress.say(`✓ Plugin unchanged since the last run: reusing ${path.basename(state.plugin.tarball)}`)
  }

  const bench = process.env.HASO_DEMO_BENCH === "1"
  if (!bench) fs.rmSync(path.join(appDir, BENCH_PROVIDER_DIR), { recursive: true, force: true })
  const appFiles = writeStoreApp(appDir, {
    name: "haso-demo-store",
    admin: true,
    plainHttp: true,
    files: {
      [SEED_SCRIPT]: fs.readFileSync(path.join(root, "scripts/demo-app/seed-haso-demo.ts"), "utf8"),
      ...(bench ? { [`${BENCH_PROVIDER_DIR}/index.ts`]: fs.readFileSync(path.join(root, "bench/store/capture-at-authorization.ts"), "utf8") } : {}),
    },
    paymentProviders: bench ? [`{ resolve: "./${BENCH_PROVIDER_DIR}", id: "bench" }`] : [],
    // Run from source by `medusa exec`, so `medusa build` leaves it out. It would
    // type-check there too: the plugin ships declarations (declaration: true).
    unbuilt: ["src/scripts"],
  })

  const installed = path.join(appDir, "node_modules", "medusa-plugin-haso", "package.json")
  const installKey = shortHash(`${state.plugin.integrity}\0${appFiles.dependencies}`)
  if (state.installed !== installKey || !fs.existsSync(installed)) {
    await progress.phase(
      "Installing Medusa and the plugin tarball into the demo store (npm install; minutes the first time)",
      (output) => installPlugin(appDir, state.plugin.tarball, { env: medusaEnv, onOutput: output }),
      { logFile: path.join(logs, "npm-install.log") }
    )
    state.installed = installKey
    writeState(workDir, state)
  }
  removeOtherTarballs(workDir, state.plugin.tarball)

  const fingerprint = shortHash(`${installKey}\0${appFiles.files}`)
  if (state.built !== fingerprint || !fs.existsSync(path.join(serverDir, "public", "admin", "index.html"))) {
    await progress.phase(
      "Building the store and its admin dashboard (medusa build; about a minute)",
      (output) => medusa(appDir, ["build"], { env: medusaEnv, onOutput: output }),
      { logFile: path.join(logs, "medusa-build.log") }
    )
    state.built = fingerprint
    writeState(workDir, state)
  }
  // `medusa start` runs from the build output, which has no node_modules of its own.
  const link = path.join(serverDir, "node_modules")
  if (!fs.existsSync(link)) fs.symlinkSync(path.relative(serverDir, path.join(appDir, "node_modules")), link)
  return { appDir, serverDir, fingerprint }
}

/**
 * The demo store's environment: its database and the sandbox with its default
 * credentials. Also what a second instance of the demo store needs (the e2e
 * suite starts one to kill it mid-capture).
 * @param {{ databaseUrl: string, sandboxUrl: string }} where
 */
function demoStoreEnv({ databaseUrl, sandboxUrl }) {
  return storeEnv({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: "haso-demo-jwt-secret",
    COOKIE_SECRET: "haso-demo-cookie-secret",
    HASO_API_URL: sandboxUrl,
    HASO_MERCHANT_ID: "HASO-SANDBOX",
    HASO_MERCHANT_KEY: "sandbox-merchant-key",
    HASO_MERCHANT_SALT: "sandbox-merchant-salt",
    // The one store option the demo lets you choose: try capturing from the admin.
    ...(process.env.HASO_DEMO_AUTO_CAPTURE ? { HASO_AUTO_CAPTURE: process.env.HASO_DEMO_AUTO_CAPTURE } : {}),
  })
}

/** Everything `npm run build` and `npm pack` read. */
function pluginSourceHash() {
  const hash = crypto.createHash("sha256")
  const add = (relative) => {
    const full = path.join(root, relative)
    const stat = fs.statSync(full, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) {
        if (entry !== "node_modules") add(path.join(relative, entry))
      }
    } else {
      hash.update(`${relative}\0`).update(fs.readFileSync(full)).update("\0")
    }
  }
  for (const entry of ["src", "package.json", "tsconfig.json", "README.md", "LICENSE"]) add(entry)
  return hash.digest("hex")
}

function readState(workDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(workDir, "state.json"), "utf8"))
  } catch {
    return {}
  }
}

function writeState(workDir, state) {
  fs.writeFileSync(path.join(workDir, "state.json"), JSON.stringify(state, null, 2))
}

function removeOtherTarballs(workDir, keep) {
  for (const entry of fs.readdirSync(workDir)) {
    const file = path.join(workDir, entry)
    if (entry.endsWith(".tgz") && file !== keep) fs.rmSync(file, { force: true })
  }
}

function shortHash(text) {
  return crypto.createHash("sha256").update(text).digest("hex").slice(0, 12)
}

module.exports = { demoStoreEnv, prepareDemoApp, SEED_SCRIPT }
