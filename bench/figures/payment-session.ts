import { timed } from "../lib/ab"
import { againstFloor, hasoCallsOf, type Figure } from "../lib/figure"
import { hasoFloor } from "../lib/haso-wire"
import { HASO, SYSTEM, shopper, type Provider } from "../lib/shopper"

/**
 * `POST /store/payment-collections/:id/payment-sessions`: Haso against Medusa's
 * system provider plus Haso's round trips. Judged as the storefront makes it,
 * right after the installment picker showed the options (untimed); reported
 * also without the picker, when the provider asks Haso itself.
 */
export const paymentSession: Figure = {
  name: "payment-session",
  async run(bench) {
    const steps = shopper(bench)
    const floorMs = await hasoFloor(bench)
    const sample = (provider: Provider, picker: boolean) => async () => {
      const cartId = await steps.cart()
      const collection = await steps.collection(cartId)
      if (picker) await steps.installments(cartId)
      return timed(() => steps.session(collection, provider))
    }
    const callsOf = async (picker: boolean) => {
      const cartId = await steps.cart()
      const collection = await steps.collection(cartId)
      if (picker) await steps.installments(cartId)
      return hasoCallsOf(bench, () => steps.session(collection, HASO))
    }
    const figure = (name: string, picker: boolean, judged: boolean) => async () =>
      againstFloor(name, {
        n: bench.smoke ? 1 : 40,
        warmup: bench.warmup,
        haso: sample(HASO, picker),
        system: sample(SYSTEM, false),
        calls: await callsOf(picker),
        floorMs,
        target: judged ? { op: "≤", value: 1.05 } : undefined,
        what: ["pp_haso_haso", "pp_system_default"],
        note: picker ? "after the installment picker" : "no picker shown: the provider asks Haso (5.1)",
      })
    return [await figure("payment session", true, true)(), await figure("payment session, no picker", false, false)()]
  },
}
