import fs from "node:fs"
import path from "node:path"
import { freePort, startServer, waitForHealth } from "../../scripts/lib/processes"
import { demoStoreEnv } from "../../scripts/lib/demo-app"
import { medusa } from "../../scripts/lib/store-app"
import { PLANTED } from "./in-store"

/*
 * A day of N Haso transactions reconciled by the store: Haso's side from a
 * sandbox of its own (a large heap for a million transactions), Medusa's side
 * written into the store's real database and read back by the plugin's paged
 * queries, inside the store (`medusa exec`).
 */

const root = path.resolve(__dirname, "../..")
const SCRIPT = "src/scripts/haso-bench-reconcile.ts"
const GENERATE_CHUNK = 100_000

export type Store = { appDir: string; databaseUrl: string }
/** `heldGrowth`: the peak of what the run held above the store's own heap; `peakGrowth`: the peak heap V8 reached, garbage included. */
export type DayRun = { size: number; ms: number; peakGrowth: number; heldGrowth: number }

export async function withBenchSandbox<T>(use: (sandboxUrl: string) => Promise<T>): Promise<T> {
  const port = await freePort()
  const sandbox = startServer(
    process.execPath,
    ["--max-old-space-size=8192", "-r", "ts-node/register/transpile-only", "src/sandbox/cli.ts", "--port", String(port)],
    { cwd: root, env: { ...process.env, TS_NODE_PROJECT: path.join(root, "tsconfig.json") } }
  )
  try {
    const url = `http://127.0.0.1:${port}`
    await waitForHealth(`${url}/__sandbox/health`, sandbox)
    return await use(url)
  } finally {
    await sandbox.stop()
  }
}

/** Puts N transactions (every 10th partly refunded) on `date` at the sandbox. */
async function generateDay(sandboxUrl: string, date: string, size: number) {
  for (let done = 0; done < size; done += GENERATE_CHUNK) {
    const response = await fetch(`${sandboxUrl}/__sandbox/generate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ date, count: Math.min(GENERATE_CHUNK, size - done), refundEvery: 10 }),
    })
    if (!response.ok) throw new Error(`the sandbox could not generate ${date}: ${await response.text()}`)
    await response.arrayBuffer()
  }
}

async function inStore(store: Store, sandboxUrl: string, mode: "seed" | "measure", dates: string[]) {
  const env = demoStoreEnv({ databaseUrl: store.databaseUrl, sandboxUrl })
  const { output } = await medusa(store.appDir, ["exec", `./${SCRIPT}`, mode, ...dates], { env, timeoutMs: 3_600_000 })
  const line = output.split("\n").find((entry) => entry.startsWith("HASO_BENCH "))
  if (!line) throw new Error(`the store printed no result for ${mode} ${dates.join(" ")}:\n${output.slice(-3000)}`)
  return JSON.parse(line.slice("HASO_BENCH ".length))
}

/** Puts days of the given sizes at both sides (one `medusa exec` seeds them all), then reconciles each in the store (one more). */
export async function reconcileDays(store: Store, sandboxUrl: string, days: Array<{ date: string; size: number }>): Promise<DayRun[]> {
  fs.mkdirSync(path.join(store.appDir, path.dirname(SCRIPT)), { recursive: true })
  fs.copyFileSync(path.join(__dirname, "in-store.ts"), path.join(store.appDir, SCRIPT))
  for (const { date, size } of days) await generateDay(sandboxUrl, date, size)
  const dates = days.map((day) => day.date)
  await inStore(store, sandboxUrl, "seed", dates)
  const measured: Array<{ time: Measured; memory: Measured }> = await inStore(store, sandboxUrl, "measure", dates)
  return days.map(({ date, size }, index) => {
    const timed = checked(date, measured[index].time)
    const held = checked(date, measured[index].memory)
    return { size, ms: timed.ms, peakGrowth: timed.peakHeap - timed.baselineHeap, heldGrowth: held.peakHeap - held.baselineHeap }
  })
}

type Measured = { ms: number; baselineHeap: number; peakHeap: number; counts: Record<string, number> }

/** The planted differences, and only they: a fast but wrong reconciliation is no result. */
function checked(date: string, result: Measured) {
  const named = Object.fromEntries(Object.keys(PLANTED).map((kind) => [kind, result.counts[kind]]))
  const others = Object.entries(result.counts).filter(([kind, count]) => !(kind in PLANTED) && count > 0)
  if (JSON.stringify(named) !== JSON.stringify(PLANTED) || others.length) {
    throw new Error(`the reconciliation of ${date} named ${JSON.stringify(result.counts)}, not the planted ${JSON.stringify(PLANTED)}`)
  }
  return result
}
