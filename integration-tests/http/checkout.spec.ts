import type { EventEmitter } from "node:events"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TransactionStatus } from "../../src/haso"
import { placeHasoOrder } from "./helpers/orders"
import { eventually } from "./helpers/sandbox"
import { backOfficeClient, createShopper } from "./helpers/shopper"
import { chooseHaso, completeCart, createCart, getOrderPayment } from "./helpers/store"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(180_000)

type OrderPlacedListener = ((event: { data: { id: string } }) => Promise<void>) & { subscriberId?: string }

/**
 * Tells when the plugin's order.placed subscriber has finished with an order.
 * Medusa's local event bus keeps no record of what its subscribers handled, so
 * the subscriber's listener is wrapped (it still runs as before) until stop().
 */
function watchHasoOrderPlaced(container: MedusaContainer) {
  const emitter = (container.resolve(Modules.EVENT_BUS) as unknown as { eventEmitter_: EventEmitter }).eventEmitter_
  const listener = (emitter.listeners("order.placed") as OrderPlacedListener[]).find((l) => l.subscriberId === "haso-sync-order")
  if (!listener) {
    throw new Error("the plugin's order.placed subscriber is not on Medusa's local event bus")
  }
  const handled = new Set<string>()
  const watcher: OrderPlacedListener = async (event) => {
    await listener(event)
    handled.add(event.data.id)
  }
  watcher.subscriberId = listener.subscriberId
  emitter.off("order.placed", listener).on("order.placed", watcher)
  return {
    handled: (orderId: string) => eventually(() => expect(handled.has(orderId)).toBe(true)),
    stop: () => {
      emitter.off("order.placed", watcher).on("order.placed", listener)
    },
  }
}

hasoStoreSuite(({ api, getContainer, sandbox, store }) => {
  it("pays 1,234.56 TRY in installments: Haso creates a waiting transaction, then activates it when the order is placed", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso, { limit: 20000 })
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)

    const session = await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: 3 })
    expect(session.status).toBe(200)
    const sessionData = session.data.payment_collection.payment_sessions[0].data
    expect(sessionData.installment_no).toBe(3)
    expect(sessionData.selected_installment).toMatchObject({ installment_no: 3, installment_count: 4 })
    expect(JSON.stringify(session.data)).not.toContain(haso.credentials.merchantKey)
    expect(JSON.stringify(session.data)).not.toContain(haso.credentials.merchantSalt)

    const completed = await completeCart(api, shopper.headers, cartId)
    expect(completed.data.type).toBe("order")
    const order = completed.data.order
    expect(order.total).toBe(1234.56)

    // Created in status 0 with exactly the amount, basket and plan Medusa asked for.
    const create = haso.requests().filter((r) => r.service === "createTransaction")
    expect(create).toHaveLength(1)
    const body = create[0].body as { orderAmount: string; selectedInstallment: number; basketList: Array<{ skuAmount: number }>; merchantOid: string }
    expect(body.orderAmount).toBe("123456")
    expect(body.selectedInstallment).toBe(3)
    expect(body.basketList.reduce((sum, line) => sum + line.skuAmount, 0)).toBe(123456)
    expect(body.merchantOid.length).toBeLessThanOrEqual(20)

    // order.placed activates it through Medusa's capture, so both agree.
    const transaction = await eventually(() => {
      const found = haso.transactionByMerchantOid(body.merchantOid)!
      expect(found.status).toBe(TransactionStatus.Active)
      return found
    })
    expect(haso.transactions()).toHaveLength(1)
    expect(transaction.orderAmountKurus).toBe(123456)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000 - 123456)
    const payment = await eventually(async () => {
      const found = await getOrderPayment(api, store().admin, order.id)
      expect(found.captured_at).toBeTruthy()
      return found
    })
    expect(payment.data.transaction_code).toBe(transaction.transactionCode)
    expect(payment.data.plan).toHaveLength(4)
  })

  it("makes the payment session from the options the picker just showed, and asks Haso again before refusing or after an order", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso, { limit: 1000 })
    const limitQueries = () =>
      haso.requests().filter((r) => r.service === "getCustomerInformation" && (r.body as { customerId?: string }).customerId === shopper.hasoCustomerId).length
    const picker = (cartId: string) => api.get(`/store/haso/installments?cart_id=${cartId}`, { headers: shopper.headers })

    // The picker shows a limit too low for 1,234.56 TRY; Haso raises it; the session asks again and goes through.
    const first = await createCart(api, store(), shopper.headers)
    expect((await picker(first.cartId)).data.available_limit).toBe(1000)
    await backOfficeClient(haso).setCustomerSpecialLimit({ customerId: shopper.hasoCustomerId!, limitAmount: "2000000" })
    let asked = limitQueries()
    expect((await chooseHaso(api, shopper.headers, first.paymentCollectionId, { installment_no: 3 })).status).toBe(200)
    expect(limitQueries()).toBe(asked + 1)

    // Shown a moment ago and still good: the session takes the chosen option without a second 5.1.
    const shown = await picker(first.cartId)
    const four = shown.data.installments.find((o: { installment_count: number }) => o.installment_count === 4)
    asked = limitQueries()
    const session = await chooseHaso(api, shopper.headers, first.paymentCollectionId, { installment_no: four.installment_no })
    expect(session.status).toBe(200)
    expect(limitQueries()).toBe(asked)
    expect(session.data.payment_collection.payment_sessions[0].data.selected_installment).toEqual(four)
    expect((await completeCart(api, shopper.headers, first.cartId)).data.type).toBe("order")

    // The order took from the limit: a session for the same amount asks Haso again.
    const second = await createCart(api, store(), shopper.headers)
    asked = limitQueries()
    expect((await chooseHaso(api, shopper.headers, second.paymentCollectionId)).status).toBe(200)
    expect(limitQueries()).toBe(asked + 1)
  })

  it("refunds part, then the rest, from the admin; the limit comes back and a repeated refund is refused", async () => {
    const haso = sandbox.get()
    const { shopper, payment } = await placeHasoOrder(api, getContainer(), store(), haso, { installmentNo: 2 })

    const partial = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 234.56 }, { headers: store().admin })
    expect(partial.status).toBe(200)
    const afterPartial = haso.transactionByMerchantOid(payment.data.merchant_oid)!
    expect(afterPartial.status).toBe(TransactionStatus.PartiallyRefunded)
    expect(afterPartial.refundedKurus).toBe(23456)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000 - 123456 + 23456)

    const rest = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000 }, { headers: store().admin })
    expect(rest.status).toBe(200)
    expect(haso.refunds().map((r) => r.amountKurus)).toEqual([23456, 100000])
    expect(haso.transactionByMerchantOid(payment.data.merchant_oid)!.status).toBe(TransactionStatus.Cancelled)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000)

    const again = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000 }, { headers: store().admin, validateStatus: () => true })
    expect(again.status).toBe(400)
    expect(haso.refunds()).toHaveLength(2)
  })

  it("refunds once when Haso's answer to the refund is lost, and more than was captured is refused", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId, {})
    const order = (await completeCart(api, shopper.headers, cartId)).data.order
    const payment = await eventually(async () => {
      const found = await getOrderPayment(api, store().admin, order.id)
      expect(found.captured_at).toBeTruthy()
      return found
    })

    haso.setFault("refundTransaction", { kind: "drop", phase: "after", times: 1 })
    const refund = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 100 }, { headers: store().admin })
    expect(refund.status).toBe(200)
    expect(haso.refunds()).toHaveLength(1)
    expect(haso.requests().filter((r) => r.service === "checkRefund")).toHaveLength(1)

    const tooMuch = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5000 }, { headers: store().admin, validateStatus: () => true })
    expect(tooMuch.status).toBe(400)
    expect(haso.refunds()).toHaveLength(1)
  })

  it("with autoCapture off the transaction waits for staff, and cancelling the order drops it at Haso", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: 1 }, "pp_haso_haso_manual")
    const orderPlaced = watchHasoOrderPlaced(getContainer())
    let completed: Awaited<ReturnType<typeof completeCart>>
    try {
      completed = await completeCart(api, shopper.headers, cartId)
      expect(completed.data.type).toBe("order")
      // The subscriber has run for this order; what it did, or did not, shows below.
      await orderPlaced.handled(completed.data.order.id)
    } finally {
      orderPlaced.stop()
    }

    const [transaction] = haso.transactions()
    expect(haso.transaction(transaction.transactionCode)!.status).toBe(TransactionStatus.AwaitingOrderStatus)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000)

    const canceled = await api.post(`/admin/orders/${completed.data.order.id}/cancel`, {}, { headers: store().admin })
    expect(canceled.status).toBe(200)
    await eventually(() => expect(haso.transaction(transaction.transactionCode)!.status).toBe(TransactionStatus.Cancelled))
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000)
  })

  it("activates once when Haso's answer to the activation is lost", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId)
    haso.setFault("updateTransaction", { kind: "drop", phase: "after", times: 1 })
    const order = (await completeCart(api, shopper.headers, cartId)).data.order
    await eventually(async () => expect((await getOrderPayment(api, store().admin, order.id)).captured_at).toBeTruthy())
    expect(haso.transactions()[0].status).toBe(TransactionStatus.Active)
    expect(haso.requests().filter((r) => r.service === "updateTransaction")).toHaveLength(1)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000 - 123456)
  })

  it("settles at Haso a transaction Medusa failed to drop while cancelling the order, and Medusa's payment shows it", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId, {}, "pp_haso_haso_manual")
    const order = (await completeCart(api, shopper.headers, cartId)).data.order

    // Medusa logs and swallows the provider's cancel error and cancels the order anyway.
    haso.setFault("updateTransaction", { kind: "http_error", status: 500, times: 1 })
    expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: store().admin })).status).toBe(200)
    // The order.canceled subscriber closes it at Haso through Medusa's payment module.
    const payment = await eventually(async () => {
      const found = await getOrderPayment(api, store().admin, order.id)
      expect(found.canceled_at).toBeTruthy()
      return found
    })
    expect(payment.captured_at).toBeNull()
    expect(haso.transactions()[0].status).toBe(TransactionStatus.Cancelled)
    const history = (await api.get(`/admin/haso/orders/${order.id}/events`, { headers: store().admin })).data.haso_events
    expect(history).toEqual([
      expect.objectContaining({ type: "cancel", status: "succeeded", actor_type: "system", actor_id: "haso:order.canceled" }),
      expect.objectContaining({ type: "cancel", status: "unknown", haso_code: "http_status", message: "HTTP 500", actor_name: "Ayşe Yönetici" }),
      expect.objectContaining({ type: "create", status: "succeeded" }),
    ])
  })

  it("staff capture activates a waiting transaction once, even when asked twice", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId, {}, "pp_haso_haso_manual")
    const order = (await completeCart(api, shopper.headers, cartId)).data.order
    const payment = await getOrderPayment(api, store().admin, order.id)

    const capture = await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: store().admin })
    expect(capture.status).toBe(200)
    // Medusa answers a repeated capture without calling the provider again.
    const again = await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: store().admin })
    expect(again.status).toBe(200)
    expect(haso.requests().filter((r) => r.service === "updateTransaction")).toHaveLength(1)
    expect(haso.transactions()[0].status).toBe(TransactionStatus.Active)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000 - 123456)
  })
})
