import { timed } from "../lib/ab"
import type { Figure, Line } from "../lib/figure"
import { HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"
import { median } from "../lib/stats"

/** Carts prepared at a time: Medusa creates carts slower, not faster, fifty at once. */
const PREPARE_AT_ONCE = 4

/**
 * Bursts of carts completed at once, Haso's and the system provider's in
 * turn (AB BA …); throughput is carts per second of a burst's wall time.
 * Every cart must become an order.
 */
export const concurrency: Figure = {
  name: "concurrency",
  async run(bench) {
    const steps = shopper(bench)
    const lines: Line[] = []
    for (const size of bench.smoke ? [2] : [20, 50]) {
      // One burst's wall time varies by ±15 % from the next, so six of each.
      const bursts = bench.smoke ? 2 : 6
      const walls: Record<Provider, number[]> = { [HASO]: [], [SYSTEM]: [] }
      let errors = 0
      const burst = async (provider: Provider) => {
        const carts: string[] = []
        while (carts.length < size) carts.push(...(await Promise.all(Array.from({ length: Math.min(PREPARE_AT_ONCE, size - carts.length) }, () => steps.ready(provider)))))
        walls[provider].push(await timed(() => Promise.all(carts.map((cart) => steps.complete(cart).catch(() => errors++)))))
      }
      for (let i = 0; i < bursts; i++) {
        const order: Provider[] = i % 2 ? [SYSTEM, HASO] : [HASO, SYSTEM]
        for (const provider of order) await burst(provider)
      }
      const haso = median(walls[HASO])
      const system = median(walls[SYSTEM])
      lines.push({
        figure: `${size} completions at once`,
        a: "pp_haso_haso (throughput)",
        b: "pp_system_default",
        aMs: haso,
        bMs: system,
        n: bursts,
        ratio: system / haso,
        pairwise: median(walls[HASO].map((wall, index) => walls[SYSTEM][index] / wall)),
        target: { op: "≥", value: errors ? Infinity : 0.95 },
        note: `${errors} carts not completed; ms are a burst's wall time, the ratio is throughput`,
      })
    }
    return lines
  },
}
