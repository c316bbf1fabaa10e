import { randomMobile, randomTckn } from "../../src/sandbox/identity"
import type { Headers } from "./helpers/auth"
import { createShopper } from "./helpers/shopper"
import { createCart } from "./helpers/store"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(180_000)

hasoStoreSuite(({ api, getContainer, dbConnection, sandbox, store }) => {
  let shopper: Headers

  beforeEach(async () => {
    shopper = (await createShopper(api, getContainer(), store(), sandbox.get(), { linked: false })).headers
  })

  const valid = () => ({ first_name: "Elif", last_name: "Şahin", tckn: randomTckn(), phone: randomMobile(), email: "elif@haso.test" })
  const post = (path: string, body: unknown, headers = shopper) => api.post(path, body, { headers, validateStatus: () => true })
  const get = (path: string, headers = shopper) => api.get(path, { headers, validateStatus: () => true })

  it("requires the logged-in customer on every Haso store route", async () => {
    const anonymous = { "x-publishable-api-key": store().publishableKey }
    const calls = [
      post("/store/haso/onboarding", valid(), anonymous),
      post("/store/haso/onboarding/confirm", { reference: "hobref_xxxxxxxxxxxxxxxxxxxxxxxx", pin: "123456" }, anonymous),
      post("/store/haso/onboarding/resend-pin", { reference: "hobref_xxxxxxxxxxxxxxxxxxxxxxxx" }, anonymous),
      get("/store/haso/onboarding/hobref_xxxxxxxxxxxxxxxxxxxxxxxx", anonymous),
      post("/store/haso/onboarding/hobref_xxxxxxxxxxxxxxxxxxxxxxxx/check", {}, anonymous),
      get("/store/haso/orders/order_x", anonymous),
      post("/store/haso/orders/order_x/pay", { installment_no: 1 }, anonymous),
      get("/store/haso/me", anonymous),
      get("/store/haso/me/transactions", anonymous),
      get("/store/haso/me/payments", anonymous),
      get("/store/haso/installments?amount=100", anonymous),
    ]
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(401)
    }
    expect(sandbox.get().requests()).toHaveLength(0)
  })

  it.each([
    [{ tckn: undefined }, /Field 'tckn' is required/],
    [{ tckn: "12345678901" }, /tckn is not a valid Turkish ID number/],
    [{ tckn: 12345678901 }, /tckn is not a valid Turkish ID number/],
    [{ tckn: "1234" }, /tckn must be the 11 digits/],
    [{ phone: "12345" }, /phone must be a Turkish mobile number/],
    [{ phone: "0212 123 45 67" }, /phone must be a Turkish mobile number/],
    [{ email: "elif" }, /email must be an e-mail address/],
    [{ first_name: " " }, /Value for field 'first_name' too small/],
    [{ birth_date: "17.05.1990" }, /birth_date must be a real date written YYYY-MM-DD/],
    [{ birth_date: "2999-01-01" }, /birth_date must be in the past/],
    [{ nickname: "elo" }, /Unrecognized fields: 'nickname'/],
  ])("refuses onboarding input %j, saying what to fix and echoing no personal data", async (change, message) => {
    const body: Record<string, unknown> = { ...valid(), ...change }
    const response = await post("/store/haso/onboarding", body)
    expect(response.status).toBe(400)
    expect(response.data.message).toMatch(message)
    if (body.tckn) {
      expect(JSON.stringify(response.data)).not.toContain(String(body.tckn))
    }
    expect(sandbox.get().requests()).toHaveLength(0)
  })

  it.each(["05321234567", "+90 532 123 45 67", "0090 (532) 123-4567", "5321234567"])("accepts the phone number %s", async (phone) => {
    const response = await post("/store/haso/onboarding", { ...valid(), phone })
    expect(response.status).toBe(201)
    expect(response.data.phone_hint).toBe("53******67")
  })

  it("refuses bad confirmation, polling and paging input", async () => {
    const { reference } = (await post("/store/haso/onboarding", valid())).data
    expect((await post("/store/haso/onboarding/confirm", { reference, pin: "12ab" })).data.message).toMatch(/pin must be the 4 to 8 digit code/)
    expect((await post("/store/haso/onboarding/confirm", { reference: "x", pin: "123456" })).data.message).toMatch(/Value for field 'reference' too small/)
    expect((await post("/store/haso/onboarding/confirm", { reference, pin: "123456", test_result: "A" })).data.message).toMatch(/only accepted when the plugin's onboarding.testMode is on/)
    expect((await post("/store/haso/onboarding/resend-pin", {})).data.message).toMatch(/Field 'reference' is required/)
    expect((await get("/store/haso/me?debug=1")).status).toBe(400)
    expect((await get("/store/haso/installments")).data.message).toMatch(/Give either cart_id or amount/)
    expect((await get("/store/haso/installments?amount=12.345")).data.message).toMatch(/at most 2 decimals/)
    expect((await get("/store/haso/installments?amount=0")).data.message).toMatch(/more than 0/)
    expect((await get("/store/haso/me/transactions?limit=0")).status).toBe(400)
    expect((await get("/store/haso/me/transactions?limit=20&offset=5")).data.message).toMatch(/offset must be a multiple of limit/)
    expect((await get("/store/haso/me/payments?status=9")).status).toBe(400)
    expect(sandbox.get().requests().filter((r) => r.service !== "hasoAuthSendInfo")).toHaveLength(0)
  })

  it("answers 404 for an unlinked shopper's plans and for somebody else's cart", async () => {
    const plans = await get("/store/haso/me/transactions")
    expect(plans.status).toBe(404)
    expect(plans.data.message).toMatch(/not linked to Haso/)
    const owner = await createShopper(api, getContainer(), store(), sandbox.get())
    const { cartId } = await createCart(api, store(), owner.headers)
    const linked = await createShopper(api, getContainer(), store(), sandbox.get())
    expect((await get(`/store/haso/installments?cart_id=${cartId}`, linked.headers)).status).toBe(404)
    expect((await get(`/store/haso/installments?cart_id=${cartId}`, owner.headers)).status).toBe(200)
  })

  it("refuses an expired reference", async () => {
    const { reference } = (await post("/store/haso/onboarding", valid())).data
    await dbConnection.raw("update haso_onboarding set expires_at = now() - interval '1 minute' where reference = ?", [reference])
    const late = await post("/store/haso/onboarding/confirm", { reference, pin: "123456" })
    expect(late.status).toBe(400)
    expect(late.data).toMatchObject({ code: "onboarding_expired", message: expect.stringMatching(/expired/) })
  })

  it("answers 503 when Haso cannot be reached, and shows the last known limit", async () => {
    const linked = await createShopper(api, getContainer(), store(), sandbox.get(), { limit: 5000 })
    sandbox.get().setFault("*", { kind: "http_error", status: 503 })
    const start = await post("/store/haso/onboarding", valid())
    expect(start.status).toBe(503)
    expect(start.headers["retry-after"]).toBe("5")
    expect(start.data).toMatchObject({ code: "haso_unavailable", message: expect.stringMatching(/not available right now.*try again/) })
    // In Turkish for a Turkish storefront (Medusa's x-medusa-locale header).
    const turkish = await api.post("/store/haso/onboarding", valid(), { headers: { ...shopper, "x-medusa-locale": "tr-TR" }, validateStatus: () => true })
    expect(turkish.status).toBe(503)
    expect(turkish.data.message).toMatch(/Haso şu anda yanıt vermiyor/)
    const me = await get("/store/haso/me", linked.headers)
    expect(me.data).toMatchObject({ linked: true, live: false, haso_customer: { limit: 5000 } })
  })
})
