import Medusa from "@medusajs/js-sdk"
import {
  HasoStoreError,
  actionTransport,
  completionError,
  createHasoClient,
  fetchTransport,
  hasoSessionData,
  isHasoStoreError,
  sdkTransport,
  settleHasoRequest,
  type HasoTransport,
} from ".."

type Call = { url: string; init: RequestInit & { headers: Record<string, string> } }

/** A fetch that records what it was asked and answers with `reply`. */
function fakeFetch(reply: { status?: number; body?: unknown; headers?: Record<string, string> } = {}) {
  const calls: Call[] = []
  const fn = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init as Call["init"] })
    const status = reply.status ?? 200
    const text = reply.body === undefined ? "" : JSON.stringify(reply.body)
    return new Response(status === 204 ? null : text, { status, headers: { "content-type": "application/json", ...reply.headers } })
  }
  return { fetch: fn as unknown as typeof fetch, calls }
}

const base = { baseUrl: "https://shop.example/api/", publishableKey: "pk_123" }

function client(reply?: Parameters<typeof fakeFetch>[0], extra: Partial<Parameters<typeof fetchTransport>[0]> = {}, locale = "tr-TR") {
  const fake = fakeFetch(reply)
  return { haso: createHasoClient({ transport: fetchTransport({ ...base, fetch: fake.fetch, ...extra }), locale }), calls: fake.calls }
}

async function failure(promise: Promise<unknown>): Promise<HasoStoreError> {
  try {
    await promise
  } catch (error) {
    return error as HasoStoreError
  }
  throw new Error("expected the call to fail")
}

describe("storefront client over fetch", () => {
  it("sends the publishable key, the locale, the JWT and a JSON body", async () => {
    const { haso, calls } = client({ status: 201, body: { status: "pin_sent", reference: "hobref_1" } }, { getToken: async () => "jwt-1" })
    const answer = await haso.startOnboarding({
      first_name: "Elif",
      last_name: "Şahin",
      tckn: "10000000146",
      phone: "0532 123 45 67",
      email: "elif@example.com",
      birth_date: "1990-05-17",
    })

    expect(answer).toEqual({ status: "pin_sent", reference: "hobref_1" })
    expect(calls).toHaveLength(1)
    const [{ url, init }] = calls
    expect(url).toBe("https://shop.example/api/store/haso/onboarding")
    expect(init.method).toBe("POST")
    expect(init.credentials).toBe("include")
    expect(init.headers).toEqual({
      accept: "application/json",
      "content-type": "application/json",
      "x-publishable-api-key": "pk_123",
      "x-medusa-locale": "tr",
      authorization: "Bearer jwt-1",
    })
    expect(JSON.parse(init.body as string)).toEqual({
      first_name: "Elif",
      last_name: "Şahin",
      tckn: "10000000146",
      phone: "0532 123 45 67",
      email: "elif@example.com",
      birth_date: "1990-05-17",
    })
  })

  it("maps every route to its method, path, query and body", async () => {
    const { haso, calls } = client({ body: {} }, {}, "en-GB")
    await haso.confirmOnboarding({ reference: "hobref_1", pin: "123456" })
    await haso.getOnboarding("hobref/1")
    await haso.checkOnboarding("hobref_1")
    await haso.resendPin("hobref_1")
    await haso.getMe()
    await haso.getInstallments({ cartId: "cart_1" })
    await haso.getInstallments({ amount: 1234.5 })
    await haso.listTransactions({ limit: 10, offset: 20 })
    await haso.listPayments({ status: [0, 3], limit: 5 })
    await haso.getQuote(999)
    await haso.getOrderPlan("order_1")
    await haso.payOrder("order_1", { installment_no: 4 })
    await haso.createPaymentCollection("cart_1")
    await haso.selectInstallment("paycol_1", 4)
    await haso.completeCart("cart_1")

    const seen = calls.map(({ url, init }) => [
      init.method,
      url.replace("https://shop.example/api", ""),
      init.body === undefined ? undefined : JSON.parse(init.body as string),
    ])
    expect(seen).toEqual([
      ["POST", "/store/haso/onboarding/confirm", { reference: "hobref_1", pin: "123456" }],
      ["GET", "/store/haso/onboarding/hobref%2F1", undefined],
      ["POST", "/store/haso/onboarding/hobref_1/check", {}],
      ["POST", "/store/haso/onboarding/resend-pin", { reference: "hobref_1" }],
      ["GET", "/store/haso/me", undefined],
      ["GET", "/store/haso/installments?cart_id=cart_1", undefined],
      ["GET", "/store/haso/installments?amount=1234.50", undefined],
      ["GET", "/store/haso/me/transactions?limit=10&offset=20", undefined],
      ["GET", "/store/haso/me/payments?status=0&status=3&limit=5", undefined],
      ["GET", "/store/haso/quote?amount=999.00", undefined],
      ["GET", "/store/haso/orders/order_1", undefined],
      ["POST", "/store/haso/orders/order_1/pay", { installment_no: 4 }],
      ["POST", "/store/payment-collections", { cart_id: "cart_1" }],
      ["POST", "/store/payment-collections/paycol_1/payment-sessions", { provider_id: "pp_haso_haso", data: { installment_no: 4 } }],
      ["POST", "/store/carts/cart_1/complete", undefined],
    ])
    // English for any non-Turkish locale; no JSON content type without a body; no token, no header.
    expect(calls.every(({ init }) => init.headers["x-medusa-locale"] === "en")).toBe(true)
    expect(calls[1].init.headers["content-type"]).toBeUndefined()
    expect(calls[1].init.headers.authorization).toBeUndefined()
  })

  it("uses another provider id and language when asked", async () => {
    const fake = fakeFetch({ body: {} })
    const haso = createHasoClient({ transport: fetchTransport({ ...base, fetch: fake.fetch }), providerId: "pp_haso_tr", locale: "en" })
    const turkish = haso.withLocale("tr")
    await turkish.selectInstallment("paycol_1", 2)

    expect(haso.locale).toBe("en")
    expect(turkish.locale).toBe("tr")
    expect(haso.withLocale("en-US")).toBe(haso)
    expect(fake.calls[0].init.headers["x-medusa-locale"]).toBe("tr")
    expect(JSON.parse(fake.calls[0].init.body as string).provider_id).toBe("pp_haso_tr")
  })

  it("surfaces the API's code and message", async () => {
    const { haso } = client({ status: 400, body: { type: "invalid_data", code: "H205", message: "The PIN is not right. 2 attempts left." } })
    const error = await failure(haso.confirmOnboarding({ reference: "hobref_1", pin: "000000" }))

    expect(error).toBeInstanceOf(HasoStoreError)
    expect(isHasoStoreError(error)).toBe(true)
    expect(error).toMatchObject({ status: 400, code: "H205", type: "invalid_data", message: "The PIN is not right. 2 attempts left." })
    expect(error.retryAfterSeconds).toBeUndefined()
  })

  it("reads Retry-After and names a code-less 429", async () => {
    const { haso } = client({ status: 429, body: { type: "too_many_requests", message: "Too many" }, headers: { "retry-after": "60" } })
    const error = await failure(haso.startOnboarding({ first_name: "a", last_name: "b", tckn: "10000000146", phone: "5321234567", email: "a@b.co" }))
    expect(error).toMatchObject({ status: 429, code: "too_many_requests", retryAfterSeconds: 60 })
  })

  it("keeps 503 haso_unavailable with its wait", async () => {
    const { haso } = client({ status: 503, body: { type: "haso_unavailable", code: "haso_unavailable", message: "down" }, headers: { "retry-after": "5" } })
    expect(await failure(haso.getMe())).toMatchObject({ status: 503, code: "haso_unavailable", retryAfterSeconds: 5 })
  })

  it("names Medusa's 401 and a body that is not JSON", async () => {
    const fake = async () => new Response("Unauthorized", { status: 401 })
    const haso = createHasoClient({ transport: fetchTransport({ ...base, fetch: fake as unknown as typeof fetch }) })
    expect(await failure(haso.getMe())).toMatchObject({ status: 401, code: "unauthorized", message: "Request failed with status 401" })
  })

  it("turns a failed connection into network_error and lets aborts through", async () => {
    const offline = async () => {
      throw new TypeError("fetch failed")
    }
    const haso = createHasoClient({ transport: fetchTransport({ ...base, fetch: offline as unknown as typeof fetch }) })
    expect(await failure(haso.getMe())).toMatchObject({ status: 0, code: "network_error", message: "fetch failed" })

    const aborted = async () => {
      throw new DOMException("aborted", "AbortError")
    }
    const abortable = createHasoClient({ transport: fetchTransport({ ...base, fetch: aborted as unknown as typeof fetch }) })
    const error = await failure(abortable.getMe())
    expect(isHasoStoreError(error)).toBe(false)
    expect((error as Error).name).toBe("AbortError")
  })

  it("reads the Haso session out of a payment collection", () => {
    const collection = {
      id: "paycol_1",
      payment_sessions: [
        { id: "payses_0", provider_id: "pp_system_default", data: {} },
        { id: "payses_1", provider_id: "pp_haso_haso", data: { installment_no: 4, merchant_oid: "m", amount_kurus: 100 } },
      ],
    }
    expect(hasoSessionData(collection)?.installment_no).toBe(4)
    expect(hasoSessionData({ id: "paycol_2" })).toBeUndefined()
  })

  it("turns a declined completion into a haso_declined error", () => {
    const declined = completionError({ type: "cart", error: { message: "Your available Haso limit is not enough" } })
    expect(declined).toMatchObject({ status: 200, code: "haso_declined", message: "Your available Haso limit is not enough" })
    expect(completionError({ type: "order" })).toBeUndefined()
  })
})

describe("storefront client over Medusa's JS SDK", () => {
  const realFetch = globalThis.fetch
  let fake: ReturnType<typeof fakeFetch>
  afterEach(() => {
    globalThis.fetch = realFetch
  })
  /** The real SDK, whose fetch is the global one. */
  function sdkClient(reply: Parameters<typeof fakeFetch>[0]) {
    fake = fakeFetch(reply)
    globalThis.fetch = fake.fetch
    const sdk = new Medusa({ baseUrl: "https://shop.example", publishableKey: "pk_123", auth: { type: "session" } })
    return createHasoClient({ transport: sdkTransport(sdk), locale: "tr" })
  }

  it("sends through sdk.client.fetch with the SDK's key and our locale", async () => {
    const haso = sdkClient({ body: { linked: false } })
    expect(await haso.getMe()).toEqual({ linked: false })
    await haso.listPayments({ status: 1, limit: 5, offset: 0 })
    await haso.selectInstallment("paycol_1", 3)

    const headers = (call: Call) => Object.fromEntries(new Headers(call.init.headers as HeadersInit))
    expect(fake.calls[0].url).toBe("https://shop.example/store/haso/me")
    expect(headers(fake.calls[0])).toMatchObject({ "x-publishable-api-key": "pk_123", "x-medusa-locale": "tr" })
    expect(fake.calls[0].init.credentials).toBe("include")
    expect(fake.calls[1].url).toBe("https://shop.example/store/haso/me/payments?status=1&limit=5&offset=0")
    expect(fake.calls[2].init.method).toBe("POST")
    expect(JSON.parse(fake.calls[2].init.body as string)).toEqual({ provider_id: "pp_haso_haso", data: { installment_no: 3 } })
  })

  it("infers the code the SDK drops where the route makes it certain", async () => {
    const notLinked = sdkClient({ status: 404, body: { type: "not_found", code: "haso_not_linked", message: "Not linked" } })
    expect(await failure(notLinked.getInstallments({ cartId: "cart_1" }))).toMatchObject({ status: 404, code: "haso_not_linked", message: "Not linked" })

    const noPlan = sdkClient({ status: 404, body: { type: "not_found", code: "haso_no_transaction", message: "No plan" } })
    expect(await failure(noPlan.getOrderPlan("order_1"))).toMatchObject({ status: 404, code: "haso_no_transaction" })

    const busy = sdkClient({ status: 429, body: { message: "Too many" }, headers: { "retry-after": "60" } })
    const error = await failure(busy.resendPin("hobref_1"))
    // The SDK keeps neither the header nor the body's code.
    expect(error).toMatchObject({ status: 429, code: "too_many_requests", retryAfterSeconds: undefined })
  })

  it("keeps the status and message of refusals it cannot name", async () => {
    const haso = sdkClient({ status: 400, body: { type: "invalid_data", code: "H205", message: "PIN hatalı. 2 deneme hakkınız kaldı." } })
    const error = await failure(haso.confirmOnboarding({ reference: "hobref_1", pin: "000000" }))
    expect(error).toMatchObject({ status: 400, code: "unknown", message: "PIN hatalı. 2 deneme hakkınız kaldı." })
  })
})

describe("server-action transport", () => {
  it("carries answers and errors across as plain data", async () => {
    const inner: HasoTransport = async (request) => {
      if (request.path === "/store/haso/me") return { linked: false }
      throw new HasoStoreError({ status: 429, code: "too_many_requests", message: "wait", retryAfterSeconds: 30 })
    }
    const action = async (request: Parameters<HasoTransport>[0]) => JSON.parse(JSON.stringify(await settleHasoRequest(inner, request)))
    const haso = createHasoClient({ transport: actionTransport(action), locale: "tr" })

    expect(await haso.getMe()).toEqual({ linked: false })
    const error = await failure(haso.resendPin("hobref_1"))
    expect(error).toBeInstanceOf(HasoStoreError)
    expect(error).toMatchObject({ status: 429, code: "too_many_requests", retryAfterSeconds: 30, message: "wait" })
  })

  it("rethrows what is not a HasoStoreError", async () => {
    const broken: HasoTransport = async () => {
      throw new Error("bug")
    }
    await expect(settleHasoRequest(broken, { method: "GET", path: "/store/haso/me", headers: {} })).rejects.toThrow("bug")
  })
})
