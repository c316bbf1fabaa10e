import { timed } from "../lib/ab"
import { againstFloor, hasoCallsOf, type Figure } from "../lib/figure"
import { hasoFloor } from "../lib/haso-wire"
import { HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"

/** `POST /store/payment-collections/:id/payment-sessions`: Haso against Medusa's system provider plus Haso's round trips. */
export const paymentSession: Figure = {
  name: "payment-session",
  async run(bench) {
    const steps = shopper(bench)
    const sample = (provider: Provider) => async () => {
      const collection = await steps.collection(await steps.cart())
      return timed(() => steps.session(collection, provider))
    }
    const probe = await steps.collection(await steps.cart())
    const calls = await hasoCallsOf(bench, () => steps.session(probe, HASO))
    return [
      await againstFloor("payment session", {
        n: bench.smoke ? 1 : 40,
        warmup: bench.warmup,
        haso: sample(HASO),
        system: sample(SYSTEM),
        calls,
        floorMs: await hasoFloor(bench),
        target: { op: "≤", value: 1.05 },
        what: ["pp_haso_haso", "pp_system_default"],
      }),
    ]
  },
}
