import { alternate, timed } from "../lib/ab"
import { floorLine, type Figure } from "../lib/figure"
import { RAW_ORDER_AMOUNT, rawCustomerInformation } from "../lib/haso-wire"

/** The client's own cost per call: HasoClient's 5.1 against the same signed request sent raw, both keep-alive. */
export const client: Figure = {
  name: "client",
  async run(bench) {
    const n = bench.smoke ? 50 : 3000
    const raw = rawCustomerInformation(bench)
    const viaClient = () => timed(() => bench.haso.getCustomerInformation({ customerId: bench.demo.hasoCustomerId, orderAmount: RAW_ORDER_AMOUNT }))
    try {
      const { a, b } = await alternate(n, viaClient, raw.call, bench.smoke ? 5 : 50)
      return [floorLine("client: 5.1 call", a, b, { calls: 0, floorMs: 0, target: { op: "≤", value: 1.2 }, what: ["HasoClient", "raw keep-alive http.request"] })]
    } finally {
      raw.close()
    }
  },
}
