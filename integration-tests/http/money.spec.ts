import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TransactionStatus } from "../../src/haso"
import { istanbulToday } from "../../src/haso/dates"
import type { SandboxFault } from "../../src/sandbox"
import { books, inStep, orderPayments, runSync, syncUntilInStep } from "./helpers/money"
import { placeHasoOrder } from "./helpers/orders"
import { eventually } from "./helpers/sandbox"
import { backOfficeClient, createShopper } from "./helpers/shopper"
import { chooseHaso, completeCart, createCart, getOrderPayment, type StoreFixture } from "./helpers/store"
import { hasoStoreSuite } from "./helpers/suite"

/*
 * Medusa's books and Haso's must agree after every operation, including
 * concurrent requests, lost and late answers and a person's retry; where they
 * cannot at once, the sync brings them back in step by itself.
 */

jest.setTimeout(600_000)

hasoStoreSuite(({ api, getContainer, sandbox, store }) => {
  const admin = () => store().admin
  const post = (path: string, body: unknown) => api.post(path, body, { headers: admin(), validateStatus: () => true })

  /** An order paid with the provider that leaves activation to staff. */
  async function placeManualOrder(installmentNo = 1) {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: installmentNo }, "pp_haso_haso_manual")
    const completed = await completeCart(api, shopper.headers, cartId)
    expect(completed.data.type).toBe("order")
    const payment = await getOrderPayment(api, admin(), completed.data.order.id)
    return { shopper, order: completed.data.order, payment }
  }

  it("gives each of many simultaneous refunds on one payment its own Haso refund; both sides refund the same total", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeHasoOrder(api, getContainer(), store(), haso)
    const amounts = [100, 100, 100, 50.25, 33.33]
    const answers = await Promise.all(amounts.map((amount) => post(`/admin/payments/${payment.id}/refund`, { amount })))
    expect(answers.map((answer) => answer.status)).toEqual(amounts.map(() => 200))
    const entries = await books(api, admin(), haso, order.id)
    expect(entries[0].hasoRefundedKurus).toBe(38358)
    expect(entries[0].medusaRefundedKurus).toBe(entries[0].hasoRefundedKurus)
    const refundIds = haso.refunds().map((refund) => refund.refundId)
    expect(new Set(refundIds).size).toBe(refundIds.length)
    expect(haso.refunds()).toHaveLength((await orderPayments(api, admin(), order.id))[0].refunds!.length)

    // Staff then refund "the rest": nothing stays active at Haso once Medusa shows a full refund.
    const rest = (123456 - entries[0].medusaRefundedKurus) / 100
    expect((await post(`/admin/payments/${payment.id}/refund`, { amount: rest })).status).toBe(200)
    expect(haso.transactionByMerchantOid(payment.data.merchant_oid)!.status).toBe(TransactionStatus.Cancelled)
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(true)
  })

  it("answers each of two simultaneous refunds of the same amount with what happened: two refunds, each done on both sides", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeHasoOrder(api, getContainer(), store(), haso)
    const answers = await Promise.all([1, 2].map(() => post(`/admin/payments/${payment.id}/refund`, { amount: 100 })))
    // Reported done means done: no request is told it failed while its refund was made.
    expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    expect(haso.refunds().map((refund) => refund.amountKurus)).toEqual([10000, 10000])
    expect(await books(api, admin(), haso, order.id)).toEqual([expect.objectContaining({ medusaRefundedKurus: 20000, hasoRefundedKurus: 20000 })])
  })

  it.each<[string, SandboxFault]>([
    ["HTTP 500 before Haso processed it", { kind: "http_error", status: 500 }],
    ["HTTP 503 after Haso processed it", { kind: "http_error", status: 503, phase: "after" }],
    ["a dropped connection", { kind: "drop" }],
    ["a lost answer", { kind: "drop", phase: "after" }],
    ["a late answer", { kind: "latency", ms: 6_000 }],
    ["a refusal", { kind: "business_error", code: "H208", message: "Geçici olarak işlem yapılamıyor" }],
  ])("cancels a captured order while Haso's refund fails with %s: Medusa's payment ends up showing what Haso did", async (_, fault) => {
    const haso = sandbox.get()
    const { order, payment } = await placeHasoOrder(api, getContainer(), store(), haso)
    haso.setFault("refundTransaction", { ...fault, times: 1 })
    // Medusa swallows the provider's error and cancels the order anyway.
    expect((await post(`/admin/orders/${order.id}/cancel`, {})).status).toBe(200)
    // Settled once both sides gave everything back (a lost answer first waits out its grace).
    const entries = await syncUntilInStep(getContainer(), api, admin(), haso, order.id, (entry) => entry.medusaRefundedKurus === 123456)
    expect(entries).toEqual([expect.objectContaining({ medusaKurus: 0, hasoKurus: 0, medusaRefundedKurus: 123456, hasoRefundedKurus: 123456 })])
    expect(haso.transactionByMerchantOid(payment.data.merchant_oid)!.status).toBe(TransactionStatus.Cancelled)
    // Nothing left to refund: the Refund button has nothing to do, and Haso refunded once.
    expect((await post(`/admin/payments/${payment.id}/refund`, { amount: 1 })).status).toBe(400)
    expect(haso.refunds().reduce((sum, refund) => sum + refund.amountKurus, 0)).toBe(123456)
  })

  it("records a refund Haso carried out after the store gave up on it", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeHasoOrder(api, getContainer(), store(), haso)
    haso.setFault("refundTransaction", { kind: "latency", ms: 6_000, times: 1 })
    const late = await post(`/admin/payments/${payment.id}/refund`, { amount: 200 })
    expect(late.status).toBe(504)
    expect(late.data.code).toBe("haso_unavailable")
    expect(late.headers["retry-after"]).toBe("5")
    expect(late.data.message).toMatch(/Nothing was recorded in Medusa/)
    expect((await orderPayments(api, admin(), order.id))[0].refunds).toHaveLength(0)
    // Haso carries it out a few seconds later; nobody retries; the sync records it.
    await eventually(() => expect(haso.refunds()).toHaveLength(1), 20_000)
    const entries = await syncUntilInStep(getContainer(), api, admin(), haso, order.id)
    expect(entries[0]).toMatchObject({ medusaRefundedKurus: 20000, hasoRefundedKurus: 20000 })
    expect(haso.refunds()).toHaveLength(1)
  })

  it("a person's retry of a refund Haso carried out late records it, without a second refund", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeHasoOrder(api, getContainer(), store(), haso)
    haso.setFault("refundTransaction", { kind: "latency", ms: 6_000, times: 1 })
    expect((await post(`/admin/payments/${payment.id}/refund`, { amount: 75.5 })).status).toBe(504)
    // Too early: Haso has not decided yet, so the retry is told to wait rather than risk a second refund.
    const early = await post(`/admin/payments/${payment.id}/refund`, { amount: 75.5 })
    expect(early.status).toBe(503)
    expect(early.data.message).toMatch(/still outstanding/)
    await eventually(() => expect(haso.refunds()).toHaveLength(1), 20_000)
    const retry = await post(`/admin/payments/${payment.id}/refund`, { amount: 75.5 })
    expect(retry.status).toBe(200)
    expect(haso.refunds()).toHaveLength(1)
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(true)
  })

  it("captures in Medusa what Haso activated after the store gave up on the activation", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeManualOrder()
    haso.setFault("updateTransaction", { kind: "latency", ms: 6_000, times: 1 })
    const late = await post(`/admin/payments/${payment.id}/capture`, {})
    expect(late.status).toBe(504)
    expect((await getOrderPayment(api, admin(), order.id)).captured_at).toBeNull()
    await eventually(() => expect(haso.transactionByMerchantOid(payment.data.merchant_oid)!.status).toBe(TransactionStatus.Active), 20_000)
    await syncUntilInStep(getContainer(), api, admin(), haso, order.id)
    expect((await getOrderPayment(api, admin(), order.id)).captured_at).toBeTruthy()
    expect(haso.customer(haso.transactionByMerchantOid(payment.data.merchant_oid)!.customerId)!.availableKurus).toBe(2_000_000 - 123456)
  })

  it("staff's Sync with Haso records what Haso did outside the store, once, and says what it did", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeManualOrder()
    // Haso activates the waiting transaction on its own (its back office); the store never asked.
    const { merchant_oid: merchantOid, transaction_code: transactionCode } = payment.data
    await backOfficeClient(haso).updateTransaction({ merchantOid, transactionCode, orderStatus: 1 })
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(false)

    const synced = await post(`/admin/haso/orders/${order.id}/sync`, {})
    expect(synced.status).toBe(200)
    expect(synced.data.synced).toEqual([
      expect.objectContaining({ payment_id: payment.id, order_id: order.id, haso_status: TransactionStatus.Active, actions: [{ action: "captured", amount: String(payment.amount) }] }),
    ])
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(true)
    // Haso's limit was taken once, by its own activation.
    const transaction = haso.transactionByMerchantOid(merchantOid)!
    expect(transaction.status).toBe(TransactionStatus.Active)
    expect(haso.customer(transaction.customerId)!.availableKurus).toBe(2_000_000 - 123456)

    const again = await post(`/admin/haso/orders/${order.id}/sync`, {})
    expect(again.data.synced).toEqual([expect.objectContaining({ payment_id: payment.id, actions: [] })])
    expect((await orderPayments(api, admin(), order.id))[0].captures).toHaveLength(1)

    const missing = await post("/admin/haso/orders/order_missing/sync", {})
    expect(missing.status).toBe(404)
    expect(missing.data.message).toMatch(/Order order_missing was not found/)
  })

  it("repairs a capture whose process died during the Haso call: Medusa's capture row without captured_at", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeManualOrder()
    expect((await post(`/admin/payments/${payment.id}/capture`, {})).status).toBe(200)
    // The state a SIGKILL during the activation call leaves (the e2e suite kills a real process for it):
    // Haso active, Medusa's capture row written, the payment never marked captured nor its data updated.
    const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await db.raw(`update payment set captured_at = null, data = data - 'activated_at' where id = ?`, [payment.id])
    await db.raw("update capture set created_at = now() - interval '10 minutes' where payment_id = ?", [payment.id])
    const report = await post("/admin/haso/reconciliations", { date: istanbulToday() })
    expect(report.data.reconciliation.mismatches.items).toEqual([expect.objectContaining({ kind: "capture_unconfirmed", payment_id: payment.id })])

    // Medusa's own Capture failed here before ("cannot capture more than the authorized amount"); now it repairs.
    const capture = await post(`/admin/payments/${payment.id}/capture`, {})
    expect(capture.status).toBe(200)
    const repaired = await orderPayments(api, admin(), order.id)
    expect(repaired[0].captured_at).toBeTruthy()
    expect(repaired[0].captures).toHaveLength(1)
    // Asked again (repeat-safe at Haso), activated once: the limit dropped once.
    expect(haso.requests().filter((request) => request.service === "updateTransaction")).toHaveLength(2)
    expect(haso.customer(haso.transactionByMerchantOid(payment.data.merchant_oid)!.customerId)!.availableKurus).toBe(2_000_000 - 123456)
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(true)
    const after = await post("/admin/haso/reconciliations", { date: istanbulToday() })
    expect(after.data.reconciliation.status).toBe("matched")
  })

  it("refuses a partial capture, which Haso cannot do, before anything is recorded", async () => {
    const haso = sandbox.get()
    const { order, payment } = await placeManualOrder()
    const partial = await post(`/admin/payments/${payment.id}/capture`, { amount: 500 })
    expect(partial.status).toBe(400)
    expect(partial.data).toMatchObject({ code: "haso_partial_capture", message: expect.stringMatching(/captured whole \(TRY\s1,234\.56\)/) })
    expect(haso.requests().filter((request) => request.service === "updateTransaction")).toHaveLength(0)
    expect((await getOrderPayment(api, admin(), order.id)).captured_at).toBeNull()
    expect((await post(`/admin/payments/${payment.id}/capture`, { amount: 1234.56 })).status).toBe(200)
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(true)
  })

  it("keeps fractions of a kuruş in step: the refund that empties Medusa's payment leaves nothing at Haso", async () => {
    const haso = sandbox.get()
    const odd = await addProduct(store(), 10.005)
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers, 1, odd)
    await chooseHaso(api, shopper.headers, paymentCollectionId)
    const order = (await completeCart(api, shopper.headers, cartId)).data.order
    const payment = await getOrderPayment(api, admin(), order.id)
    // 10.005 + 34.56 shipping = 44.565 TRY; Haso holds 4457 kuruş.
    expect(haso.transactionByMerchantOid(payment.data.merchant_oid)!.orderAmountKurus).toBe(4457)
    expect((await post(`/admin/payments/${payment.id}/refund`, { amount: 22.2825 })).status).toBe(200)
    expect((await post(`/admin/payments/${payment.id}/refund`, { amount: 22.2825 })).status).toBe(200)
    expect(haso.refunds().map((refund) => refund.amountKurus)).toEqual([2228, 2229])
    expect(haso.transactionByMerchantOid(payment.data.merchant_oid)!.status).toBe(TransactionStatus.Cancelled)
  })

  it("pays what an order edit left outstanding with Haso", async () => {
    const haso = sandbox.get()
    const { order, shopper } = await placeManualOrder(3)
    const edit = (await post("/admin/order-edits", { order_id: order.id })).data.order_change
    expect((await post(`/admin/order-edits/${order.id}/items`, { items: [{ variant_id: store().variantId, quantity: 1 }] })).status).toBe(200)
    expect((await post(`/admin/order-edits/${order.id}/request`, {})).status).toBe(200)
    expect((await post(`/admin/order-edits/${order.id}/confirm`, {})).status).toBe(200)
    expect(edit).toBeDefined()
    // Medusa cancelled the Haso payment (dropped at Haso) and opened a new, unpaid collection for the new total.
    await eventually(() => expect(haso.transactions()[0].status).toBe(TransactionStatus.Cancelled))
    const paid = await api.post(`/store/haso/orders/${order.id}/pay`, { installment_no: 3 }, { headers: shopper.headers, validateStatus: () => true })
    expect(paid.status).toBe(200)
    expect(paid.data).toMatchObject({ order_id: order.id, amount: 2434.56 })
    const second = haso.transactions().find((transaction) => transaction.status !== TransactionStatus.Cancelled)!
    expect(second.orderAmountKurus).toBe(243456)
    expect(inStep(await books(api, admin(), haso, order.id))).toBe(true)
    const again = await api.post(`/store/haso/orders/${order.id}/pay`, {}, { headers: shopper.headers, validateStatus: () => true })
    expect(again.status).toBe(400)
    expect(again.data.code).toBe("haso_nothing_outstanding")
  })

  it("runs every state-changing step into every fault, then a person's retry and the sync: the books always agree", async () => {
    const faults: Array<[string, SandboxFault]> = [
      ["500 before", { kind: "http_error", status: 500 }],
      ["503 after", { kind: "http_error", status: 503, phase: "after" }],
      ["drop before", { kind: "drop" }],
      ["drop after", { kind: "drop", phase: "after" }],
      ["malformed after", { kind: "malformed", phase: "after" }],
      ["late", { kind: "latency", ms: 5_000 }],
      ["refused", { kind: "business_error", code: "H208" }],
    ]
    const haso = sandbox.get()
    const steps: Array<[string, (fault: SandboxFault) => Promise<string>]> = [
      [
        "checkout",
        async (fault) => {
          const shopper = await createShopper(api, getContainer(), store(), haso)
          const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
          await chooseHaso(api, shopper.headers, paymentCollectionId)
          haso.setFault("createTransaction", { ...fault, times: 1 })
          let completed = await completeCart(api, shopper.headers, cartId)
          await settleLate(fault, "createTransaction")
          if (completed.data.type !== "order") completed = await completeCart(api, shopper.headers, cartId) // the shopper tries again
          return completed.data.order?.id ?? ""
        },
      ],
      [
        "capture",
        async (fault) => {
          const { order, payment } = await placeManualOrder()
          haso.setFault("updateTransaction", { ...fault, times: 1 })
          const first = await post(`/admin/payments/${payment.id}/capture`, {})
          await settleLate(fault, "updateTransaction")
          if (first.status !== 200) await post(`/admin/payments/${payment.id}/capture`, {}) // staff try again
          return order.id
        },
      ],
      [
        "refund",
        async (fault) => {
          const { order, payment } = await placeHasoOrder(api, getContainer(), store(), haso)
          haso.setFault("refundTransaction", { ...fault, times: 1 })
          const first = await post(`/admin/payments/${payment.id}/refund`, { amount: 300 })
          await settleLate(fault, "refundTransaction")
          if (first.status !== 200) await retryUntilDecided(() => post(`/admin/payments/${payment.id}/refund`, { amount: 300 }))
          return order.id
        },
      ],
      [
        "cancel",
        async (fault) => {
          const { order } = await placeManualOrder()
          haso.setFault("updateTransaction", { ...fault, times: 1 })
          await post(`/admin/orders/${order.id}/cancel`, {})
          await settleLate(fault, "updateTransaction")
          return order.id
        },
      ],
    ]
    const outcomes: Array<{ step: string; fault: string; inStep: boolean }> = []
    for (const [step, run] of steps) {
      for (const [name, fault] of faults) {
        haso.clearFaults()
        const orderId = await run(fault)
        haso.clearFaults()
        let agreed = false
        if (orderId) {
          agreed = await syncUntilInStep(getContainer(), api, admin(), haso, orderId).then(() => true, () => false)
        } else {
          // No order (the checkout was declined): nothing may stay active at Haso.
          await runSync(getContainer())
          agreed = haso.transactions().every((transaction) => !transaction.activatedAt || transaction.status === TransactionStatus.Cancelled)
        }
        outcomes.push({ step, fault: name, inStep: agreed })
      }
    }
    const disagreements = outcomes.filter((outcome) => !outcome.inStep)
    process.stdout.write(
      `[money] fault matrix: ${outcomes.length} cases (${steps.length} steps × ${faults.length} faults), ${disagreements.length} disagreements` +
        (disagreements.length ? `: ${disagreements.map((outcome) => `${outcome.step}/${outcome.fault}`).join(", ")}` : "") +
        "\n"
    )
    expect(disagreements).toEqual([])
    // No transaction twice for one session, no refund beyond what was activated.
    const oids = haso.transactions().map((transaction) => transaction.merchantOid)
    expect(new Set(oids).size).toBe(oids.length)
    for (const transaction of haso.transactions()) {
      expect(transaction.refundedKurus).toBeLessThanOrEqual(transaction.orderAmountKurus)
    }
  })

  /** For a late answer, waits until Haso has carried the request out, so the retry meets what a person would. */
  async function settleLate(fault: SandboxFault, service: string) {
    if (fault.kind === "latency") {
      await eventually(() => expect(sandbox.get().requests().some((request) => request.service === service && request.processed)).toBe(true), 20_000)
    }
  }

  /** Staff try again while the plugin says Haso's earlier answer is still outstanding. */
  async function retryUntilDecided(retry: () => Promise<{ status: number; data: { code?: string } }>) {
    return eventually(async () => {
      const answer = await retry()
      if (answer.status === 503) throw new Error("still outstanding")
      return answer
    }, 30_000, 1_000)
  }

  async function addProduct(fixture: StoreFixture, price: number): Promise<string> {
    const { product } = (
      await api.post(
        "/admin/products",
        {
          title: `Ürün ${price}`,
          status: "published",
          shipping_profile_id: fixture.shippingProfileId,
          sales_channels: [{ id: fixture.salesChannelId }],
          options: [{ title: "Boyut", values: ["Tek"] }],
          variants: [{ title: "Tek", manage_inventory: false, prices: [{ currency_code: "try", amount: price }], options: { Boyut: "Tek" } }],
        },
        { headers: admin() }
      )
    ).data
    return product.variants[0].id
  }
})
