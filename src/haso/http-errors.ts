import { MedusaError } from "@medusajs/framework/utils"
import { HasoCodes } from "./contract/codes"
import { HasoError } from "./errors"

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

