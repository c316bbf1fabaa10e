import path from "node:path"
import { demoStoreEnv } from "../../scripts/lib/demo-app"
import { freePort, waitForHealth, type Server } from "../../scripts/lib/processes"
import { startMedusa } from "../../scripts/lib/store-app"
import type { Demo } from "./helpers/demo"
import { eventually, storeApi } from "./helpers/store-api"

/*
 * A Medusa process killed (SIGKILL: an OOM kill, a lost container) while its
 * Haso activation is in flight. A second instance of the demo store on the
 * same database takes staff's Capture; Haso activates the transaction but
 * answers slowly, and the instance dies before it hears back. Medusa keeps a
 * capture row it never confirmed. Staff's next Capture, on the surviving
 * instance, must then work, and activate at Haso once.
 */
export function crashDuringCapture(demo: () => Demo, note: (text: string) => void) {
  let instance: Server | undefined

  afterAll(async () => {
    await instance?.stop()
  })

  it("repairs a capture whose Medusa process was killed during the Haso call", async () => {
    const { ready } = demo()
    const api = storeApi(ready)
    const admin = await api.adminToken()
    const shopper = await api.shopperToken()
    await api.setRegionProviders(admin, ["pp_haso_haso", "pp_haso_haso_manual"])
    const { order, merchantOid } = await api.placeHasoOrder(shopper, { providerId: "pp_haso_haso_manual", installmentNo: 1 })
    await api.setRegionProviders(admin, ["pp_haso_haso"])
    const payment = await api.orderPayment(admin, order.id)
    const limitBefore = (await api.sandbox.state()).customers.find((customer: { customerId: string }) => customer.customerId === ready.hasoCustomerId).availableKurus

    const port = await freePort()
    const appDir = path.join(demo().workDir, "app")
    instance = startMedusa(appDir, { cwd: path.join(appDir, ".medusa", "server"), port, env: demoStoreEnv({ databaseUrl: ready.databaseUrl, sandboxUrl: ready.sandboxUrl }) })
    await waitForHealth(`http://localhost:${port}/health`, instance, 120_000)

    // Haso activates at once but answers 8 s later; the instance is killed while it waits.
    await api.sandbox.fault("updateTransaction", { kind: "latency", ms: 8_000, phase: "after", times: 1 })
    const capture = fetch(`http://localhost:${port}/admin/payments/${payment.id}/capture`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: "{}",
    }).catch(() => "connection lost")
    await eventually(async () => expect((await api.sandbox.transaction(merchantOid)).status).toBe(1), 20_000)
    process.kill(-instance.pid!, "SIGKILL")
    expect(await capture).toBe("connection lost")
    await instance.exited
    instance = undefined

    const halfDone = await api.orderPayment(admin, order.id)
    expect(halfDone.captured_at).toBeNull()
    const { payment: withCaptures } = await api.ok("GET", `/admin/payments/${payment.id}?fields=id,*captures`, { token: admin })
    expect(withCaptures.captures).toHaveLength(1) // the row Medusa wrote before calling Haso
    note("killed a Medusa instance mid-capture: Haso active, Medusa's capture row unconfirmed")

    // Staff press Capture on the surviving instance until it goes through (once the dead one's lease on the transaction ran out).
    const started = Date.now()
    await eventually(async () => {
      const again = await api.call("POST", `/admin/payments/${payment.id}/capture`, { token: admin, body: {} })
      expect(again.status).toBe(200)
    }, 120_000, 3_000)
    note(`staff's Capture repaired it after ${((Date.now() - started) / 1000).toFixed(0)} s`)
    const repaired = await api.orderPayment(admin, order.id)
    expect(repaired.captured_at).toBeTruthy()
    const { payment: after } = await api.ok("GET", `/admin/payments/${payment.id}?fields=id,*captures`, { token: admin })
    expect(after.captures).toHaveLength(1)
    const state = await api.sandbox.state()
    const transaction = state.transactions.find((candidate: { merchantOid: string }) => candidate.merchantOid === merchantOid)
    expect(transaction.status).toBe(1)
    // Activated once: the shopper's limit dropped by the order amount, not twice.
    expect(state.customers.find((customer: { customerId: string }) => customer.customerId === ready.hasoCustomerId).availableKurus).toBe(limitBefore - transaction.orderAmountKurus)
  })
}
