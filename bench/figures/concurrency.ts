import { timed } from "../lib/ab"
import type { Figure, Line } from "../lib/figure"
import { CAPTURING, HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"
import { median } from "../lib/stats"

/** Carts prepared at a time: Medusa creates carts slower, not faster, fifty at once. */
const PREPARE_AT_ONCE = 4

/**
 * Bursts of carts completed at once, each provider's in turn, the order
 * rotated and reversed from round to round (AB BA … with two); throughput is
 * carts per second of a burst's wall time. Every cart must become an order.
 * With autoCapture on, the bench store's system provider that captures at
 * authorization takes turns too (reported): Medusa records a capture in both.
 */
export const concurrency: Figure = {
  name: "concurrency",
  async run(bench) {
    const steps = shopper(bench)
    const providers: Provider[] = bench.autoCapture ? [HASO, SYSTEM, CAPTURING] : [HASO, SYSTEM]
    const lines: Line[] = []
    for (const size of bench.smoke ? [2] : [20, 50]) {
      // One burst's wall time varies by ±15 % from the next, so six of each.
      const rounds = bench.smoke ? 2 : 6
      const walls = new Map<Provider, number[]>(providers.map((provider) => [provider, []]))
      let errors = 0
      const burst = async (provider: Provider) => {
        const carts: string[] = []
        while (carts.length < size) carts.push(...(await Promise.all(Array.from({ length: Math.min(PREPARE_AT_ONCE, size - carts.length) }, () => steps.ready(provider)))))
        walls.get(provider)!.push(await timed(() => Promise.all(carts.map((cart) => steps.complete(cart).catch(() => errors++)))))
      }
      for (let round = 0; round < rounds; round++) {
        for (const provider of turnOrder(providers, round)) await burst(provider)
      }
      const line = (against: Provider, b: string, figure: string, target?: Line["target"]): Line => {
        const haso = walls.get(HASO)!
        const other = walls.get(against)!
        return {
          figure,
          a: "pp_haso_haso (throughput)",
          b,
          aMs: median(haso),
          bMs: median(other),
          n: rounds,
          ratio: median(other) / median(haso),
          pairwise: median(haso.map((wall, index) => other[index] / wall)),
          target,
          note: `${errors} carts not completed; ms are a burst's wall time, the ratio is throughput`,
        }
      }
      lines.push(line(SYSTEM, "pp_system_default", `${size} completions at once`, { op: "≥", value: errors ? Infinity : 0.95 }))
      if (walls.has(CAPTURING)) lines.push(line(CAPTURING, "system capturing at authorization", `${size} at once, both capturing`))
    }
    return lines
  },
}

/** Round `round`'s order: rotated by one each round, reversed every other cycle, so each provider goes first, middle and last alike. */
function turnOrder(providers: Provider[], round: number): Provider[] {
  const shift = round % providers.length
  const rotated = [...providers.slice(shift), ...providers.slice(0, shift)]
  return Math.floor(round / providers.length) % 2 ? rotated.reverse() : rotated
}
