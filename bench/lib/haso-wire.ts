import http from "node:http"
import { HASO_SERVICES, requestTokenFor } from "../../src/haso"
import { SANDBOX_DEFAULTS } from "../../src/sandbox"
import { timed } from "./ab"
import type { Bench } from "./stack"
import { median } from "./stats"

/*
 * The physical floor of a Haso call here: a signed 5.1 request to the sandbox
 * over a raw keep-alive `http.request`, with nothing of the plugin in between.
 */

/** 1,000.00 TRY, in the kuruş string Haso takes. */
export const RAW_ORDER_AMOUNT = "100000"

export type RawCall = { call(): Promise<number>; close(): void; /** The signed JSON body it sends. */ payload: string }

export function rawCustomerInformation(bench: Bench): RawCall {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const body = { merchantId: SANDBOX_DEFAULTS.merchantId, customerId: bench.demo.hasoCustomerId, orderAmount: RAW_ORDER_AMOUNT, ipAddress: "127.0.0.1" } as Record<string, unknown>
  body.requestToken = requestTokenFor("getCustomerInformation", body, SANDBOX_DEFAULTS)
  const payload = JSON.stringify(body)
  const url = new URL(`${bench.demo.sandboxUrl}${HASO_SERVICES.getCustomerInformation.path}`)
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } }, (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => (JSON.parse(Buffer.concat(chunks).toString("utf8")).Success ? resolve() : reject(new Error("the sandbox refused the raw 5.1 call"))))
        response.on("error", reject)
      })
      request.on("error", reject)
      request.end(payload)
    })
  return { call: () => timed(post), close: () => agent.destroy(), payload }
}

const floors = new WeakMap<Bench, number>()

/** The median raw round trip, measured once per run. */
export async function hasoFloor(bench: Bench): Promise<number> {
  const known = floors.get(bench)
  if (known !== undefined) return known
  const raw = rawCustomerInformation(bench)
  try {
    for (let i = 0; i < 20; i++) await raw.call()
    const samples: number[] = []
    for (let i = 0; i < (bench.smoke ? 50 : 500); i++) samples.push(await raw.call())
    const floor = median(samples)
    floors.set(bench, floor)
    return floor
  } finally {
    raw.close()
  }
}
