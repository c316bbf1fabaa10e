import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"

/* Child processes for the packaging test: commands with captured output, and
 * servers in their own process group (killing `npx` alone leaves medusa running). */

export interface RunResult {
  code: number | null
  output: string
  ms: number
}

export function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }) {
  const started = Date.now()
  return new Promise<RunResult>((resolve) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    const output = collect(child)
    leftover({ group: child.pid })
    const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), options.timeoutMs ?? 300_000)
    child.on("close", (code) => {
      clearTimeout(timer)
      leftover({ groupStopped: child.pid })
      resolve({ code, output: output(), ms: Date.now() - started })
    })
  })
}

/** Like run(), but a non-zero exit throws with the end of the output. */
export async function runOk(cmd: string, args: string[], options: Parameters<typeof run>[2]) {
  const result = await run(cmd, args, options)
  if (result.code !== 0) {
    throw new Error(`\`${cmd} ${args.join(" ")}\` exited with ${result.code}:\n${result.output.slice(-6000)}`)
  }
  return result
}

export interface Server {
  output(): string
  /** Resolves with the exit code once the server's first process exits. */
  exited: Promise<number | null>
  stop(): Promise<void>
}

export function startServer(cmd: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Server {
  const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  const output = collect(child)
  leftover({ group: child.pid })
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    output,
    exited,
    async stop() {
      killGroup(child.pid, "SIGTERM")
      for (let i = 0; i < 100 && groupAlive(child.pid); i++) await sleep(100)
      killGroup(child.pid, "SIGKILL")
      leftover({ groupStopped: child.pid })
    },
  }
}

export async function waitForHealth(url: string, server: Server, timeoutMs = 120_000): Promise<void> {
  let exitCode: number | null | undefined
  void server.exited.then((code) => (exitCode = code))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`the store exited with ${exitCode} before it was healthy:\n${server.output().slice(-6000)}`)
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
 */
export function leftover(entry: { group?: number; groupStopped?: number; dir?: string; dirRemoved?: string }) {
  const file = process.env.HASO_TEST_LEFTOVERS
  if (file) fs.appendFileSync(file, JSON.stringify(entry) + "\n")
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function collect(child: ChildProcess): () => string {
  let text = ""
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString("utf8")).slice(-200_000)
  }
  child.stdout?.on("data", append)
  child.stderr?.on("data", append)
  return () => text
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
  try {
    if (pid) process.kill(-pid, signal)
  } catch {
    // the group is gone already
  }
}

function groupAlive(pid: number | undefined): boolean {
  try {
    return !!pid && process.kill(-pid, 0)
  } catch {
    return false
  }
}
