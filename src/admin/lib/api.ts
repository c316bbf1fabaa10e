/*
 * Calls to the plugin's /admin/haso routes from the admin, signed in as the
 * dashboard is: its session cookie, or its JWT when the store uses those.
 *
 * Plain fetch rather than @medusajs/js-sdk: the sdk's FetchError keeps only
 * the status and message and drops the body's `code`, and the widgets must
 * tell "not a Haso order" (`haso_no_transaction`) from Haso's own 404s.
 */

export class HasoApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string
  ) {
    super(message)
    this.name = "HasoApiError"
  }
}

type Query = Record<string, string | number | undefined>

// Defined by the store's admin build (admin-bundler's vite `define`), so they
// hold the store's settings: a backend on another origin, JWT instead of session.
declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: string | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined
const BACKEND_URL = (typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : "").replace(/\/+$/, "")

function authorization(): Record<string, string> {
  if (typeof __AUTH_TYPE__ !== "string" || __AUTH_TYPE__ !== "jwt" || typeof __JWT_TOKEN_STORAGE_KEY__ !== "string") {
    return {}
  }
  const token = window.localStorage.getItem(__JWT_TOKEN_STORAGE_KEY__)
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function hasoApi<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown; query?: Query } = {}): Promise<T> {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(init.query ?? {})) {
    if (value !== undefined && value !== "") params.set(key, String(value))
  }
  const search = params.toString()
  const url = `${BACKEND_URL}/admin/haso${path}${search ? `?${search}` : ""}`
  const response = await fetch(url, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: {
      accept: "application/json",
      ...authorization(),
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new HasoApiError(response.status, json.code, json.message || `${response.status} ${response.statusText}`)
  }
  return json as T
}

export function isApiError(error: unknown, code: string): boolean {
  return error instanceof HasoApiError && error.code === code
}

/** Query keys, so that an action refreshes exactly what it changed. */
export const hasoKeys = {
  order: (id: string) => ["haso", "order", id] as const,
  customer: (id: string) => ["haso", "customer", id] as const,
  reconciliations: ["haso", "reconciliations"] as const,
  rates: ["haso", "installment-rates"] as const,
}
