import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { leftover, sleep } from "../../../scripts/lib/processes"
import type { checkoutSteps } from "../../../scripts/lib/demo-walkthrough"

/*
 * `npm run demo` as a newcomer runs it, in its non-interactive mode: its own
 * PostgreSQL (in a temp work dir, not the developer's .demo), the Haso sandbox
 * and a store with the packed plugin and the admin dashboard, seeded. The one
 * packed-plugin store of the whole suite: the package checks, the walkthrough
 * and both browser walks use it.
 */

const root = path.resolve(__dirname, "../../..")

export type DemoReady = Parameters<typeof checkoutSteps>[0] & {
  adminUrl: string
  databaseUrl: string
  hasoCustomerId: string
  admin: { email: string; password: string }
  customer: { id: string; email: string; password: string }
  workDir: string
  pids: { demo: number; medusaGroup: number; postgres: number | null }
}

export type Demo = { ready: DemoReady; child: ChildProcess; exited: Promise<number | null>; output: () => string; workDir: string; stop(): Promise<void> }

/** The demo must start its own database: nothing of the test runner's leaks in. */
function demoEnv(workDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DB_|JEST_|DATABASE_URL$|NODE_ENV$|NODE_OPTIONS$|TEST_TYPE$|HASO_)/.test(key)) env[key] = value
  }
  const pg = process.env.HASO_TEST_PG
  return {
    ...env,
    HASO_DEMO_DIR: workDir,
    HASO_DEMO_CI: "1",
    // Which PostgreSQL the demo starts, when the run forces one; and where a killed run's leftovers are noted.
    ...(pg === "embedded" ? { HASO_TEST_PG: pg } : {}),
    ...(process.env.HASO_TEST_LEFTOVERS ? { HASO_TEST_LEFTOVERS: process.env.HASO_TEST_LEFTOVERS } : {}),
    ...extra,
  }
}

/** Whether the process (or any process of the group) still runs; zombies PID 1 has yet to reap do not count. */
export function isAlive(pid: number | null | undefined, group = false): boolean {
  if (!pid) return false
  const { stdout } = spawnSync("ps", ["-A", "-o", "pid=,pgid=,stat="], { encoding: "utf8" })
  return stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .some(([p, g, stat]) => Number(group ? g : p) === pid && !!stat && !stat.startsWith("Z"))
}

export async function startDemo(env: Record<string, string> = {}, note: (text: string) => void = () => undefined): Promise<Demo> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "haso-demo-test-"))
  leftover({ dir: workDir })
  // As root, PostgreSQL runs as "postgres", which must reach the cluster the demo keeps in here.
  fs.chmodSync(workDir, 0o755)
  const started = Date.now()
  const child = spawn(process.execPath, [path.join(root, "scripts/demo.js")], { cwd: root, env: demoEnv(workDir, env), stdio: ["ignore", "pipe", "pipe"], detached: true })
  leftover({ group: child.pid })
  let output = ""
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  const line = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8")
      const ready = output.split("\n").find((candidate) => candidate.startsWith("HASO_DEMO_READY "))
      if (ready) resolve(ready)
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    void exited.then((code) => reject(new Error(`the demo exited with ${code} before it was ready:\n${output.slice(-6000)}`)))
  })
  const ready: DemoReady = JSON.parse(line.slice("HASO_DEMO_READY ".length))
  note(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s; its phases:\n${output.split("\n").filter((entry) => entry.startsWith("[demo] ✓")).join("\n")}`)
  return {
    ready,
    child,
    exited,
    output: () => output,
    workDir,
    async stop() {
      if (child.pid && isAlive(child.pid, true)) {
        process.kill(-child.pid, "SIGKILL")
        if (ready.pids.medusaGroup && isAlive(ready.pids.medusaGroup, true)) process.kill(-ready.pids.medusaGroup, "SIGKILL")
        if (ready.pids.postgres && isAlive(ready.pids.postgres)) process.kill(ready.pids.postgres, "SIGINT")
        await sleep(1000)
      }
      leftover({ groupStopped: child.pid })
      fs.rmSync(workDir, { recursive: true, force: true })
      leftover({ dirRemoved: workDir })
    },
  }
}
