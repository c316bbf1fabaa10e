import { MedusaError } from "@medusajs/framework/utils"
import { HasoCodes } from "../haso/contract/codes"
import { HasoError } from "../haso/errors"
import { formatHasoAction, formatHasoMessage, type HasoAction, type HasoMessageCode, type MessageParams } from "../i18n/messages"
import { currentHasoContext, currentLocale } from "../request-context"

/*
 * The one mapping from what went wrong to the MedusaError a person sees. The
 * `code` is machine-readable and the message is in the request's language;
 * which HTTP status the code gets is decided at the edge (api/middlewares).
 */

type MedusaErrorType = (typeof MedusaError.Types)[keyof typeof MedusaError.Types]

/** `code` of every answer that means "Haso could not be reached; try again". */
export const HASO_UNAVAILABLE = "haso_unavailable"

/**
 * A refusal of ours, worded from the message table. `code` defaults to the
 * message's key; a few messages share one code (several wordings of "limit too low").
 */
export function hasoRefusal(
  type: MedusaErrorType,
  message: HasoMessageCode,
  params: MessageParams = {},
  code: string = message
): MedusaError {
  const context = currentHasoContext()
  if (context) context.refusal = { code }
  return new MedusaError(type, formatHasoMessage(message, params, currentLocale()), code)
}

/** Haso's business codes as a shopper is told them at checkout; other codes are a plain decline. */
const SHOPPER_REFUSALS: Record<string, { message: HasoMessageCode; code: string }> = {
  [HasoCodes.InsufficientLimit]: { message: "haso_limit_not_enough", code: "haso_limit_too_low" },
  [HasoCodes.CustomerSuspended]: { message: "haso_suspended", code: "haso_suspended" },
  [HasoCodes.InvalidInstallment]: { message: "haso_option_not_offered_now", code: "haso_option_not_offered" },
  [HasoCodes.CustomerNotFound]: { message: "haso_customer_unknown", code: "haso_customer_unknown" },
  [HasoCodes.TokenMismatch]: { message: "haso_store_not_signed_in", code: HASO_UNAVAILABLE },
}

/** Actions that change nothing at Haso: a lost answer there needs no word on what Haso may have done. */
const READS = new Set<HasoAction>(["read_plan", "read_account", "read_rates", "reconcile", "sync"])

const NOT_FOUND_CODES = new Set<string>([HasoCodes.CustomerNotFound, HasoCodes.TransactionNotFound, HasoCodes.RefundNotFound])

/**
 * A failure during a shopper's request. `declineType` is how Medusa should
 * treat a refusal: PAYMENT_AUTHORIZATION_ERROR at cart completion (the cart
 * stays open and the shopper sees why), NOT_ALLOWED elsewhere.
 */
export function toShopperError(error: unknown, declineType: MedusaErrorType = MedusaError.Types.NOT_ALLOWED): unknown {
  if (!(error instanceof HasoError)) {
    return error
  }
  const context = currentHasoContext()
  if (error.isTransport) {
    const message = error.reason === "timeout" ? "haso_timeout" : "haso_unavailable"
    const type = declineType === MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR ? declineType : MedusaError.Types.UNEXPECTED_STATE
    const refusal = hasoRefusal(type, message, {}, HASO_UNAVAILABLE)
    if (context) context.refusal = { code: HASO_UNAVAILABLE, transport: error.reason, httpStatus: error.httpStatus }
    return refusal
  }
  const known = error.code ? SHOPPER_REFUSALS[error.code] : undefined
  if (known) {
    return hasoRefusal(declineType, known.message, {}, known.code)
  }
  return hasoRefusal(declineType, "haso_declined", { reason: error.hasoText ?? "" }, error.code ?? "haso_declined")
}

/**
 * A failure during a staff action. Haso's refusal reaches staff in Haso's own
 * words with its code; a lost answer says nothing was recorded and that the
 * plugin settles it. No service or function names reach the message.
 */
export function toStaffError(error: unknown, action: HasoAction): unknown {
  if (!(error instanceof HasoError)) {
    return error
  }
  const locale = currentLocale()
  const context = currentHasoContext()
  const actionText = formatHasoAction(action, locale)
  if (error.isTransport) {
    if (context) context.refusal = { code: HASO_UNAVAILABLE, transport: error.reason, httpStatus: error.httpStatus }
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      formatHasoMessage(READS.has(action) ? "haso_unreachable" : "haso_unavailable_staff", { action: actionText, detail: transportDetail(error) }, locale),
      HASO_UNAVAILABLE
    )
  }
  const type = error.code && NOT_FOUND_CODES.has(error.code) ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED
  const code = error.code ?? "haso_refused"
  if (context) context.refusal = { code }
  return new MedusaError(
    type,
    formatHasoMessage("haso_refused", { action: actionText, reason: error.hasoText ?? "", code }, locale),
    code
  )
}

/** What a person may read about a lost answer: the kind of failure, not the internals. */
function transportDetail(error: HasoError): string {
  switch (error.reason) {
    case "timeout":
      return "timeout"
    case "http_status":
      return `HTTP ${error.httpStatus ?? "error"}`
    case "malformed":
      return "unreadable answer"
    default:
      return "connection failed"
  }
}

/** What Haso said, for a history entry: its code and its own words (or what kind of silence). */
export function hasoAnswerOf(error: unknown): { haso_code: string | null; haso_message: string | null } {
  if (!(error instanceof HasoError)) {
    return { haso_code: null, haso_message: null }
  }
  return error.isTransport
    ? { haso_code: error.reason ?? null, haso_message: transportDetail(error) }
    : { haso_code: error.code ?? null, haso_message: error.hasoText ?? null }
}

/** Whether an error means Haso's answer was lost (Haso may or may not have acted). */
export function isLostAnswer(error: unknown): error is HasoError {
  return error instanceof HasoError && error.isTransport
}

/** Runs a Haso call for a shopper's request; its failure becomes the shopper's error. */
export async function forShopper<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toShopperError(error)
  }
}

/** Runs a Haso call for a staff action; its failure becomes staff's error. */
export async function forStaff<T>(action: HasoAction, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toStaffError(error, action)
  }
}

/** A 429 with Retry-After and a message in the request's language. */
export function tooManyRequests(
  res: { setHeader(name: string, value: string): unknown; status(code: number): { json(body: unknown): unknown } },
  retryAfterSeconds: number,
  message: HasoMessageCode,
  params: MessageParams = {}
) {
  res.setHeader("Retry-After", String(Math.max(1, retryAfterSeconds)))
  res.status(429).json({ type: "too_many_requests", code: "too_many_requests", message: formatHasoMessage(message, params, currentLocale()) })
}
