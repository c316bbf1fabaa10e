import fs from "node:fs"
import path from "node:path"
import { TransactionStatus } from "../../src/haso"
import { sleep } from "../../scripts/lib/processes"
import { DEMO_FIXTURES } from "../../scripts/lib/demo-fixtures"
import { checkoutSteps, runSteps, toCurlScript } from "../../scripts/lib/demo-walkthrough"
import { adminWalk } from "./admin"
import { crashDuringCapture } from "./crash"
import { SCREENSHOTS } from "./helpers/browser"
import { isAlive, startDemo, type Demo } from "./helpers/demo"
import { reserveStorefrontPort, startExampleStorefront, storefrontOrigin, type ExampleStorefront } from "./helpers/example-storefront"
import { packageChecks } from "./package"
import { runBench, FIGURES } from "../../bench/run"
import { storefrontWalk } from "./storefront"

/*
 * One store for every end-to-end check: `npm run demo` (the packed plugin
 * installed as a store installs it, the built admin, the sandbox), then the
 * package checks, the printed walkthrough over HTTP, staff in the admin and a
 * shopper in the example storefront (storefront/example, built from the
 * plugin the demo installed), both in a real browser; last, SIGTERM must stop
 * everything the demo started.
 */

jest.setTimeout(1_200_000)

const note = (text: string) => process.stdout.write(`[e2e] ${text}\n`)
let demo: Demo
let storefront: ExampleStorefront
const current = () => demo

beforeAll(async () => {
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true })
  // The storefront's origin must be in the store's CORS settings before it starts.
  const port = await reserveStorefrontPort()
  const origin = storefrontOrigin(port)
  // HASO_DEMO_BENCH: the benchmarks' smoke run (last) compares with the bench's own provider too.
  demo = await startDemo({ STORE_CORS: origin, AUTH_CORS: origin, HASO_DEMO_BENCH: "1" }, note)
  const pluginDir = path.join(demo.workDir, "app", "node_modules", "medusa-plugin-haso")
  storefront = await startExampleStorefront({ port, demo: demo.ready, pluginDir })
  note(`example storefront on ${storefront.url}`)
})

afterAll(async () => {
  await storefront?.stop()
  await demo?.stop()
})

describe("the published package", () => packageChecks(current, note))

describe("npm run demo", () => {
  it("serves the admin dashboard", async () => {
    const page = await fetch(demo.ready.adminUrl)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain("<html")
  })

  it("takes the printed checkout in installments, and an admin refund, through to Haso", async () => {
    const { ready } = demo
    const { vars, answers } = await runSteps(checkoutSteps(ready), ready)
    const answer = (titleStart: string) => answers.find((entry) => entry.step.title.startsWith(titleStart))!.body

    expect(answer("Their Haso account")).toMatchObject({ linked: true, haso_customer: { haso_customer_id: ready.hasoCustomerId } })
    const session = answer("Pay with Haso").payment_collection.payment_sessions[0]
    expect(session).toMatchObject({ provider_id: "pp_haso_haso", data: { installment_no: DEMO_FIXTURES.installmentNo } })
    const completed = answer("Place the order")
    expect(completed.type).toBe("order")
    const product = ready.products[0]
    expect(completed.order.total).toBeCloseTo(product.price + DEMO_FIXTURES.shipping.price, 2)

    const refunded = answer("Admin: refund").payment
    expect(refunded.id).toBe(vars.PAYMENT_ID)
    expect(refunded.refunds).toEqual([expect.objectContaining({ amount: DEMO_FIXTURES.refundAmount })])

    // Haso's side, as the sandbox's control API shows it.
    const state = answer("The sandbox's side")
    const transaction = state.transactions.find((candidate: { merchantOid: string }) => candidate.merchantOid === session.data.merchant_oid)
    expect(transaction).toMatchObject({
      customerId: ready.hasoCustomerId,
      status: TransactionStatus.PartiallyRefunded,
      installmentNo: DEMO_FIXTURES.installmentNo,
      orderAmountKurus: Math.round(completed.order.total * 100),
      refundedKurus: DEMO_FIXTURES.refundAmount * 100,
    })
    expect(state.refunds).toEqual(expect.arrayContaining([expect.objectContaining({ merchantOid: session.data.merchant_oid, amountKurus: DEMO_FIXTURES.refundAmount * 100 })]))
    const plans = answer("The shopper's plans at Haso").transactions
    expect(plans).toEqual(expect.arrayContaining([expect.objectContaining({ merchant_oid: session.data.merchant_oid })]))
  })

  it("saved the same walkthrough it prints", () => {
    expect(fs.readFileSync(path.join(demo.workDir, "walkthrough.sh"), "utf8")).toBe(toCurlScript(checkoutSteps(demo.ready), demo.ready))
  })
})

describe("store staff in the admin, in a browser", () => adminWalk(current))

describe("a shopper in the example storefront, in a browser", () => storefrontWalk(current, () => storefront))

describe("a Medusa process killed during a capture", () => crashDuringCapture(current, note))

// Last before stopping: the benchmarks add Medusa's system provider to the region and raise the shopper's Haso limit.
describe("the benchmarks' smoke run", () => {
  it("measures every figure on this store, with numbers for each", async () => {
    const started = Date.now()
    const lines = await runBench(demo.ready, { smoke: true, say: (text) => note(`bench ${text}`) })
    note(`bench smoke run took ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect([...new Set(lines.map((line) => line.from))]).toEqual(FIGURES.map((figure) => figure.name))
    for (const line of lines) {
      expect({ figure: line.figure, ratio: Number.isFinite(line.ratio) && line.ratio > 0 }).toEqual({ figure: line.figure, ratio: true })
    }
    // Every burst of concurrent completions became orders.
    for (const line of lines.filter((candidate) => candidate.figure.includes("at once") && candidate.note?.includes("not completed"))) {
      expect(line.note).toMatch(/^0 carts not completed/)
    }
  })
})

describe("stopping the demo", () => {
  it("stops everything it started on SIGTERM, and exits 0", async () => {
    const { ready } = demo
    expect(isAlive(ready.pids.medusaGroup, true)).toBe(true)
    const started = Date.now()
    process.kill(demo.child.pid!, "SIGTERM")
    const code = await Promise.race([demo.exited, sleep(60_000).then(() => "still running after 60 s")])
    note(`stopped in ${((Date.now() - started) / 1000).toFixed(1)} s: ${demo.output().split("\n").filter((line) => line.includes("stop")).join(" / ")}`)
    expect(code).toBe(0)
    await sleep(200)
    expect(isAlive(demo.child.pid, true)).toBe(false) // its process group: the demo and the commands it ran
    expect(isAlive(ready.pids.medusaGroup, true)).toBe(false)
    if (ready.pids.postgres) expect(isAlive(ready.pids.postgres)).toBe(false)
  })
})
