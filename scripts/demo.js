#!/usr/bin/env node
"use strict"
/**
 * `npm run demo`: a Medusa store taking Haso installment payments, with
 * nothing else installed and no Haso credentials. Starts PostgreSQL (unless
 * DATABASE_URL is set), the local Haso sandbox and a Medusa store with this
 * plugin installed from its packed tarball and the admin dashboard; seeds it
 * once; prints how to use it; stops everything on Ctrl-C.
 *
 *   npm run demo [-- --ci]
 *
 * --ci (or HASO_DEMO_CI=1): free ports, and instead of the summary one line
 * `HASO_DEMO_READY <json>` when ready, for tests. Environment:
 *   HASO_DEMO_DIR           work dir (default .demo): the store, its database, logs
 *   HASO_DEMO_PORT          Medusa's port (default 9000, or a free one if taken)
 *   HASO_DEMO_SANDBOX_PORT  the Haso sandbox's port (default 4010, or a free one)
 *   HASO_DEMO_AUTO_CAPTURE  false: Haso payments wait for staff to capture them (default true)
 *   HASO_DEMO_BENCH         1: the store also gets the benchmark's own payment provider
 *                           (bench/store/capture-at-authorization.ts), not enabled in any region
 *   DATABASE_URL            use this database instead of starting PostgreSQL
 */
const { spawnSync } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")
const { startPostgres } = require("./lib/postgres")
const { freePort, portIsFree, stopAll, waitForHealth } = require("./lib/processes")
const { createProgress, seconds } = require("./lib/progress")
const { medusa, startMedusa } = require("./lib/store-app")
const { demoStoreEnv, prepareDemoApp, SEED_SCRIPT } = require("./lib/demo-app")
const { prepareDatabase, redact } = require("./lib/demo-database")
const { DEMO_FIXTURES } = require("./lib/demo-fixtures")
const { checkoutSteps, toCurlScript } = require("./lib/demo-walkthrough")

const root = path.resolve(__dirname, "..")
const ci = process.argv.includes("--ci") || process.env.HASO_DEMO_CI === "1"
const workDir = path.resolve(root, process.env.HASO_DEMO_DIR || ".demo")
const logs = path.join(workDir, "logs")
/** What is running, for shutdown. */
const running = { pg: undefined, sandbox: undefined, medusa: undefined }
let stopping
const progress = createProgress({ prefix: "[demo]", interrupted: () => !!stopping })

async function main() {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(fs.readFileSync(__filename, "utf8").split("*/")[0].replace(/^[\s\S]*?\/\*\*\n/, "").replace(/^ \* ?/gm, ""))
    return
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => onSignal(signal))
  fs.mkdirSync(logs, { recursive: true })
  claimWorkDir()
  progress.say(`work dir ${path.relative(process.cwd(), workDir) || "."}; first run installs and builds for a few minutes, later runs reuse it`)

  const ports = await choosePorts()
  const databaseUrl = await startDatabase()

  // The sandbox's URL and default credentials (SANDBOX_DEFAULTS) go into the
  // store's config, so they are fixed before any medusa command; the sandbox
  // itself comes from the installed package, so it starts after the install.
  const medusaEnv = demoStoreEnv({ databaseUrl, sandboxUrl: `http://127.0.0.1:${ports.sandbox}` })

  const app = await prepareDemoApp({ workDir, progress, medusaEnv })
  checkStopping()
  await prepareDatabase({ ...app, databaseUrl, medusaEnv, progress, logFile: path.join(logs, "migrate.log") })
  checkStopping()

  const { startHasoSandbox, SANDBOX_DEFAULTS } = require(require.resolve("medusa-plugin-haso/sandbox", { paths: [app.appDir] }))
  running.sandbox = await startHasoSandbox({ port: ports.sandbox })
  const { limit, ...person } = DEMO_FIXTURES.hasoCustomer
  const hasoCustomer = running.sandbox.createCustomer({ limit, ...person })
  progress.say(`✓ Haso sandbox on ${running.sandbox.url}, with customer ${hasoCustomer.customerId} (limit ${limit} TRY)`)

  const seed = await progress.phase(
    "Seeding the store (once) and linking the demo customer to Haso",
    (output) => seedStore(app.appDir, medusaEnv, hasoCustomer.customerId, output),
    { logFile: path.join(logs, "seed.log") }
  )
  checkStopping()

  const medusaUrl = `http://localhost:${ports.medusa}`
  if (!(await portIsFree(ports.medusa))) throw new Error(`port ${ports.medusa} was taken while the store was prepared; run again`)
  await progress.phase("Starting Medusa (medusa start)", async () => {
    const log = fs.createWriteStream(path.join(logs, "medusa.log"))
    running.medusa = startMedusa(app.appDir, { cwd: app.serverDir, port: ports.medusa, env: medusaEnv, onOutput: (text) => log.write(text) })
    await waitForHealth(`${medusaUrl}/health`, running.medusa, 180_000)
  })
  running.medusa.exited.then((code) => {
    if (stopping) return
    progress.say(`Medusa exited with ${code}; the end of its log:\n${running.medusa.output().slice(-3000)}`)
    shutdown(1, "Medusa exited")
  })

  const demo = {
    medusaUrl,
    adminUrl: `${medusaUrl}/app`,
    sandboxUrl: running.sandbox.url,
    databaseUrl: redact(databaseUrl),
    admin: DEMO_FIXTURES.admin,
    customer: { email: DEMO_FIXTURES.customer.email, password: DEMO_FIXTURES.customer.password, id: seed.customerId },
    hasoCustomerId: hasoCustomer.customerId,
    publishableKey: seed.publishableKey,
    regionId: seed.regionId,
    shippingOptionId: seed.shippingOptionId,
    products: seed.products,
    workDir,
    pids: { demo: process.pid, medusaGroup: running.medusa.pid, postgres: postmasterPid(running.pg) },
  }
  const script = toCurlScript(checkoutSteps(demo), demo)
  fs.writeFileSync(path.join(workDir, "walkthrough.sh"), script)
  if (ci) {
    console.log(`HASO_DEMO_READY ${JSON.stringify(demo)}`)
  } else {
    printSummary(demo, script, SANDBOX_DEFAULTS.testPin)
  }
}

async function choosePorts() {
  return {
    medusa: await choosePort("HASO_DEMO_PORT", 9000, "Medusa"),
    sandbox: await choosePort("HASO_DEMO_SANDBOX_PORT", 4010, "the Haso sandbox"),
  }
}

/** The port asked for in `variable` (must be free), else the default, else (taken) a free one. */
async function choosePort(variable, preferred, what) {
  const asked = process.env[variable]
  if (asked !== undefined && asked !== "") {
    const port = Number(asked)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${variable} must be a port number, not "${asked}"`)
    if (port === 0) return freePort()
    if (!(await portIsFree(port))) throw new Error(`${variable}=${port}, but port ${port} is in use: stop what listens there or choose another port`)
    return port
  }
  if (ci) return freePort()
  if (await portIsFree(preferred)) return preferred
  const port = await freePort()
  progress.say(`port ${preferred} is in use, so ${what} gets port ${port} (set ${variable} to choose)`)
  return port
}

async function startDatabase() {
  if (process.env.DATABASE_URL) {
    progress.say(`✓ Database: DATABASE_URL (${redact(process.env.DATABASE_URL)})`)
    return process.env.DATABASE_URL
  }
  running.pg = await progress.phase("Starting PostgreSQL", () => startPostgres({ dataDir: path.join(workDir, "postgres") }), {
    done: (pg) => pg.description,
  })
  return `${running.pg.url}/haso_demo`
}

/** Runs the seed script; creates the admin user the first time. */
async function seedStore(appDir, medusaEnv, hasoCustomerId, output) {
  const outputFile = path.join(workDir, "seed-output.json")
  fs.rmSync(outputFile, { force: true })
  const input = { ...DEMO_FIXTURES, hasoCustomer: { ...DEMO_FIXTURES.hasoCustomer, id: hasoCustomerId } }
  const env = { ...medusaEnv, HASO_DEMO_SEED: JSON.stringify(input), HASO_DEMO_SEED_OUTPUT: outputFile }
  await medusa(appDir, ["exec", `./${SEED_SCRIPT}`], { env, onOutput: output })
  const seed = JSON.parse(fs.readFileSync(outputFile, "utf8"))
  if (!seed.adminExists) {
    await medusa(appDir, ["user", "-e", DEMO_FIXTURES.admin.email, "-p", DEMO_FIXTURES.admin.password], { env: medusaEnv, onOutput: output })
  }
  return seed
}

function printSummary(demo, script, pin) {
  const relative = (file) => path.relative(process.cwd(), file) || "."
  const product = demo.products[0]
  console.log(`
${script}
────────────────────────────────────────────────────────────────────────
 The Haso demo store is running (ready after ${progress.elapsed()}).

 Admin dashboard  ${demo.adminUrl}
                  ${demo.admin.email} / ${demo.admin.password}
 Store API        ${demo.medusaUrl}
                  publishable key ${demo.publishableKey}
 Shopper          ${demo.customer.email} / ${demo.customer.password}
                  linked to Haso customer ${demo.hasoCustomerId}, limit ${DEMO_FIXTURES.hasoCustomer.limit} TRY
 Products         ${demo.products.map((p) => `${p.title} ${p.price} TRY`).join(", ")}
 Haso sandbox     ${demo.sandboxUrl}  (its state: ${demo.sandboxUrl}/__sandbox/state; SMS PIN ${pin})
 Database         ${demo.databaseUrl}
 Logs             ${relative(logs)}/medusa.log

 Above: a checkout of one ${product.title} in installments, as store API
 calls to paste into a shell (also in ${relative(path.join(workDir, "walkthrough.sh"))}).

 Ctrl-C stops everything.
────────────────────────────────────────────────────────────────────────`)
}

/**
 * One demo per work dir: a second one would stop the first one's PostgreSQL
 * (as a leftover of a killed run) and rebuild the store under it.
 */
function claimWorkDir() {
  const lock = path.join(workDir, "demo.pid")
  const other = Number(readText(lock))
  const command = other ? spawnSync("ps", ["-p", String(other), "-o", "args="], { encoding: "utf8" }).stdout || "" : ""
  if (other !== process.pid && command.includes("demo.js")) {
    throw new Error(`another demo (pid ${other}) is running in ${workDir}: stop it first, or set HASO_DEMO_DIR to another directory`)
  }
  fs.writeFileSync(lock, String(process.pid))
  process.on("exit", () => {
    if (readText(lock) === String(process.pid)) fs.rmSync(lock, { force: true })
  })
}

function readText(file) {
  try {
    return fs.readFileSync(file, "utf8").trim()
  } catch {
    return ""
  }
}

function postmasterPid(pg) {
  return (pg?.dataDir && Number(readText(path.join(pg.dataDir, "data", "postmaster.pid")).split("\n")[0])) || null
}

function onSignal(signal) {
  if (stopping) {
    progress.say(`${signal} again: killing what is left`)
    process.exit(130) // the exit handlers of processes.js and postgres.js kill the rest
  }
  shutdown(0, signal)
}

class Stopping extends Error {}

/** Phases end at the next checkpoint once a signal came in (their command was stopped already). */
function checkStopping() {
  if (stopping) throw new Stopping()
}

/** Stops what is running, the store before the database it uses, and exits. */
function shutdown(code, reason) {
  stopping ??= (async () => {
    const started = Date.now()
    progress.say(`stopping (${reason})…`)
    await running.medusa?.stop()
    await stopAll() // a command still setting up: npm install, medusa build…
    await running.sandbox?.close()
    await running.pg?.stop()
    progress.say(`stopped in ${seconds(Date.now() - started)}`)
    process.exit(code)
  })()
  return stopping
}

main().catch((error) => {
  if (stopping) return // the signal's shutdown exits
  progress.say(`✗ ${error instanceof Error ? error.message : error}`)
  shutdown(1, "error")
})
