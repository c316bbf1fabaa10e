import { timed } from "../lib/ab"
import { againstFloor, hasoCallsOf, type Figure } from "../lib/figure"
import { hasoFloor } from "../lib/haso-wire"
import { CAPTURING, HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"

/**
 * `POST /store/carts/:id/complete`; the same with the payment captured (Haso
 * captures at completion, the system provider's payment is captured by staff
 * afterwards; reported, not judged); and the whole checkout from an empty
 * cart to an order. With autoCapture on, completion and checkout are also
 * reported against the bench store's system provider that captures at
 * authorization: Medusa records the capture in both, so what differs is Haso.
 */
export const complete: Figure = {
  name: "complete",
  async run(bench) {
    const steps = shopper(bench)
    const floorMs = await hasoFloor(bench)
    const completion = (provider: Provider) => async () => {
      const cartId = await steps.ready(provider)
      return timed(() => steps.complete(cartId))
    }
    const probe = await steps.ready(HASO)
    const calls = await hasoCallsOf(bench, () => steps.complete(probe))
    const wholeCalls = await hasoCallsOf(bench, () => steps.ready(HASO).then(steps.complete))
    const checkout = (provider: Provider) => () => timed(() => steps.ready(provider).then(steps.complete))
    // Haso's completion also captures (with autoCapture); the system provider's leaves the capture to staff.
    const paid = (provider: Provider) => async () => {
      const cartId = await steps.ready(provider)
      return timed(async () => {
        const orderId = await steps.complete(cartId)
        if (provider === SYSTEM || !bench.autoCapture) await steps.capture(orderId)
      })
    }
    const what: [string, string] = ["pp_haso_haso", "pp_system_default"]
    const n = (full: number) => (bench.smoke ? 1 : full)
    const lines = [
      await againstFloor("cart completion", { n: n(40), warmup: bench.warmup, haso: completion(HASO), system: completion(SYSTEM), calls, floorMs, target: { op: "≤", value: 1.05 }, what }),
      await againstFloor("completion with the capture", {
        n: n(40),
        warmup: bench.warmup,
        haso: paid(HASO),
        system: paid(SYSTEM),
        calls,
        floorMs,
        what: [bench.autoCapture ? "pp_haso_haso (captured at completion)" : "pp_haso_haso then staff capture", "pp_system_default then staff capture"],
      }),
      await againstFloor("whole checkout", { n: n(20), warmup: bench.warmup, haso: checkout(HASO), system: checkout(SYSTEM), calls: wholeCalls, floorMs, target: { op: "≤", value: 1.05 }, what }),
    ]
    if (!bench.autoCapture) return lines
    const bothCapture: [string, string] = ["pp_haso_haso (captures)", "system capturing at authorization"]
    return [
      ...lines,
      await againstFloor("cart completion, both capturing", { n: n(40), warmup: bench.warmup, haso: completion(HASO), system: completion(CAPTURING), calls, floorMs, what: bothCapture }),
      await againstFloor("whole checkout, both capturing", { n: n(20), warmup: bench.warmup, haso: checkout(HASO), system: checkout(CAPTURING), calls: wholeCalls, floorMs, what: bothCapture }),
    ]
  },
}
