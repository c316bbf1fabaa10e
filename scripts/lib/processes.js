"use strict"
/**
 * Child processes for the packaging test and the demo: commands with captured
 * output, and servers, each in a process group of its own (setsid), because
 * killing `npx` or `npm` alone leaves what they started running.
 */
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")

/** Groups started here and not yet stopped; killed if this process exits first. */
const groups = new Set()
process.on("exit", () => {
  for (const pid of groups) killGroup(pid, "SIGKILL")
})

/**
 * @typedef {{ cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, onOutput?: (text: string) => void }} RunOptions
 * @typedef {{ code: number | null, output: string, ms: number }} RunResult
 */

/** @param {string} cmd @param {string[]} args @param {RunOptions} options @returns {Promise<RunResult>} */
function run(cmd, args, options) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawnGroup(cmd, args, options)
    const output = collect(child, options.onOutput)
    const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), options.timeoutMs ?? 600_000)
    child.on("error", (error) => output.append(`${error}\n`))
    child.on("close", (code) => {
      clearTimeout(timer)
      forget(child.pid)
      resolve({ code, output: output.text(), ms: Date.now() - started })
    })
  })
}

/** Like run(), but a non-zero exit throws with the end of the output. @returns {Promise<RunResult>} */
async function runOk(cmd, args, options) {
  const result = await run(cmd, args, options)
  if (result.code !== 0) {
    throw new Error(`\`${cmd} ${args.join(" ")}\` exited with ${result.code}:\n${result.output.slice(-6000)}`)
  }
  return result
}

/**
 * @typedef {{ pid: number | undefined, output(): string, exited: Promise<number | null>, stop(): Promise<void> }} Server
 * @param {string} cmd @param {string[]} args @param {RunOptions} options @returns {Server}
 */
function startServer(cmd, args, options) {
  const child = spawnGroup(cmd, args, options)
  const output = collect(child, options.onOutput)
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
  let stopping
  return {
    pid: child.pid,
    output: output.text,
    exited,
    stop: () =>
      (stopping ??= (async () => {
        killGroup(child.pid, "SIGTERM")
        for (let i = 0; i < 150 && groupAlive(child.pid); i++) await sleep(100)
        killGroup(child.pid, "SIGKILL")
        forget(child.pid)
      })()),
  }
}

/** Resolves once `url` answers 2xx; rejects when the server exits first or after timeoutMs. */
async function waitForHealth(url, server, timeoutMs = 120_000) {
  let exitCode
  void server.exited.then((code) => (exitCode = code))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`the server exited with ${exitCode} before it was healthy:\n${server.output().slice(-6000)}`)
    }
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false
    )
    if (ok) return
    await sleep(250)
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${server.output().slice(-6000)}`)
}

/**
 * Logs a process group or temp dir for scripts/test.js, which removes what is
 * still listed after jest exits: an interrupted jest runs no afterAll, and the
 * detached servers would outlive it.
 * @param {{ group?: number, groupStopped?: number, dir?: string, dirRemoved?: string }} entry
 */
function leftover(entry) {
  const file = process.env.HASO_TEST_LEFTOVERS
  if (file) fs.appendFileSync(file, JSON.stringify(entry) + "\n")
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject)
    server.unref()
    server.listen(0, "localhost", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
  })
}

/** Whether nothing listens on `port` (IPv4 or IPv6 wildcard, as Medusa binds). @returns {Promise<boolean>} */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer().once("error", () => resolve(false))
    server.unref()
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

/** Stops every command and server started here that is still running (SIGTERM, then SIGKILL). */
async function stopAll(graceMs = 5_000) {
  const running = [...groups]
  for (const pid of running) killGroup(pid, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (running.some(groupAlive) && Date.now() < deadline) await sleep(100)
  for (const pid of running) {
    killGroup(pid, "SIGKILL")
    forget(pid)
  }
}

/** @param {number | undefined} pid @param {NodeJS.Signals} signal */
function killGroup(pid, signal) {
  try {
    if (pid) process.kill(-pid, signal)
  } catch {
    // the group is gone already
  }
}

/** @param {number | undefined} pid */
function groupAlive(pid) {
  try {
    return !!pid && process.kill(-pid, 0)
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM"
  }
}

function spawnGroup(cmd, args, options) {
  const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  if (child.pid) {
    groups.add(child.pid)
    leftover({ group: child.pid })
  }
  return child
}

function forget(pid) {
  groups.delete(pid)
  leftover({ groupStopped: pid })
}

function collect(child, onOutput) {
  let text = ""
  const append = (chunk) => {
    const piece = chunk.toString("utf8")
    text = (text + piece).slice(-200_000)
    if (onOutput) onOutput(piece)
  }
  child.stdout.on("data", append)
  child.stderr.on("data", append)
  return { text: () => text, append }
}

module.exports = { run, runOk, startServer, waitForHealth, leftover, sleep, freePort, portIsFree, stopAll, killGroup, groupAlive }
