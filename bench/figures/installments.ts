import { alternate, timed } from "../lib/ab"
import { againstFloor, floorLine, hasoCallsOf, type Figure } from "../lib/figure"
import { hasoFloor } from "../lib/haso-wire"
import { HASO, shopper } from "../lib/shopper"

/** The installment picker's `GET /store/haso/installments` against Medusa's own cart read plus Haso's round trips. */
export const installments: Figure = {
  name: "installments",
  async run(bench) {
    const steps = shopper(bench)
    const floorMs = await hasoFloor(bench)
    const cartId = await steps.cart()
    await steps.session(await steps.collection(cartId), HASO)
    const calls = await hasoCallsOf(bench, () => steps.installments(cartId))
    const what: [string, string] = ["GET /store/haso/installments", "GET /store/carts/:id"]
    const single = await againstFloor("installments", {
      n: bench.smoke ? 3 : 300,
      warmup: bench.warmup,
      haso: () => timed(() => steps.installments(cartId)),
      system: () => timed(() => steps.readCart(cartId)),
      calls,
      floorMs,
      target: { op: "≤", value: 1.1 },
      what,
    })
    const at = 20
    const burst = (call: () => Promise<void>) => () => timed(() => Promise.all(Array.from({ length: at }, call)))
    const { a, b } = await alternate(bench.smoke ? 1 : 40, burst(() => steps.installments(cartId)), burst(() => steps.readCart(cartId)), bench.warmup)
    const concurrent = floorLine(`installments, ${at} at once`, a, b, { calls, floorMs, target: { op: "≤", value: 1.2 }, what, note: `wall time of ${at} requests` })
    return [single, concurrent]
  },
}
