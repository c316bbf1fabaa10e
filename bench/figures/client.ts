import { HASO_SERVICES } from "../../src/haso"
import { HasoTransport } from "../../src/haso/transport"
import { alternate, timed } from "../lib/ab"
import { floorLine, type Figure } from "../lib/figure"
import { RAW_ORDER_AMOUNT, rawCustomerInformation } from "../lib/haso-wire"

/**
 * The client's own cost per call: HasoClient's 5.1 against the same signed
 * request sent raw, both keep-alive. Reported beside it: the client's
 * transport alone with the raw request's body, to tell the wire from the rest.
 * A store's process makes Haso calls all day, so the figure is taken warm:
 * 1,000 pairs first (half a second), as V8 optimises the client's validation late.
 */
export const client: Figure = {
  name: "client",
  async run(bench) {
    const n = bench.smoke ? 50 : 3000
    const warmup = bench.smoke ? 5 : 1000
    const raw = rawCustomerInformation(bench)
    const transport = new HasoTransport(bench.demo.sandboxUrl, 10_000)
    const viaClient = () => timed(() => bench.haso.getCustomerInformation({ customerId: bench.demo.hasoCustomerId, orderAmount: RAW_ORDER_AMOUNT }))
    const viaTransport = () => timed(() => transport.post(HASO_SERVICES.getCustomerInformation.path, raw.payload))
    try {
      const whole = await alternate(n, viaClient, raw.call, warmup)
      const wire = await alternate(n, viaTransport, raw.call, warmup)
      return [
        floorLine("client: 5.1 call", whole.a, whole.b, { calls: 0, floorMs: 0, target: { op: "≤", value: 1.2 }, what: ["HasoClient", "raw keep-alive http.request"] }),
        floorLine("client's transport alone", wire.a, wire.b, { calls: 0, floorMs: 0, what: ["HasoTransport, the same body", "raw keep-alive http.request"] }),
      ]
    } finally {
      raw.close()
      transport.close()
    }
  },
}
