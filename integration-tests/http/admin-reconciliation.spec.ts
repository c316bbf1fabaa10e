import { reconcileYesterdayIfDue } from "../../src/jobs/haso-daily-reconciliation"
import { istanbulDayRange, istanbulToday } from "../../src/haso/dates"
import { placeHasoOrder } from "./helpers/orders"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(240_000)

// Each test takes the Istanbul date when it starts: the file is loaded while
// Medusa has yet to boot, a minute or more before, and a run may cross midnight.

hasoStoreSuite(({ api, getContainer, dbConnection, sandbox, store }) => {
  const post = (path: string, body: unknown, headers = store().admin) => api.post(path, body, { headers, validateStatus: () => true })
  const get = (path: string, headers = store().admin) => api.get(path, { headers, validateStatus: () => true })

  it("sorts a day into matched, Haso-only, Medusa-only and differing amounts, one report per day", async () => {
    const today = istanbulToday()
    const yesterday = istanbulToday(-1)
    const haso = sandbox.get()
    // Matched: an order and its partial refund.
    const a = await placeHasoOrder(api, getContainer(), store(), haso)
    expect((await post(`/admin/payments/${a.payment.id}/refund`, { amount: 234.56 })).status).toBe(200)
    // In Medusa today, but Haso activated it on the day before.
    haso.setNow(new Date(istanbulDayRange(yesterday).from.getTime() + 12 * 3_600_000))
    const b = await placeHasoOrder(api, getContainer(), store(), haso)
    haso.setNow(null)
    // A Medusa capture whose amount no longer agrees with Haso.
    const c = await placeHasoOrder(api, getContainer(), store(), haso)
    await dbConnection.raw(`update capture set amount = 1000, raw_amount = '{"value":"1000","precision":20}' where payment_id = ?`, [c.payment.id])
    // At Haso today, unknown to Medusa.
    const [stray] = haso.generateTransactions({ count: 1, date: today, refundEvery: 0 }).transactionCodes

    const run = await post("/admin/haso/reconciliations", { date: today })
    expect(run.status).toBe(200)
    const report = run.data.reconciliation
    expect(report).toMatchObject({
      date: today,
      status: "mismatched",
      matched_count: 2,
      missing_in_medusa_count: 1,
      missing_at_haso_count: 1,
      amount_mismatch_count: 1,
    })
    expect(report.mismatches.items).toHaveLength(3)
    expect(report.mismatches.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "at_haso_only", type: "transaction", transaction_code: stray, haso_amount_kurus: expect.any(Number), medusa_amount_kurus: null }),
        expect.objectContaining({ kind: "in_medusa_only", merchant_oid: b.payment.data.merchant_oid, payment_id: b.payment.id, order_id: b.order.id, medusa_amount_kurus: 123456, haso_amount_kurus: null }),
        expect.objectContaining({ kind: "amount_differs", merchant_oid: c.payment.data.merchant_oid, order_id: c.order.id, medusa_amount_kurus: 100000, haso_amount_kurus: 123456 }),
      ])
    )
    // Staff open a day's differences: both amounts in lira, the order with its number.
    const detail = (await get(`/admin/haso/reconciliations/${today}`)).data.reconciliation
    expect(detail.mismatches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "amount_differs", medusa_amount: 1000, haso_amount: 1234.56, order: { id: c.order.id, display_id: c.order.display_id } }),
      ])
    )
    expect(report.summary.haso).toMatchObject({ TransactionCount: 3, RefundCount: 1, RefundTotal: 234.56 })

    // Yesterday, Haso has B and Medusa has nothing.
    const before = (await post("/admin/haso/reconciliations", { date: yesterday })).data.reconciliation
    expect(before).toMatchObject({ missing_in_medusa_count: 1, matched_count: 0 })

    // Running a day again replaces its report.
    const rerun = await post("/admin/haso/reconciliations", { date: today })
    expect(rerun.data.reconciliation.id).toBe(report.id)
    const stored = await get(`/admin/haso/reconciliations?date=${today}`)
    expect(stored.data.count).toBe(1)
    expect((await get("/admin/haso/reconciliations")).data.reconciliations.map((r: { date: string }) => r.date)).toEqual([today, yesterday])
  })

  it("runs from the daily job once the configured hour has come, once per day", async () => {
    const today = istanbulToday()
    const container = getContainer()
    const tomorrowAt = (hour: number) => new Date(istanbulDayRange(today).to.getTime() + hour * 3_600_000)
    const settings = { enabled: true, hour: 6 }
    expect(await reconcileYesterdayIfDue(container, tomorrowAt(7), { ...settings, enabled: false })).toBeUndefined()
    expect(await reconcileYesterdayIfDue(container, tomorrowAt(5), settings)).toBeUndefined()
    expect(await reconcileYesterdayIfDue(container, tomorrowAt(7), settings)).toBe(today)
    expect((await get(`/admin/haso/reconciliations?date=${today}`)).data.reconciliations[0]).toMatchObject({ status: "matched", matched_count: 0 })
    expect(await reconcileYesterdayIfDue(container, tomorrowAt(8), settings)).toBeUndefined()
  })

  it("stores a failed report and answers 503 when Haso is down; refuses bad input and anonymous callers", async () => {
    const today = istanbulToday()
    sandbox.get().setFault("getReconciliation", { kind: "http_error", status: 503 })
    const down = await post("/admin/haso/reconciliations", { date: today })
    expect(down.status).toBe(503)
    expect((await get(`/admin/haso/reconciliations?date=${today}`)).data.reconciliations[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/HTTP 503/) })

    expect((await post("/admin/haso/reconciliations", { date: "yesterday" })).data.message).toMatch(/date must be a real date written YYYY-MM-DD/)
    expect((await post("/admin/haso/reconciliations", { date: "2026-13-01" })).status).toBe(400)
    expect((await get("/admin/haso/reconciliations/2026-02-30")).status).toBe(400)
    expect((await post("/admin/haso/reconciliations", {})).status).toBe(400)
    expect((await get("/admin/haso/reconciliations?date=2999-01-01")).status).toBe(400)
    expect((await get("/admin/haso/reconciliations", {})).status).toBe(401)
  })
})
