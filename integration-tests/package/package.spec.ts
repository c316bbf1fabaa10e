import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createDatabase, dropDatabase } from "@medusajs/test-utils"
import { freePort, leftover, runOk, sleep, waitForHealth, type Server } from "../../scripts/lib/processes"
import { buildAndPackPlugin, installPlugin, medusa as medusaIn, startMedusa, storeEnv as baseStoreEnv, writeStoreApp } from "../../scripts/lib/store-app"

/*
 * The only proof that the published package works in a store: tests load src/
 * as TypeScript, so they never exercise `exports`, `files` or the compiled
 * output. Build, pack, install the tarball into a throw-away Medusa app, migrate
 * and boot it. Needs DB_* (npm test provides them).
 */

jest.setTimeout(600_000)

const db = {
  host: process.env.DB_HOST ?? "",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME ?? "",
  password: process.env.DB_PASSWORD ?? "",
}
const dbName = `haso_pkg_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`
const haso = {
  HASO_MERCHANT_ID: "HASO-PKG-0001",
  HASO_MERCHANT_KEY: "pkg-merchant-key",
  HASO_MERCHANT_SALT: "pkg-merchant-salt",
  HASO_API_URL: "http://localhost:9/haso", // never called while booting
}
const admin = { email: "admin@haso-package.test", password: crypto.randomBytes(12).toString("hex") }

let tmp: string
let app: string
let tarball: string
let packedFiles: string[] = []
let dbCreated = false
const servers: Server[] = []

function note(message: string) {
  process.stdout.write(`[package] ${message}\n`)
}

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`
}

/** The store's environment: its database and `extra`, nothing of ours (jest's NODE_ENV, HASO_*, DB_*). */
function storeEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const auth = db.password ? `${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}` : encodeURIComponent(db.user)
  return baseStoreEnv({
    DATABASE_URL: `postgres://${auth}@${db.host}:${db.port}/${dbName}`,
    JWT_SECRET: "package-test-jwt",
    COOKIE_SECRET: "package-test-cookie",
    ...extra,
  })
}

function medusa(args: string[], env: NodeJS.ProcessEnv) {
  return medusaIn(app, args, { env })
}

async function startStore(env: NodeJS.ProcessEnv) {
  const port = await freePort()
  const server = startMedusa(app, { port, env })
  servers.push(server)
  return { server, url: `http://localhost:${port}` }
}

beforeAll(async () => {
  if (!db.host || !db.user) {
    throw new Error("DB_HOST and DB_USERNAME are not set: run this through `npm test` (scripts/test.js)")
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "haso-package-"))
  leftover({ dir: tmp })
  app = path.join(tmp, "store")
  fs.mkdirSync(app)

  const packed = await buildAndPackPlugin(tmp)
  tarball = packed.tarball
  packedFiles = packed.files
  note(`npm run build: ${seconds(packed.buildMs)}`)
  note(`npm pack: ${packedFiles.length} files, ${(packed.size / 1024).toFixed(0)} KiB`)

  writeStoreApp(app)
  const install = await installPlugin(app, tarball, { env: storeEnv() })
  note(`npm install <tarball> --prefer-offline in a new store: ${seconds(install.ms)}`)

  await createDatabase({ databaseName: dbName }, db)
  dbCreated = true
  const migrate = await medusa(["db:migrate"], storeEnv(haso))
  note(`medusa db:migrate: ${seconds(migrate.ms)}`)
  await medusa(["user", "-e", admin.email, "-p", admin.password], storeEnv(haso))
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  if (dbCreated) {
    await dropDatabase({ databaseName: dbName }, db).catch((error) => note(`could not drop ${dbName}: ${error}`))
  }
  if (tmp) {
    fs.rmSync(tmp, { recursive: true, force: true })
    leftover({ dirRemoved: tmp })
  }
})

describe("the published package", () => {
  it("contains only the compiled plugin, package.json, README and LICENSE", () => {
    const allowed = /^(\.medusa\/server\/.+|package\.json|README(\.md)?|LICENSE(\.md)?)$/i
    expect(packedFiles.filter((file) => !allowed.test(file))).toEqual([])
    expect(packedFiles.filter((file) => /__tests__|\.spec\.|medusa-config|integration-tests|(^|\/)\.env/.test(file))).toEqual([])
    expect(packedFiles).toContain(".medusa/server/src/providers/haso/index.js")
  })

  it("resolves its entry points inside the store, with one copy of the framework", async () => {
    const script = `for (const id of ["medusa-plugin-haso/providers/haso", "medusa-plugin-haso/package.json"]) console.log(require.resolve(id))`
    const { output } = await runOk(process.execPath, ["-e", script], { cwd: app, env: storeEnv() })
    const installed = fs.realpathSync(path.join(app, "node_modules", "medusa-plugin-haso"))
    expect(output.trim().split("\n")).toEqual([
      path.join(installed, ".medusa/server/src/providers/haso/index.js"),
      path.join(installed, "package.json"),
    ])
    expect(installed.startsWith(fs.realpathSync(app))).toBe(true) // a copy, not a link to the repo
    expect(fs.existsSync(path.join(installed, "node_modules", "@medusajs", "framework"))).toBe(false)
  })

  it("boots a store that lists the Haso provider", async () => {
    const { server, url } = await startStore(storeEnv(haso))
    const started = Date.now()
    await waitForHealth(`${url}/health`, server)
    note(`medusa start → /health: ${seconds(Date.now() - started)}`)

    const auth = await fetch(`${url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(admin),
    })
    expect(auth.status).toBe(200)
    const { token } = (await auth.json()) as { token: string }
    const providers = await fetch(`${url}/admin/payments/payment-providers`, { headers: { Authorization: `Bearer ${token}` } })
    expect(providers.status).toBe(200)
    const { payment_providers } = (await providers.json()) as { payment_providers: { id: string; is_enabled: boolean }[] }
    expect(payment_providers).toEqual(expect.arrayContaining([expect.objectContaining({ id: "pp_haso_haso", is_enabled: true })]))
    await server.stop()
  })

  it("refuses to boot without a merchantKey and names it", async () => {
    const { HASO_MERCHANT_KEY: _, ...withoutKey } = haso
    const { server, url } = await startStore(storeEnv(withoutKey))
    // Whichever comes first: the store exits, or (wrongly) answers /health.
    const outcome = await Promise.race([
      server.exited.then((code) => `exited with ${code}`),
      waitForHealth(`${url}/health`, server, 100_000).then(
        () => "became healthy",
        // Also rejects on exit: give the exit branch the lead.
        () => sleep(1_000).then(() => "neither exited nor became healthy in 100 s")
      ),
    ])
    await server.stop()
    expect(outcome).toMatch(/^exited with [1-9]/)
    const reason = server.output().split("\n").find((line) => line.includes("merchantKey"))
    note(`store without merchantKey: ${outcome}; ${reason?.trim() ?? "no line names merchantKey"}`)
    expect(reason).toBeDefined()
    expect(server.output()).not.toContain(haso.HASO_MERCHANT_SALT)
  })
})
