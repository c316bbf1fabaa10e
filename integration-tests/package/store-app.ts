import fs from "node:fs"
import path from "node:path"

/* A throw-away Medusa store that installs the plugin the way a store owner does. */

const root = path.resolve(__dirname, "../..")
export const pluginPackage = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))

// The store owner's config, in the shape the README documents. Values come from
// HASO_*, so the missing-key check only has to leave HASO_MERCHANT_KEY unset.
const medusaConfig = `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const merchantId = process.env.HASO_MERCHANT_ID
const merchantKey = process.env.HASO_MERCHANT_KEY
const merchantSalt = process.env.HASO_MERCHANT_SALT
const apiUrl = process.env.HASO_API_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-plugin-haso", options: { merchantId, merchantKey, merchantSalt, apiUrl } }],
  modules: [{ resolve: "@medusajs/medusa/payment", options: { providers: [
    { resolve: "medusa-plugin-haso/providers/haso", id: "haso", options: { merchantId, merchantKey, merchantSalt, apiUrl } },
  ] } }],
})
`

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

/** Writes the store's files; the plugin itself comes from `npm install <tarball>`. */
export function writeStoreApp(dir: string) {
  const dev = pluginPackage.devDependencies as Record<string, string>
  const pick = (names: string[]) => Object.fromEntries(names.map((name) => [name, dev[name]]))
  const pkg = {
    name: "haso-store-check",
    version: "0.0.0",
    private: true,
    // The same Medusa the plugin is built and tested against, and its peers.
    dependencies: pick(["@medusajs/medusa", "@medusajs/framework", "@medusajs/cli"]),
    devDependencies: pick(["@swc/core", "@types/node", "ts-node", "typescript"]),
    engines: pluginPackage.engines,
    allowScripts: pluginPackage.allowScripts,
  }
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg, null, 2))
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), medusaConfig)
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
}
