import { randomMobile, randomTckn } from "../../src/sandbox/identity"
import { eventually } from "./helpers/sandbox"
import { createShopper } from "./helpers/shopper"
import { chooseHaso, completeCart, createCart } from "./helpers/store"
import type { Headers } from "./helpers/auth"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(180_000)

hasoStoreSuite(({ api, getContainer, dbConnection, sandbox, store }) => {
  const unlinkedShopper = () => createShopper(api, getContainer(), store(), sandbox.get(), { linked: false })
  const person = (tckn = randomTckn(), phone = randomMobile()) => ({
    first_name: "Elif",
    last_name: "Şahin",
    tckn,
    phone: `+90 ${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6, 8)} ${phone.slice(8)}`,
    email: "elif@haso.test",
    birth_date: "1990-05-17",
  })
  const post = (path: string, body: unknown, headers: Headers) => api.post(path, body, { headers, validateStatus: () => true })
  const get = (path: string, headers: Headers) => api.get(path, { headers, validateStatus: () => true })

  it("takes a new shopper from no Haso account to paying in 6 installments", async () => {
    const haso = sandbox.get()
    const shopper = await unlinkedShopper()
    const details = person()

    const started = await post("/store/haso/onboarding", details, shopper.headers)
    expect(started.status).toBe(201)
    expect(started.data).toMatchObject({ status: "pin_sent", phone_hint: expect.stringMatching(/^5\d\*{6}\d{2}$/) })
    expect(JSON.stringify(started.data)).not.toContain(details.tckn)
    // Haso's KkbRefNo stays on the server; the shopper gets a random reference of ours.
    expect(started.data.reference).toMatch(/^hobref_[\w-]{24}$/)

    const confirmed = await post("/store/haso/onboarding/confirm", { reference: started.data.reference, pin: "123456" }, shopper.headers)
    expect(confirmed.status).toBe(200)
    expect(confirmed.data).toMatchObject({ status: "approved", haso_customer: { limit: 10000, available_limit: 10000 } })

    const me = await get("/store/haso/me", shopper.headers)
    expect(me.data).toMatchObject({ linked: true, live: true, haso_customer: { limit: 10000, verification_method: "kkb" } })

    const { cartId, paymentCollectionId } = await createCart(api, store(), shopper.headers)
    const options = await get(`/store/haso/installments?cart_id=${cartId}`, shopper.headers)
    expect(options.status).toBe(200)
    expect(options.data.amount).toBe(1234.56)
    const six = options.data.installments.find((o: { installment_count: number }) => o.installment_count === 6)
    expect(six).toMatchObject({ installment_no: 4, total_amount: expect.any(Number), fee: expect.any(Number), down_payment: 0 })

    expect((await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: six.installment_no })).status).toBe(200)
    const completed = await completeCart(api, shopper.headers, cartId)
    expect(completed.data.type).toBe("order")
    await eventually(() => expect(haso.transactions()[0]).toMatchObject({ installmentCount: 6, status: 1 }))

    // Their plan, as the account page shows it.
    const plans = await get("/store/haso/me/transactions?limit=10", shopper.headers)
    expect(plans.data).toMatchObject({ count: 1, limit: 10, offset: 0 })
    expect(plans.data.transactions[0]).toMatchObject({ status: 1, status_name: "active", installments: expect.any(Array) })
    expect(plans.data.transactions[0].installments).toHaveLength(6)
    const installments = await get("/store/haso/me/payments?status=0&limit=5", shopper.headers)
    expect(installments.data.count).toBe(6)
    expect(installments.data.payments).toHaveLength(5)
    expect(installments.data.payments[0]).toMatchObject({ status_name: "unpaid", due_date: expect.any(String), amount: expect.any(Number) })
  })

  it("approves a shopper Haso already knows at once", async () => {
    const tckn = randomTckn()
    const known = sandbox.get().createCustomer({ limit: 7500, tckn })
    const shopper = await unlinkedShopper()
    const answer = await post("/store/haso/onboarding", person(tckn), shopper.headers)
    expect(answer.status).toBe(200)
    expect(answer.data).toEqual({
      status: "approved",
      haso_customer: { haso_customer_id: known.customerId, limit: 7500, available_limit: 7500, suspended: false },
    })
    expect((await get("/store/haso/me", shopper.headers)).data).toMatchObject({ linked: true, haso_customer: { verification_method: "existing" } })
  })

  it("says how many tries are left after a wrong PIN, and stops at the limit", async () => {
    const shopper = await unlinkedShopper()
    const { reference } = (await post("/store/haso/onboarding", person(), shopper.headers)).data
    const wrong = await post("/store/haso/onboarding/confirm", { reference, pin: "000000" }, shopper.headers)
    expect(wrong.status).toBe(400)
    expect(wrong.data).toMatchObject({ code: "H205", message: "The PIN is not right. 2 attempts left." })
    await post("/store/haso/onboarding/confirm", { reference, pin: "000001" }, shopper.headers)
    await post("/store/haso/onboarding/confirm", { reference, pin: "000002" }, shopper.headers)
    const blocked = await post("/store/haso/onboarding/confirm", { reference, pin: "123456" }, shopper.headers)
    expect(blocked.status).toBe(429)
    expect(blocked.headers["retry-after"]).toBeDefined()
    expect(sandbox.get().requests().filter((r) => r.service === "sendKkbPinCode")).toHaveLength(3)
    expect((await get("/store/haso/me", shopper.headers)).data).toEqual({ linked: false })
  })

  it("reports a rejected credit bureau check and leaves the shopper unlinked", async () => {
    const tckn = randomTckn()
    sandbox.get().setKkbOutcome(tckn, { result: "rejected" })
    const shopper = await unlinkedShopper()
    const { reference } = (await post("/store/haso/onboarding", person(tckn), shopper.headers)).data
    const answer = await post("/store/haso/onboarding/confirm", { reference, pin: "123456" }, shopper.headers)
    expect(answer.status).toBe(200)
    expect(answer.data).toMatchObject({ status: "rejected", message: expect.stringContaining("not approved") })
    expect((await get(`/store/haso/onboarding/${reference}`, shopper.headers)).data.status).toBe("rejected")
    expect((await get("/store/haso/me", shopper.headers)).data).toEqual({ linked: false })
  })

  it("lets the storefront check a pending report until it is approved; reading the status changes nothing", async () => {
    const tckn = randomTckn()
    sandbox.get().setKkbOutcome(tckn, { result: "pending", checks: 1, then: { result: "approved", limit: 15000 } })
    const shopper = await unlinkedShopper()
    const { reference } = (await post("/store/haso/onboarding", person(tckn), shopper.headers)).data
    expect((await post("/store/haso/onboarding/confirm", { reference, pin: "123456" }, shopper.headers)).data).toEqual({ status: "pending", reference })
    const checks = () => sandbox.get().requests().filter((r) => r.service === "checkKkbReportResult").length
    // GET reads the store's record only: no Haso call, no change.
    expect((await get(`/store/haso/onboarding/${reference}`, shopper.headers)).data).toEqual({ status: "pending", reference })
    expect(checks()).toBe(0)
    expect((await post(`/store/haso/onboarding/${reference}/check`, {}, shopper.headers)).data).toEqual({ status: "pending", reference })
    const approved = await post(`/store/haso/onboarding/${reference}/check`, {}, shopper.headers)
    expect(approved.data).toMatchObject({ status: "approved", haso_customer: { limit: 15000 } })
    expect(checks()).toBe(2)
    expect((await get(`/store/haso/onboarding/${reference}`, shopper.headers)).data).toMatchObject({ status: "approved", haso_customer: { limit: 15000 } })
    expect((await get("/store/haso/me", shopper.headers)).data).toMatchObject({ linked: true, haso_customer: { limit: 15000 } })
  })

  it("sends the PIN again, a few times at most", async () => {
    const shopper = await unlinkedShopper()
    const { reference } = (await post("/store/haso/onboarding", person(), shopper.headers)).data
    for (let i = 0; i < 3; i++) {
      const resent = await post("/store/haso/onboarding/resend-pin", { reference }, shopper.headers)
      expect(resent.status).toBe(200)
      expect(resent.data).toMatchObject({ status: "pin_sent", reference })
    }
    expect((await post("/store/haso/onboarding/resend-pin", { reference }, shopper.headers)).status).toBe(429)
    expect(sandbox.get().requests().filter((r) => r.service === "resendKkbPinCode")).toHaveLength(3)
  })

  it("treats another customer's reference as not found", async () => {
    const owner = await unlinkedShopper()
    const other = await unlinkedShopper()
    const { reference } = (await post("/store/haso/onboarding", person(), owner.headers)).data
    expect((await post("/store/haso/onboarding/confirm", { reference, pin: "123456" }, other.headers)).status).toBe(404)
    expect((await get(`/store/haso/onboarding/${reference}`, other.headers)).status).toBe(404)
    expect((await post(`/store/haso/onboarding/${reference}/check`, {}, other.headers)).status).toBe(404)
    expect((await post("/store/haso/onboarding/resend-pin", { reference }, other.headers)).status).toBe(404)
    expect(sandbox.get().requests().filter((r) => r.service === "sendKkbPinCode")).toHaveLength(0)
  })

  it("limits onboarding starts per customer per hour", async () => {
    const shopper = await unlinkedShopper()
    for (let i = 0; i < 5; i++) {
      expect((await post("/store/haso/onboarding", person(), shopper.headers)).status).toBe(201)
    }
    const sixth = await post("/store/haso/onboarding", person(), shopper.headers)
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(0)
    expect(sandbox.get().requests().filter((r) => r.service === "hasoAuthSendInfo")).toHaveLength(5)
    // Another customer is not affected.
    expect((await post("/store/haso/onboarding", person(), (await unlinkedShopper()).headers)).status).toBe(201)
  })

  it("never stores the TCKN or the phone number", async () => {
    const details = person()
    const shopper = await unlinkedShopper()
    const { reference } = (await post("/store/haso/onboarding", details, shopper.headers)).data
    await post("/store/haso/onboarding/confirm", { reference, pin: "123456" }, shopper.headers)
    const digits = details.phone.replace(/\D/g, "").slice(2)
    const stored = JSON.stringify([
      (await dbConnection.raw("select * from haso_onboarding")).rows,
      (await dbConnection.raw("select * from haso_customer")).rows,
      (await dbConnection.raw("select * from account_holder")).rows,
    ])
    expect(stored).toContain(reference)
    expect(stored).not.toContain(details.tckn)
    expect(stored).not.toContain(digits)
  })
})
