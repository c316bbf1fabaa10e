import path from "node:path"
import type { Figure, Line } from "../lib/figure"
import { formatBytes } from "../lib/stats"
import { reconcileDays, withBenchSandbox, type DayRun } from "../reconciliation/measure"

/**
 * A day of Haso transactions reconciled by the store, at growing sizes: time
 * must grow no faster than the day (×10 transactions, ≤ ×11 time), and the
 * heap it holds must stay flat (≤ 1.5× from the smallest to the middle
 * size). The largest size is measured and reported.
 */
export const reconciliation: Figure = {
  name: "reconciliation",
  async run(bench) {
    const { databaseUrl, workDir } = bench.demo
    if (databaseUrl.includes("***")) throw new Error("the reconciliation figure needs the demo's own PostgreSQL (its URL has no password to hide); unset DB_PASSWORD")
    const store = { appDir: path.join(workDir, "app"), databaseUrl }
    const sizes = bench.smoke ? [100, 1_000] : [10_000, 100_000, 1_000_000]
    const days = sizes.map((size, index) => ({ date: `2026-10-${String(index + 1).padStart(2, "0")}`, size }))
    const runs = await withBenchSandbox((sandboxUrl) => reconcileDays(store, sandboxUrl, days))
    for (const run of runs) {
      bench.note(`reconciled ${run.size.toLocaleString("en")} transactions in ${(run.ms / 1000).toFixed(1)} s, holding ${formatBytes(run.heldGrowth)} at most (peak heap with garbage ${formatBytes(run.peakGrowth)})`)
    }
    const [small, middle, large] = runs
    const label = (run: DayRun) => `${run.size.toLocaleString("en")} transactions`
    const lines: Line[] = [
      { figure: "reconciliation time", a: label(middle), b: label(small), aMs: middle.ms, bMs: small.ms, n: 1, ratio: middle.ms / small.ms, target: { op: "≤", value: 11 } },
      {
        figure: "reconciliation heap held",
        a: label(middle),
        b: label(small),
        aMs: NaN,
        bMs: NaN,
        n: 1,
        ratio: middle.heldGrowth / small.heldGrowth,
        target: { op: "≤", value: 1.5 },
        note: `${formatBytes(middle.heldGrowth)} against ${formatBytes(small.heldGrowth)}`,
      },
    ]
    if (large) {
      lines.push({ figure: "reconciliation, a million", a: label(large), b: label(middle), aMs: large.ms, bMs: middle.ms, n: 1, ratio: large.ms / middle.ms, note: `held ${formatBytes(large.heldGrowth)}, peak heap with garbage ${formatBytes(large.peakGrowth)}` })
    }
    return lines
  },
}
