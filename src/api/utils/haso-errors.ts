import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"
import { HasoCodes, HasoError } from "../../haso"

/** The `code` of errors where Haso could not be reached; routes answer them with 503. */
export const HASO_UNAVAILABLE = "haso_unavailable"

const NOT_FOUND_CODES = new Set<string>([HasoCodes.CustomerNotFound, HasoCodes.TransactionNotFound, HasoCodes.RefundNotFound])

/**
 * A Haso failure as the MedusaError a route answers with: a business error
 * becomes a 4xx carrying the Haso code (`code: "H202"`), a transport failure
 * a 503 saying Haso could not be reached. Everything else passes through.
 */
export function toHasoHttpError(error: unknown, action: string): unknown {
  if (!(error instanceof HasoError)) {
    return error
  }
  if (error.isTransport) {
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not ${action}: ${error.message}. Please try again in a moment.`,
      HASO_UNAVAILABLE
    )
  }
  const type = error.code && NOT_FOUND_CODES.has(error.code) ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED
  return new MedusaError(type, `Could not ${action}: ${error.message}`, error.code)
}

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
