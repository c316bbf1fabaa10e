import type { HasoErrorCode } from "./types"

/**
 * Every failure of a kit call: the HTTP status (0 when the server was not
 * reached), the API's machine-readable `code` (Haso's own, e.g. "H202", passes
 * through as a string), the server's message (in the shopper's language when
 * the server translates it) and, for 429/503, how long to wait.
 */
export class HasoStoreError extends Error {
  readonly name = "HasoStoreError"
  readonly status: number
  readonly code: HasoErrorCode | (string & {})
  readonly retryAfterSeconds?: number
  /** Medusa's error `type`, e.g. "not_allowed". */
  readonly type?: string

  constructor(init: { status: number; code: string; message: string; retryAfterSeconds?: number; type?: string }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.retryAfterSeconds = init.retryAfterSeconds
    this.type = init.type
  }
}

/** Duck-typed, so an error from another copy of the kit (CJS vs ESM) still counts. */
export function isHasoStoreError(error: unknown): error is HasoStoreError {
  return error instanceof HasoStoreError || (error as { name?: unknown } | null)?.name === "HasoStoreError"
}

/** The code a bare status implies when the body names none (Medusa's 401, our 429). */
export function codeForStatus(status: number): HasoErrorCode {
  if (status === 401) return "unauthorized"
  if (status === 429) return "too_many_requests"
  if (status === 503) return "haso_unavailable"
  return "unknown"
}

/** `Retry-After` as seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000))
}

/** A Medusa error answer (`{ type, code?, message }`) as a HasoStoreError. */
export function errorFromResponse(status: number, body: unknown, retryAfter?: string | null): HasoStoreError {
  const payload = (body && typeof body === "object" ? body : {}) as { code?: unknown; message?: unknown; type?: unknown }
  const code = typeof payload.code === "string" && payload.code ? payload.code : codeForStatus(status)
  return new HasoStoreError({
    status,
    code,
    message: typeof payload.message === "string" ? payload.message : `Request failed with status ${status}`,
    type: typeof payload.type === "string" ? payload.type : undefined,
    retryAfterSeconds: parseRetryAfter(retryAfter),
  })
}

/**
 * A `{ type: "cart" }` answer of cart completion as an error to show. Medusa
 * answers it with HTTP 200 and the provider's decline message but, in 2.21,
 * no code of ours: hence status 200 and `haso_declined`.
 */
export function completionError(result: {
  type: string
  error?: { message?: string; code?: string; type?: string }
}): HasoStoreError | undefined {
  if (result.type !== "cart") return undefined
  return new HasoStoreError({
    status: 200,
    code: result.error?.code || "haso_declined",
    message: result.error?.message || "The payment was declined.",
    type: result.error?.type,
  })
}
