import { timed } from "../lib/ab"
import { againstFloor, hasoCallsSince, type Figure, type Line } from "../lib/figure"
import { HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"

/**
 * Adding a line item to a cart that has a payment session, whatever Haso is
 * doing: nothing in a cart edit may wait on Haso, so the system provider's
 * time is the target with no Haso round trip added.
 */
const STATES: Array<{ name: string; fault: Record<string, unknown> | null }> = [
  { name: "healthy", fault: null },
  { name: "slow (3 s)", fault: { kind: "latency", ms: 3000 } },
  { name: "hanging (past the timeout)", fault: { kind: "latency", ms: 60_000 } },
  { name: "down (connection dropped)", fault: { kind: "drop" } },
]

export const cartEdit: Figure = {
  name: "cart-edit",
  async run(bench) {
    const steps = shopper(bench)
    const lines: Line[] = []
    for (const state of STATES) {
      let hasoCalls = 0
      const edit = (provider: Provider) => async () => {
        const cartId = await steps.ready(provider)
        if (state.fault) await bench.api.sandbox.fault("*", state.fault)
        const from = new Date().toISOString()
        try {
          const ms = await timed(() => steps.addItem(cartId))
          if (provider === HASO) hasoCalls += await hasoCallsSince(bench, from)
          return ms
        } finally {
          await bench.api.sandbox.clearFaults()
        }
      }
      const what: [string, string] = ["pp_haso_haso session", "pp_system_default session"]
      const line = await againstFloor(`cart edit, Haso ${state.name}`, { n: bench.smoke ? 1 : 16, warmup: bench.warmup, haso: edit(HASO), system: edit(SYSTEM), calls: 0, floorMs: 0, target: { op: "≤", value: 1.05 }, what })
      lines.push({ ...line, note: `${hasoCalls} Haso calls made by the Haso edits` })
    }
    return lines
  },
}
