import { TransactionStatus } from "../../src/haso"
import { eventually } from "./helpers/sandbox"
import { backOfficeClient, createShopper } from "./helpers/shopper"
import { chooseHaso, completeCart, createCart } from "./helpers/store"
import { syncDuePayments } from "../../src/jobs/haso-sync"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(180_000)

hasoStoreSuite(({ api, getContainer, sandbox, store }) => {
  /** The cart is still open: no order, and the storefront can show why. */
  async function expectCartNotCompleted(cartId: string, headers: Record<string, string>) {
    const { cart } = (await api.get(`/store/carts/${cartId}`, { headers })).data
    expect(cart.completed_at).toBeFalsy()
  }

  function activeTransactions() {
    return sandbox.get().transactions().filter((t) => t.status !== TransactionStatus.AwaitingOrderStatus && t.status !== TransactionStatus.Cancelled)
  }

  it("refuses Haso up front when the limit is lower than the cart, saying so", async () => {
    const shopper = await createShopper(api, getContainer(), store(), sandbox.get(), { limit: 1000 })
    const { paymentCollectionId } = await createCart(api, store(), shopper.headers)
    const session = await chooseHaso(api, shopper.headers, paymentCollectionId)
    expect(session.status).toBe(400)
    expect(session.data).toMatchObject({ code: "haso_limit_too_low" })
    expect(session.data.message).toMatch(/available Haso limit \(TRY\s1,000\.00\) is lower than the order total \(TRY\s1,234\.56\)/)
  })

  it("does not complete the cart when the limit dropped after the session was made", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    expect((await chooseHaso(api, shopper.headers, paymentCollectionId)).status).toBe(200)
    await backOfficeClient(haso).setCustomerSpecialLimit({ customerId: shopper.hasoCustomerId!, limitAmount: "50000" })

    const completed = await completeCart(api, shopper.headers, cartId)
    expect(completed.data.type).toBe("cart")
    expect(completed.data.error.message).toMatch(/available Haso limit is not enough/)
    await expectCartNotCompleted(cartId, shopper.headers)
    expect(haso.transactions()).toHaveLength(0)
  })

  it("tells a suspended customer why, at the session and at completion", async () => {
    const haso = sandbox.get()
    const suspended = await createShopper(api, getContainer(), store(), haso, { suspended: true })
    const first = await createCart(api, store(), suspended.headers)
    const refused = await chooseHaso(api, suspended.headers, first.paymentCollectionId)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/suspended/)

    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId)
    await backOfficeClient(haso).suspendCustomer({ customerId: shopper.hasoCustomerId! })
    const completed = await completeCart(api, shopper.headers, cartId)
    expect(completed.data.type).toBe("cart")
    expect(completed.data.error.message).toMatch(/suspended/)
    await expectCartNotCompleted(cartId, shopper.headers)
    expect(haso.transactions()).toHaveLength(0)
  })

  it("rejects an installment option Haso does not offer and lists the ones it does", async () => {
    const shopper = await createShopper(api, getContainer(), store(), sandbox.get())
    const { paymentCollectionId } = await createCart(api, store(), shopper.headers)
    const session = await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: 42 })
    expect(session.status).toBe(400)
    expect(session.data.message).toMatch(/Installment option 42 is not offered/)
    expect(session.data.message).toMatch(/3 \(4 installments\)/)
    expect(session.data.code).toBe("haso_option_not_offered")

    const garbage = await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: "three" })
    expect(garbage.status).toBe(400)
    expect(garbage.data.message).toMatch(/installment_no/)
  })

  it("asks a customer without a Haso account to link one, and a guest to log in", async () => {
    const unlinked = await createShopper(api, getContainer(), store(), sandbox.get(), { linked: false })
    const { paymentCollectionId } = await createCart(api, store(), unlinked.headers)
    const session = await chooseHaso(api, unlinked.headers, paymentCollectionId)
    expect(session.status).toBe(400)
    expect(session.data.message).toMatch(/not linked to Haso/)

    const guest = { "x-publishable-api-key": store().publishableKey }
    const guestCart = await createCart(api, store(), guest)
    const guestSession = await chooseHaso(api, guest, guestCart.paymentCollectionId)
    expect(guestSession.status).toBe(400)
    expect(guestSession.data.message).toMatch(/Log in/)
  })

  it("keeps the cart open when Haso times out, and a retry opens no second transaction", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: 3 })

    haso.setFault("createTransaction", { kind: "latency", ms: 6000, times: 1 })
    const timedOut = await completeCart(api, shopper.headers, cartId)
    expect(timedOut.data.type).toBe("cart")
    expect(timedOut.data.error.message).toMatch(/did not answer in time/)
    await expectCartNotCompleted(cartId, shopper.headers)
    expect(activeTransactions()).toHaveLength(0)

    // Haso finished creating it after we gave up; completing again adopts it.
    await eventually(() => expect(haso.transactions()).toHaveLength(1))
    const retried = await completeCart(api, shopper.headers, cartId)
    expect(retried.data.type).toBe("order")
    expect(haso.transactions()).toHaveLength(1)
    await eventually(() => expect(haso.transactions()[0].status).toBe(TransactionStatus.Active))
  })

  it("drops the transaction Haso created after a timeout once the shopper changes the cart", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId)
    haso.setFault("createTransaction", { kind: "latency", ms: 6000, times: 1 })
    expect((await completeCart(api, shopper.headers, cartId)).data.type).toBe("cart")
    await eventually(() => expect(haso.transactions()).toHaveLength(1))
    expect(haso.transactions()[0].status).toBe(TransactionStatus.AwaitingOrderStatus)

    // A new cart total makes Medusa delete the Haso session, without waiting on Haso; the sync
    // drops the waiting transaction in the background (run here as the job would, a minute later).
    const requestsBefore = haso.requests().length
    const edit = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: store().variantId, quantity: 1 }, { headers: shopper.headers })
    expect(edit.status).toBe(200)
    expect(haso.requests()).toHaveLength(requestsBefore)
    const { dropped } = await syncDuePayments(getContainer(), { enabled: true, lookbackDays: 1 }, new Date(Date.now() + 60_000))
    expect(dropped).toBe(1)
    expect(haso.transactions()[0].status).toBe(TransactionStatus.Cancelled)
    expect(haso.customer(shopper.hasoCustomerId!)!.availableKurus).toBe(2_000_000)
  })

  it("recovers the transaction when Haso created it but the answer was lost", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId)

    haso.setFault("createTransaction", { kind: "drop", phase: "after", times: 1 })
    const completed = await completeCart(api, shopper.headers, cartId)
    expect(completed.data.type).toBe("order")
    expect(haso.transactions()).toHaveLength(1)
    expect(haso.requests().filter((r) => r.service === "createTransaction")).toHaveLength(1)
    await eventually(() => expect(haso.transactions()[0].status).toBe(TransactionStatus.Active))
  })

  it("keeps the cart open when Haso fails, with nothing created there", async () => {
    const haso = sandbox.get()
    const shopper = await createShopper(api, getContainer(), store(), haso)
    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    await chooseHaso(api, shopper.headers, paymentCollectionId)

    haso.setFault("*", { kind: "http_error", status: 503 })
    const completed = await completeCart(api, shopper.headers, cartId)
    haso.clearFaults()
    expect(completed.data.type).toBe("cart")
    expect(completed.data.error.message).toMatch(/Haso is not available right now/)
    await expectCartNotCompleted(cartId, shopper.headers)
    expect(haso.transactions()).toHaveLength(0)
  })
})
