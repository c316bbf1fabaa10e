import path from "node:path"
import { startDemo, type Demo, type DemoReady } from "../../integration-tests/e2e/helpers/demo"
import { storeApi } from "../../integration-tests/e2e/helpers/store-api"
import { HasoClient, hasoConnectionSchema } from "../../src/haso"
import { SANDBOX_DEFAULTS } from "../../src/sandbox"
import { CAPTURING, SYSTEM } from "./shopper"

/*
 * What the benchmarks run against: `npm run demo`'s store (the packed plugin,
 * PostgreSQL, the sandbox on loopback), started here in `.bench/` (reused
 * between runs, as the demo reuses `.demo/`) or one already running
 * (the end-to-end suite's, for the smoke run; both start the store with
 * HASO_DEMO_BENCH=1). Its region gets Medusa's own `pp_system_default` and
 * the benchmark's `pp_capture_at_authorization_bench` (a system provider that
 * captures at authorization) beside `pp_haso_haso`, for the comparisons, and the
 * demo's Haso customer a limit that a benchmark cannot use up.
 */

export type Bench = {
  demo: DemoReady
  api: ReturnType<typeof storeApi>
  shopper: string
  admin: string
  /** A client signing with the sandbox's credentials, for the client figure and Haso-side set-up. */
  haso: HasoClient
  smoke: boolean
  /** Whether Haso payments are captured at completion (the store's `autoCapture`). */
  autoCapture: boolean
  /** Pairs run before measuring: none in a smoke run. */
  warmup: number
  note(text: string): void
}

const root = path.resolve(__dirname, "../..")
/** Enough for thousands of orders; the demo customer's own limit is a shopper's. */
const BENCH_LIMIT_KURUS = "100000000000"

export async function startBenchDemo(note: (text: string) => void, { autoCapture = true } = {}): Promise<Demo> {
  return startDemo({ HASO_DEMO_DIR: process.env.HASO_BENCH_DIR || path.join(root, ".bench"), HASO_DEMO_AUTO_CAPTURE: String(autoCapture), HASO_DEMO_BENCH: "1" }, note)
}

export async function prepareBench(demo: DemoReady, { smoke, autoCapture = true, note }: { smoke: boolean; autoCapture?: boolean; note(text: string): void }): Promise<Bench> {
  const api = storeApi(demo)
  const admin = await api.adminToken()
  const shopper = await api.shopperToken()
  const { region } = await api.ok("GET", `/admin/regions/${demo.regionId}?fields=id,*payment_providers`, { token: admin })
  const providers: string[] = region.payment_providers.map((provider: { id: string }) => provider.id)
  const missing = [SYSTEM, CAPTURING].filter((provider) => !providers.includes(provider))
  if (missing.length) await api.setRegionProviders(admin, [...providers, ...missing])
  const haso = new HasoClient(
    hasoConnectionSchema.parse({
      merchantId: SANDBOX_DEFAULTS.merchantId,
      merchantKey: SANDBOX_DEFAULTS.merchantKey,
      merchantSalt: SANDBOX_DEFAULTS.merchantSalt,
      apiUrl: demo.sandboxUrl,
      serverIp: "127.0.0.1",
      readRetries: 0,
    })
  )
  await haso.setCustomerSpecialLimit({ customerId: demo.hasoCustomerId, limitAmount: BENCH_LIMIT_KURUS })
  return { demo, api, shopper, admin, haso, smoke, autoCapture, warmup: smoke ? 0 : 2, note }
}
