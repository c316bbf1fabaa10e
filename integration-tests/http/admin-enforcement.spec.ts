import { TransactionStatus } from "../../src/haso"
import { istanbulToday } from "../../src/haso/dates"
import { placeHasoOrder } from "./helpers/orders"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(180_000)

// Each test takes the Istanbul date when it starts: the file is loaded while
// Medusa has yet to boot, a minute or more before, and a run may cross midnight.

hasoStoreSuite(({ api, getContainer, sandbox, store }) => {
  const post = (path: string, body: unknown, headers = store().admin) => api.post(path, body, { headers, validateStatus: () => true })
  const get = (path: string, headers = store().admin) => api.get(path, { headers, validateStatus: () => true })
  const requestsTo = (service: string) => sandbox.get().requests().filter((r) => r.service === service)

  it("requires an admin on every Haso admin route", async () => {
    const paths = [
      ["post", "/admin/haso/orders/order_1/execution"],
      ["post", "/admin/haso/orders/order_1/execution/payments"],
      ["post", "/admin/haso/orders/order_1/execution/expenses"],
      ["post", "/admin/haso/orders/order_1/paid-installments"],
      ["get", "/admin/haso/orders/order_1/plan"],
      ["get", "/admin/haso/orders/order_1/events"],
      ["get", "/admin/haso/customers/cus_1"],
      ["post", "/admin/haso/customers/cus_1/balance"],
      ["post", "/admin/haso/customers/cus_1/gsm"],
      ["post", "/admin/haso/customers/cus_1/suspend"],
      ["post", "/admin/haso/customers/cus_1/reactivate"],
      ["post", "/admin/haso/customers/cus_1/limit"],
      ["get", "/admin/haso/installment-rates"],
      ["get", "/admin/haso/reconciliations"],
      ["post", "/admin/haso/reconciliations"],
    ]
    for (const [method, path] of paths) {
      const response = method === "get" ? await get(path, {}) : await post(path, {}, {})
      expect([path, response.status]).toEqual([path, 401])
    }
  })

  it("reports an order to enforcement once, records payments and cumulative expenses, and keeps the history", async () => {
    const today = istanbulToday()
    const { order, transaction } = await placeHasoOrder(api, getContainer(), store(), sandbox.get())

    const reported = await post(`/admin/haso/orders/${order.id}/execution`, {})
    expect(reported.status).toBe(200)
    expect(reported.data.haso_event).toMatchObject({ type: "execution", status: "succeeded", actor_id: store().adminUserId, transaction_code: transaction.transactionCode })
    expect(sandbox.get().transaction(transaction.transactionCode)!.status).toBe(TransactionStatus.InExecution)
    const again = await post(`/admin/haso/orders/${order.id}/execution`, {})
    expect(again.data.haso_event.id).toBe(reported.data.haso_event.id)
    expect(requestsTo("sendExecutionTransaction")).toHaveLength(1)

    const payment = await post(`/admin/haso/orders/${order.id}/execution/payments`, { amount: 100.5, date: today })
    expect(payment.status).toBe(200)
    expect(payment.data.haso_event).toMatchObject({ type: "execution_payment", status: "succeeded", amount: 100.5 })
    const repeated = await post(`/admin/haso/orders/${order.id}/execution/payments`, { amount: 100.5, date: today })
    expect(repeated.data.haso_event.id).toBe(payment.data.haso_event.id)
    const second = await post(`/admin/haso/orders/${order.id}/execution/payments`, { amount: 100.5, date: today, reference: "dekont-2" })
    expect(second.data.haso_event.id).not.toBe(payment.data.haso_event.id)
    expect(requestsTo("sendExecutionPayment").map((r) => (r.body as { paymentAmount: string }).paymentAmount)).toEqual(["10050", "10050"])
    const paidKurus = sandbox.get().transaction(transaction.transactionCode)!.payments.reduce((sum, p) => sum + p.paidKurus, 0)
    expect(paidKurus).toBe(20100)

    expect((await post(`/admin/haso/orders/${order.id}/execution/expenses`, { total_amount: 250 })).status).toBe(200)
    expect(sandbox.get().transaction(transaction.transactionCode)!.expenseKurus).toBe(25000)
    const lower = await post(`/admin/haso/orders/${order.id}/execution/expenses`, { total_amount: 100 })
    expect(lower.status).toBe(400)
    expect(lower.data.code).toBe("H102")

    // The whole story: checkout's creation and activation, then the back office.
    const history = await get(`/admin/haso/orders/${order.id}/events`)
    expect(history.data.count).toBe(7)
    expect(history.data.haso_events.map((e: { type: string; status: string }) => `${e.type}:${e.status}`).sort()).toEqual([
      "capture:succeeded",
      "create:succeeded",
      "execution:succeeded",
      "execution_expense:failed",
      "execution_expense:succeeded",
      "execution_payment:succeeded",
      "execution_payment:succeeded",
    ])
  })

  it("passes Haso's refusal on with its code when the order is not in enforcement", async () => {
    const today = istanbulToday()
    const { order } = await placeHasoOrder(api, getContainer(), store(), sandbox.get())
    const refused = await post(`/admin/haso/orders/${order.id}/execution/payments`, { amount: 10, date: today })
    expect(refused.status).toBe(400)
    // Haso's own words and code, without the plugin's service names.
    expect(refused.data).toMatchObject({ code: "H208", message: expect.stringMatching(/^Haso refused to record the enforcement \(icra\) payment: .+ \(H208\)$/) })
    expect(refused.data.message).not.toMatch(/sendExecutionPayment/)
    // A refused attempt is history too, and may be tried again once the cause is fixed.
    expect((await get(`/admin/haso/orders/${order.id}/events`)).data.haso_events[0]).toMatchObject({ status: "failed", haso_code: "H208" })
    await post(`/admin/haso/orders/${order.id}/execution`, {})
    expect((await post(`/admin/haso/orders/${order.id}/execution/payments`, { amount: 10, date: today })).status).toBe(200)
  })

  it("marks collected installments paid, one or several, and shows the live plan beside Medusa's", async () => {
    const today = istanbulToday()
    const { order, transaction } = await placeHasoOrder(api, getContainer(), store(), sandbox.get())
    const plan = await get(`/admin/haso/orders/${order.id}/plan`)
    expect(plan.status).toBe(200)
    expect(plan.data).toMatchObject({
      transaction_code: transaction.transactionCode,
      // Both sides' amounts: what Medusa captured is what Haso activated; Haso's total adds the shopper's fee.
      haso: { status: 1, status_name: "active", order_amount: 1234.56, refunded_amount: 0, fee: transaction.feeKurus / 100, total_amount: transaction.totalKurus / 100 },
      medusa: { order_total: 1234.56, amount: 1234.56, captured_amount: 1234.56, refunded_amount: 0, installment_no: 3 },
      open_operations: 0,
    })
    const codes = plan.data.haso.installments.map((i: { payment_code: string }) => i.payment_code)
    expect(codes).toHaveLength(4)

    const one = await post(`/admin/haso/orders/${order.id}/paid-installments`, { payment_codes: [codes[0]], date: today, reference: "POS-1" })
    expect(one.status).toBe(200)
    expect(requestsTo("setPaidPayment")).toHaveLength(1)
    const two = await post(`/admin/haso/orders/${order.id}/paid-installments`, { payment_codes: [codes[1], codes[2]], date: today })
    expect(two.status).toBe(200)
    expect(requestsTo("setBulkPaidPayment")).toHaveLength(1)
    const after = await get(`/admin/haso/orders/${order.id}/plan`)
    expect(after.data.haso.installments.map((i: { status_name: string }) => i.status_name)).toEqual(["paid", "paid", "paid", "unpaid"])

    const unknown = await post(`/admin/haso/orders/${order.id}/paid-installments`, { payment_codes: ["HP0000000000"], date: today })
    expect(unknown.status).toBe(404)
    expect(unknown.data.code).toBe("H207")
  })

  it("answers 404 for an unknown order and refuses bad input with a message naming the field", async () => {
    const today = istanbulToday()
    expect((await post("/admin/haso/orders/order_missing/execution", {})).status).toBe(404)
    expect((await get("/admin/haso/orders/order_missing/plan")).data.message).toMatch(/Order order_missing was not found/)
    const { order } = await placeHasoOrder(api, getContainer(), store(), sandbox.get())
    const cases: Array<[string, unknown, RegExp]> = [
      ["execution", { extra: 1 }, /Unrecognized fields: 'extra'/],
      ["execution/payments", { amount: "abc", date: today }, /amount must be an amount in Turkish lira/],
      ["execution/payments", { amount: 1.234, date: today }, /amount can have at most 2 decimals/],
      ["execution/payments", { amount: -5, date: today }, /amount must be more than 0/],
      ["execution/payments", { amount: 5, date: "2999-01-01" }, /date cannot be in the future/],
      ["execution/payments", { amount: 5, date: "2024-02-30" }, /date must be a real date written YYYY-MM-DD/],
      ["execution/payments", { amount: 5, date: "2026-13-01" }, /date must be a real date written YYYY-MM-DD/],
      ["execution/payments", { date: today }, /Field 'amount' is required/],
      ["execution/expenses", { total_amount: 0 }, /total_amount must be more than 0/],
      ["paid-installments", { payment_codes: [], date: today }, /payment_codes/],
      ["paid-installments", { payment_codes: "HP1", date: today }, /Expected type: 'array' for field 'payment_codes'/],
    ]
    for (const [path, body, message] of cases) {
      const response = await post(`/admin/haso/orders/${order.id}/${path}`, body)
      expect([path, response.status, response.data.message]).toEqual([path, 400, expect.stringMatching(message)])
    }
    expect(requestsTo("sendExecutionPayment")).toHaveLength(0)
  })
})
