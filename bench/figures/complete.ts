import { timed } from "../lib/ab"
import { againstFloor, hasoCallsOf, type Figure } from "../lib/figure"
import { hasoFloor } from "../lib/haso-wire"
import { HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"

/** `POST /store/carts/:id/complete`, and the whole checkout from an empty cart to an order. */
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
    const what: [string, string] = ["pp_haso_haso", "pp_system_default"]
    return [
      await againstFloor("cart completion", { n: bench.smoke ? 1 : 40, warmup: bench.warmup, haso: completion(HASO), system: completion(SYSTEM), calls, floorMs, target: { op: "≤", value: 1.05 }, what }),
      await againstFloor("whole checkout", { n: bench.smoke ? 1 : 20, warmup: bench.warmup, haso: checkout(HASO), system: checkout(SYSTEM), calls: wholeCalls, floorMs, target: { op: "≤", value: 1.05 }, what }),
    ]
  },
}
