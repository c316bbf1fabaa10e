/*
 * Calls to the plugin's /admin/haso routes from the admin, signed in as the
 * dashboard is: its session cookie, or its JWT when the store uses those; in
 * the admin user's language (x-medusa-locale), so the API's messages are too.
 *
 * Plain fetch rather than @medusajs/js-sdk or react-query: the widgets must
 * not import packages the dashboard also bundles (a second copy of
 * react-query crashes every page that hosts a widget), and the sdk drops the
 * body's `code`, which tells "not a Haso order" from Haso's own 404s.
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

export type Query = Record<string, string | number | undefined>
export type ApiInit = { method?: "GET" | "POST"; body?: unknown; query?: Query }
export type HasoApi = <T>(path: string, init?: ApiInit) => Promise<T>

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

/** A caller of the plugin's admin API in the given language. */
export function hasoApi(language: string): HasoApi {
  return async <T>(path: string, init: ApiInit = {}) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(init.query ?? {})) {
      if (value !== undefined && value !== "") params.set(key, String(value))
    }
    const search = params.toString()
    const response = await fetch(`${BACKEND_URL}/admin/haso${path}${search ? `?${search}` : ""}`, {
      method: init.method ?? "GET",
      credentials: "include",
      headers: {
        accept: "application/json",
        "x-medusa-locale": language,
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
}

export function isApiError(error: unknown, code: string): boolean {
  return error instanceof HasoApiError && error.code === code
}
