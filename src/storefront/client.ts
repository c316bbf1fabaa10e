import { HasoStoreError, codeForStatus, errorFromResponse, isHasoStoreError } from "./errors"
import { resolveLocale } from "./i18n"
import type {
  CompleteCartResponse,
  ConfirmOnboardingInput,
  HasoLocale,
  HasoMe,
  HasoQuote,
  HasoSessionData,
  InstallmentsResponse,
  ListPaymentsQuery,
  ListQuery,
  OnboardingState,
  OrderPlan,
  PayOrderResponse,
  PaymentCollection,
  PaymentCollectionResponse,
  PaymentsResponse,
  StartOnboardingInput,
  StartOnboardingResponse,
  TransactionsResponse,
} from "./types"

export type QueryValue = string | number | Array<string | number> | undefined

/** One store API call, before a transport adds the base URL, key and auth. */
export interface HasoRequest {
  method: "GET" | "POST"
  /** e.g. "/store/haso/me" */
  path: string
  query?: Record<string, QueryValue>
  body?: unknown
  /** Always holds `x-medusa-locale`. */
  headers: Record<string, string>
  signal?: AbortSignal
}

/** Sends a request; resolves to the parsed JSON, rejects with a HasoStoreError. */
export type HasoTransport = (request: HasoRequest) => Promise<unknown>

export const HASO_PROVIDER_ID = "pp_haso_haso"

// ---- transports -------------------------------------------------------------

export interface FetchTransportOptions {
  /** The Medusa backend, e.g. process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL */
  baseUrl: string
  publishableKey: string
  /** Defaults to the global fetch; pass one for tests or server runtimes. */
  fetch?: typeof fetch
  /**
   * The customer's JWT, sent as `Authorization: Bearer`. With the JS SDK:
   * `getToken: () => sdk.client.getToken()`. Leave out for cookie sessions.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>
  /** "include" (default) sends the Medusa session cookie cross-origin. */
  credentials?: RequestCredentials
  /** Extra headers on every request. */
  headers?: Record<string, string>
}

/**
 * The primary transport: plain fetch, so the API's error body (`code`) and
 * `Retry-After` reach the caller intact.
 */
export function fetchTransport(options: FetchTransportOptions): HasoTransport {
  const base = options.baseUrl.replace(/\/+$/, "")
  return async (request) => {
    const doFetch = options.fetch ?? globalThis.fetch
    const headers: Record<string, string> = {
      accept: "application/json",
      "x-publishable-api-key": options.publishableKey,
      ...options.headers,
      ...request.headers,
    }
    const token = await options.getToken?.()
    if (token) headers.authorization = `Bearer ${token}`
    if (request.body !== undefined) headers["content-type"] = "application/json"

    let response: Response
    try {
      response = await doFetch(base + request.path + queryString(request.query), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        credentials: options.credentials ?? "include",
        signal: request.signal,
      })
    } catch (error) {
      if ((error as { name?: string })?.name === "AbortError") throw error
      throw new HasoStoreError({ status: 0, code: "network_error", message: (error as Error)?.message || "Network error" })
    }
    const text = await response.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = undefined
    }
    if (!response.ok) throw errorFromResponse(response.status, body, response.headers.get("retry-after"))
    if (body === undefined && text) {
      throw new HasoStoreError({ status: response.status, code: "unknown", message: "The server did not answer with JSON." })
    }
    return body
  }
}

/** The part of `@medusajs/js-sdk` the adapter uses (`sdk` is `new Medusa({...})`). */
export interface MedusaSdkLike {
  client: {
    fetch<T>(
      path: string,
      init?: {
        method?: string
        body?: Record<string, unknown>
        query?: Record<string, unknown>
        headers?: Record<string, string | null>
        signal?: AbortSignal
      }
    ): Promise<T>
  }
}

/**
 * Sends through `sdk.client.fetch`, so the SDK's base URL, publishable key,
 * JWT or session cookie apply as for its own calls.
 *
 * The SDK (2.21) turns an error answer into `FetchError(message, statusText,
 * status)` and drops the body's `code` and the `Retry-After` header. This
 * adapter keeps status and message and infers the code from status and
 * route: 401, 429, 503; a 404 of an order plan is haso_no_transaction; a 404
 * of me/transactions, me/payments or installments is haso_not_linked (for
 * installments, a cart of another customer is the only other 404). Other
 * refusals (a wrong PIN, a payment session refused for the limit) arrive as
 * "unknown" with the server's message, and `retryAfterSeconds` is never set.
 * Use `fetchTransport({ ..., getToken: () => sdk.client.getToken() })` when
 * every code matters.
 */
export function sdkTransport(sdk: MedusaSdkLike): HasoTransport {
  return async (request) => {
    try {
      return await sdk.client.fetch<unknown>(request.path, {
        method: request.method,
        // The kit only sends JSON objects; the SDK stringifies them.
        body: request.body as Record<string, unknown> | undefined,
        query: request.query,
        headers: request.headers,
        signal: request.signal,
      })
    } catch (error) {
      if ((error as { name?: string })?.name === "AbortError" || isHasoStoreError(error)) throw error
      const { status, message, code } = (error ?? {}) as { status?: unknown; message?: string; code?: unknown }
      if (typeof status !== "number") {
        throw new HasoStoreError({ status: 0, code: "network_error", message: message || "Network error" })
      }
      throw new HasoStoreError({
        status,
        // A later SDK may keep the body's code; prefer it when present.
        code: typeof code === "string" && code ? code : inferSdkCode(status, request.path),
        message: message || `Request failed with status ${status}`,
      })
    }
  }
}

const LINKED_ONLY = /^\/store\/haso\/(me\/transactions|me\/payments|installments)$/

function inferSdkCode(status: number, path: string): string {
  if (status === 404 && /^\/store\/haso\/orders\/[^/]+$/.test(path)) return "haso_no_transaction"
  if (status === 404 && LINKED_ONLY.test(path)) return "haso_not_linked"
  return codeForStatus(status)
}

/**
 * Next.js server actions cannot throw errors to the browser intact, and the
 * dtc-starter keeps the customer's JWT in an httpOnly cookie only the server
 * reads. So: run the request in a server action with `settleHasoRequest`
 * (plain data out), and give the browser `actionTransport(action)`.
 *
 *   // app/actions/haso.ts ("use server")
 *   export async function hasoAction(request: HasoRequest) {
 *     const token = (await cookies()).get("_medusa_jwt")?.value
 *     return settleHasoRequest(fetchTransport({ baseUrl, publishableKey, getToken: () => token }), request)
 *   }
 *   // client component
 *   const client = createHasoClient({ transport: actionTransport(hasoAction), locale })
 */
export type SettledHasoRequest =
  | { ok: true; data: unknown }
  | { ok: false; error: { status: number; code: string; message: string; retryAfterSeconds?: number; type?: string } }

export async function settleHasoRequest(transport: HasoTransport, request: HasoRequest): Promise<SettledHasoRequest> {
  try {
    return { ok: true, data: await transport(request) }
  } catch (error) {
    if (!isHasoStoreError(error)) throw error
    const { status, code, message, retryAfterSeconds, type } = error
    return { ok: false, error: { status, code, message, retryAfterSeconds, type } }
  }
}

export function actionTransport(
  action: (request: Omit<HasoRequest, "signal">) => Promise<SettledHasoRequest>
): HasoTransport {
  return async ({ signal, ...request }) => {
    // An AbortSignal cannot cross into a server action; abort the wait instead.
    const settled = await action(request)
    signal?.throwIfAborted()
    if (settled.ok) return settled.data
    throw new HasoStoreError(settled.error)
  }
}

// ---- the client -------------------------------------------------------------

export interface HasoClientOptions {
  transport: HasoTransport
  /** The storefront's locale: "tr", "tr-TR" → Turkish, anything else English. */
  locale?: string
  /** The provider id in the store's payment module; `pp_haso_haso` by default. */
  providerId?: string
}

export interface CallOptions {
  signal?: AbortSignal
}

export interface HasoClient {
  readonly locale: HasoLocale
  readonly providerId: string
  /** The same client speaking another language. */
  withLocale(locale: string | undefined): HasoClient

  startOnboarding(input: StartOnboardingInput, o?: CallOptions): Promise<StartOnboardingResponse>
  confirmOnboarding(input: ConfirmOnboardingInput, o?: CallOptions): Promise<OnboardingState>
  /** Where an application stands, from the store's records (no Haso call). */
  getOnboarding(reference: string, o?: CallOptions): Promise<OnboardingState>
  /** Asks Haso whether a pending credit report is decided, and settles it (approved links the account). */
  checkOnboarding(reference: string, o?: CallOptions): Promise<OnboardingState>
  resendPin(reference: string, o?: CallOptions): Promise<OnboardingState>

  getMe(o?: CallOptions): Promise<HasoMe>
  /** The options for a cart (its total, computed by the server) or for an amount in lira. */
  getInstallments(of: { cartId: string } | { amount: number | string }, o?: CallOptions): Promise<InstallmentsResponse>
  listTransactions(query?: ListQuery, o?: CallOptions): Promise<TransactionsResponse>
  listPayments(query?: ListPaymentsQuery, o?: CallOptions): Promise<PaymentsResponse>

  /** Public (no login): indicative options for a product page. */
  getQuote(amount: number | string, o?: CallOptions): Promise<HasoQuote>
  getOrderPlan(orderId: string, o?: CallOptions): Promise<OrderPlan>
  /** Pays what an order edit left outstanding, with the chosen option. */
  payOrder(orderId: string, input: { installment_no: number }, o?: CallOptions): Promise<PayOrderResponse>

  /** Medusa: the cart's payment collection, created if it has none (Medusa returns an existing one). */
  createPaymentCollection(cartId: string, o?: CallOptions): Promise<PaymentCollectionResponse>
  /** Medusa: (re)creates the Haso payment session with the chosen option. */
  selectInstallment(paymentCollectionId: string, installmentNo: number, o?: CallOptions): Promise<PaymentCollectionResponse>
  /** Medusa: places the order. A Haso decline resolves `{ type: "cart", error }`; see `completionError`. */
  completeCart(cartId: string, o?: CallOptions): Promise<CompleteCartResponse>
}

/** A typed client for the `/store/haso/*` routes and Medusa's checkout calls Haso needs. */
export function createHasoClient(options: HasoClientOptions): HasoClient {
  const locale = resolveLocale(options.locale)
  const providerId = options.providerId ?? HASO_PROVIDER_ID
  const id = encodeURIComponent

  function call<T>(method: "GET" | "POST", path: string, extra: Partial<HasoRequest>): Promise<T> {
    return options.transport({ method, path, headers: { "x-medusa-locale": locale }, ...extra }) as Promise<T>
  }
  const get = <T>(path: string, query: HasoRequest["query"], o?: CallOptions) => call<T>("GET", path, { query, signal: o?.signal })
  const post = <T>(path: string, body: unknown, o?: CallOptions) => call<T>("POST", path, { body, signal: o?.signal })

  const client: HasoClient = {
    locale,
    providerId,
    withLocale: (next) => (resolveLocale(next) === locale ? client : createHasoClient({ ...options, locale: next })),

    startOnboarding: (input, o) => post("/store/haso/onboarding", input, o),
    confirmOnboarding: (input, o) => post("/store/haso/onboarding/confirm", input, o),
    getOnboarding: (reference, o) => get(`/store/haso/onboarding/${id(reference)}`, undefined, o),
    checkOnboarding: (reference, o) => post(`/store/haso/onboarding/${id(reference)}/check`, {}, o),
    resendPin: (reference, o) => post("/store/haso/onboarding/resend-pin", { reference }, o),

    getMe: (o) => get("/store/haso/me", undefined, o),
    getInstallments: (of, o) =>
      get("/store/haso/installments", "cartId" in of ? { cart_id: of.cartId } : { amount: liraParam(of.amount) }, o),
    listTransactions: (query = {}, o) => get("/store/haso/me/transactions", { ...query }, o),
    listPayments: (query = {}, o) => get("/store/haso/me/payments", { ...query }, o),

    getQuote: (amount, o) => get("/store/haso/quote", { amount: liraParam(amount) }, o),
    getOrderPlan: (orderId, o) => get(`/store/haso/orders/${id(orderId)}`, undefined, o),
    payOrder: (orderId, input, o) => post(`/store/haso/orders/${id(orderId)}/pay`, input, o),

    createPaymentCollection: (cartId, o) => post("/store/payment-collections", { cart_id: cartId }, o),
    selectInstallment: (paymentCollectionId, installmentNo, o) =>
      post(
        `/store/payment-collections/${id(paymentCollectionId)}/payment-sessions`,
        { provider_id: providerId, data: { installment_no: installmentNo } },
        o
      ),
    completeCart: (cartId, o) => post(`/store/carts/${id(cartId)}/complete`, undefined, o),
  }
  return client
}

/** The Haso session of a payment collection, if it has one. */
export function hasoSessionData(
  collection: PaymentCollection | undefined,
  providerId = HASO_PROVIDER_ID
): HasoSessionData | undefined {
  const session = collection?.payment_sessions?.find((candidate) => candidate.provider_id === providerId)
  return session?.data as HasoSessionData | undefined
}

/** Lira as the API's `amount` query takes it: at most 2 decimals. */
function liraParam(amount: number | string): string {
  return typeof amount === "number" ? amount.toFixed(2) : amount.trim()
}

function queryString(query: HasoRequest["query"]): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}
