"use strict"
/**
 * A Medusa store that installs this plugin the way a store owner does: from
 * the packed tarball (a symlinked checkout would load a second copy of
 * @medusajs/framework). Used by the packaging test and by `npm run demo`.
 */
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")
const { runOk, startServer } = require("./processes")

const root = path.resolve(__dirname, "../..")
const pluginPackage = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))

/**
 * The store owner's config, in the shape the README documents. Values come
 * from HASO_*, so the packaging test's missing-key check only has to leave
 * HASO_MERCHANT_KEY unset.
 * `paymentProviders`: more entries for the payment module (the benchmark store's own).
 * @param {{ admin: boolean, plainHttp: boolean, paymentProviders?: string[] }} options
 */
function medusaConfig({ admin, plainHttp, paymentProviders = [] }) {
  // `medusa start` runs in production mode, where the session cookie is Secure:
  // over plain http on localhost the browser would never get it back, and the
  // admin could not log in.
  const cookieOptions = plainHttp ? `\n    cookieOptions: { secure: false, sameSite: "lax" },` : ""
  return `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const merchantId = process.env.HASO_MERCHANT_ID
const merchantKey = process.env.HASO_MERCHANT_KEY
const merchantSalt = process.env.HASO_MERCHANT_SALT
const apiUrl = process.env.HASO_API_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,${cookieOptions}
    http: {
      // Medusa matches these literally ("*" is not a wildcard): list your storefront's and admin's origins.
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:3000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:7001",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:3000,http://localhost:9000,http://localhost:7001",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: ${!admin} },
  plugins: [{ resolve: "medusa-plugin-haso", options: { merchantId, merchantKey, merchantSalt, apiUrl } }],
  modules: [{ resolve: "@medusajs/medusa/payment", options: { providers: [
    { resolve: "medusa-plugin-haso/providers/haso", id: "haso", options: { merchantId, merchantKey, merchantSalt, apiUrl } },
    // The same Haso with activation left to staff (Capture in the admin); enable it on a region to use it.
    { resolve: "medusa-plugin-haso/providers/haso", id: "haso_manual", options: { merchantId, merchantKey, merchantSalt, apiUrl, autoCapture: false } },${paymentProviders.map((entry) => `\n    ${entry},`).join("")}
  ] } }],
})
`
}

// As in Medusa's application starter.
const tsconfig = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    declaration: false,
    outDir: "./.medusa/server",
    rootDir: "./",
    strict: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin"],
}

/**
 * The store's own files (the plugin itself comes from installPlugin()), plus
 * `files` (relative path → content). `unbuilt` directories stay out of
 * `medusa build`'s compilation. Returns hashes of the dependencies and of the
 * other files written, so a caller can tell when the app must be installed or
 * built again.
 * @param {string} dir
 * @param {{ name?: string, admin?: boolean, plainHttp?: boolean, files?: Record<string, string>, unbuilt?: string[], paymentProviders?: string[] }} [options]
 */
function writeStoreApp(dir, { name = "haso-store-check", admin = false, plainHttp = false, files = {}, unbuilt = [], paymentProviders = [] } = {}) {
  const dev = pluginPackage.devDependencies
  const pick = (names) => Object.fromEntries(names.map((dependency) => [dependency, dev[dependency]]))
  const manifestPath = path.join(dir, "package.json")
  // Keep what `npm install <tarball>` added to an existing app.
  const installed = readJson(manifestPath)?.dependencies?.["medusa-plugin-haso"]
  const pkg = {
    name,
    version: "0.0.0",
    private: true,
    // The same Medusa the plugin is built and tested against, and its peers.
    dependencies: {
      ...pick(["@medusajs/medusa", "@medusajs/framework", "@medusajs/cli"]),
      // Admin extensions (Medusa's own too) import it; without it `medusa build` fails.
      ...(admin ? { "@medusajs/admin-sdk": dev["@medusajs/admin-sdk"] ?? dev["@medusajs/medusa"] } : {}),
      ...(installed ? { "medusa-plugin-haso": installed } : {}),
    },
    devDependencies: pick(["@swc/core", "@types/node", "ts-node", "typescript"]),
    engines: pluginPackage.engines,
    allowScripts: pluginPackage.allowScripts,
  }
  const all = {
    "package.json": JSON.stringify(pkg, null, 2),
    "medusa-config.ts": medusaConfig({ admin, plainHttp, paymentProviders }),
    "tsconfig.json": JSON.stringify({ ...tsconfig, exclude: [...tsconfig.exclude, ...unbuilt] }, null, 2),
    ...files,
  }
  const hash = crypto.createHash("sha256")
  for (const [file, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
    // package.json also holds what `npm install <tarball>` added: hashed apart.
    if (file !== "package.json") hash.update(`${file}\0${content}\0`)
  }
  const { "medusa-plugin-haso": _, ...dependencies } = pkg.dependencies
  const manifest = JSON.stringify({ dependencies, devDependencies: pkg.devDependencies })
  return { files: hash.digest("hex"), dependencies: crypto.createHash("sha256").update(manifest).digest("hex") }
}

/**
 * Builds the plugin and packs it into `destination`.
 * @param {string} destination
 * @param {{ env?: NodeJS.ProcessEnv, onOutput?: (text: string) => void }} [options]
 */
async function buildAndPackPlugin(destination, { env, onOutput } = {}) {
  const build = await runOk("npm", ["run", "build"], { cwd: root, env, onOutput })
  const pack = await runOk("npm", ["pack", "--json", "--pack-destination", destination], { cwd: root, env, onOutput })
  const [packed] = JSON.parse(pack.output.slice(pack.output.indexOf("[")))
  return {
    tarball: path.join(destination, packed.filename),
    /** @type {string[]} */
    files: packed.files.map((file) => file.path),
    size: packed.size,
    /** npm's sha512 of the tarball: the same for the same content (npm fixes the mtimes). */
    integrity: packed.integrity,
    buildMs: build.ms,
    packMs: pack.ms,
  }
}

/**
 * @typedef {{ env?: NodeJS.ProcessEnv, cwd?: string, onOutput?: (text: string) => void, timeoutMs?: number }} AppRunOptions
 */

/** `npm install <tarball>` into the app, from the npm cache where it can. @param {string} appDir @param {string} tarball @param {AppRunOptions} [options] */
function installPlugin(appDir, tarball, { env, onOutput } = {}) {
  return runOk("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund"], { cwd: appDir, env, onOutput })
}

/** The medusa CLI of the app, run by node directly (no npx process in between). @param {string} appDir */
function medusaCli(appDir) {
  return path.join(appDir, "node_modules", "@medusajs", "cli", "cli.js")
}

/** Runs `medusa <args>` in the app; `cwd` defaults to the app. @param {string} appDir @param {string[]} args @param {AppRunOptions} [options] */
function medusa(appDir, args, { env, cwd = appDir, onOutput, timeoutMs } = {}) {
  return runOk(process.execPath, [medusaCli(appDir), ...args], { cwd, env, onOutput, timeoutMs })
}

/** `medusa start` in a process group of its own. @param {string} appDir @param {AppRunOptions & { port: number }} options */
function startMedusa(appDir, { port, env, cwd = appDir, onOutput }) {
  return startServer(process.execPath, [medusaCli(appDir), "start", "--port", String(port)], { cwd, env, onOutput })
}

/**
 * The store's environment: nothing of ours (jest's NODE_ENV, HASO_*, DB_*,
 * DATABASE_URL) leaks in; `extra` sets what the store should see.
 * @param {Record<string, string>} extra
 */
function storeEnv(extra) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(HASO_|DB_|JEST_|NODE_ENV$|NODE_OPTIONS$|TEST_TYPE$|DATABASE_URL$)/.test(key)) env[key] = value
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return undefined
  }
}

module.exports = { pluginPackage, writeStoreApp, buildAndPackPlugin, installPlugin, medusa, medusaCli, startMedusa, storeEnv }
