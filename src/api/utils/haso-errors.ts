import type { MedusaResponse } from "@medusajs/framework/http"
import { HASO_UNAVAILABLE, toHasoHttpError } from "../../haso/http-errors"

export { HASO_UNAVAILABLE, toHasoHttpError }

/** Runs a Haso call and rethrows its failure as an HTTP error. */
export async function callHaso<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toHasoHttpError(error, action)
  }
}

/**
 * Wraps a route so that "Haso could not be reached" answers 503 with a
 * Retry-After, instead of the 500 Medusa gives UNEXPECTED_STATE.
 */
export function withHasoErrors<Req, Res extends MedusaResponse>(handler: (req: Req, res: Res) => Promise<unknown>) {
  return async (req: Req, res: Res) => {
    try {
      await handler(req, res)
    } catch (error) {
      const mapped = toHasoHttpError(error, "reach Haso") as { code?: string; message?: string }
      if (mapped?.code === HASO_UNAVAILABLE) {
        res.setHeader("Retry-After", "5")
        res.status(503).json({ type: "haso_unavailable", code: HASO_UNAVAILABLE, message: mapped.message })
        return
      }
      throw mapped
    }
  }
}

export function tooManyRequests(res: MedusaResponse, retryAfterSeconds: number, message: string) {
  res.setHeader("Retry-After", String(Math.max(1, retryAfterSeconds)))
  res.status(429).json({ type: "too_many_requests", message })
}
