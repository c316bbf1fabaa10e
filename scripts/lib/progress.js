"use strict"
/**
 * Progress lines for long-running scripts: one line when a phase starts, one
 * when it ends with its duration, and while it runs a heartbeat every few
 * seconds with the latest line its command printed, so a first run that
 * installs and builds for minutes never looks stuck.
 */
const fs = require("node:fs")

/**
 * @param {{ prefix: string, heartbeatMs?: number, out?: NodeJS.WritableStream, interrupted?: () => boolean }} options
 * `interrupted` tells a phase that failed because the user stopped the script from one that broke.
 */
function createProgress({ prefix, heartbeatMs = 10_000, out = process.stdout, interrupted = () => false }) {
  const started = Date.now()
  const say = (text) => out.write(`${prefix} ${text}\n`)

  /**
   * Runs `work(output)` as a phase. `output` takes a command's output: it goes
   * to `logFile` (when given) and feeds the heartbeat.
   * @template T
   * @param {string} title
   * @param {(output: (text: string) => void) => Promise<T>} work
   * @param {{ logFile?: string, done?: (result: T) => string }} [options]
   * @returns {Promise<T>}
   */
  async function phase(title, work, { logFile, done } = {}) {
    const phaseStarted = Date.now()
    say(`▸ ${title}…`)
    let lastLine = ""
    const log = logFile ? fs.openSync(logFile, "w") : undefined
    const output = (text) => {
      if (log !== undefined) fs.writeSync(log, text)
      const lines = text.split("\n").map(clean).filter(Boolean)
      if (lines.length) lastLine = lines[lines.length - 1]
    }
    const timer = setInterval(() => {
      const latest = lastLine ? `: ${lastLine.slice(0, 100)}` : ""
      say(`  … ${seconds(Date.now() - phaseStarted)}${latest}`)
    }, heartbeatMs)
    timer.unref()
    try {
      const result = await work(output)
      const detail = done ? `: ${done(result)}` : ""
      say(`✓ ${title} (${seconds(Date.now() - phaseStarted)})${detail}`)
      return result
    } catch (error) {
      if (interrupted()) say(`■ ${title}: interrupted`)
      else say(`✗ ${title} failed after ${seconds(Date.now() - phaseStarted)}${logFile ? ` — full output in ${logFile}` : ""}`)
      throw error
    } finally {
      clearInterval(timer)
      if (log !== undefined) fs.closeSync(log)
    }
  }

  return { say, phase, elapsed: () => seconds(Date.now() - started) }
}

/** @param {number} ms */
function seconds(ms) {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

// Medusa logs JSON lines or colours; npm draws with carriage returns.
function clean(line) {
  const text = line.split("\r").pop().replace(/\x1b\[[0-9;]*m/g, "").trim()
  if (text.startsWith("{")) {
    try {
      const parsed = JSON.parse(text)
      return String(parsed.message ?? text)
    } catch {}
  }
  return text
}

module.exports = { createProgress, seconds }
