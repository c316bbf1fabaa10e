import { alternate, timed } from "../lib/ab"
import type { Figure } from "../lib/figure"
import { RAW_ORDER_AMOUNT, rawCustomerInformation } from "../lib/haso-wire"
import { median, pairwiseRatio } from "../lib/stats"

/** The client's own cost per call: HasoClient's 5.1 against the same signed request sent raw, both keep-alive. */
export const client: Figure = {
  name: "client",
  async run(bench) {
    const n = bench.smoke ? 50 : 3000
    const raw = rawCustomerInformation(bench)
    const viaClient = () => timed(() => bench.haso.getCustomerInformation({ customerId: bench.demo.hasoCustomerId, orderAmount: RAW_ORDER_AMOUNT }))
    try {
      const { a, b } = await alternate(n, viaClient, raw.call, bench.smoke ? 5 : 50)
      return [{ figure: "client: 5.1 call", a: "HasoClient", b: "raw keep-alive http.request", aMs: median(a), bMs: median(b), n, ratio: median(a) / median(b), pairwise: pairwiseRatio(a, b), target: { op: "≤", value: 1.2 } }]
    } finally {
      raw.close()
    }
  },
}
