import { describeHasoCode } from "./contract/codes"
import type { HasoServiceName } from "./contract/services"

/** Why a call failed without a Haso answer we could use. */
export type HasoTransportReason = "timeout" | "connection" | "http_status" | "malformed"

export interface HasoErrorDetails {
  service: HasoServiceName
  /** `business`: Haso answered `Success=false`. `transport`: no usable answer. */
  kind: "business" | "transport"
  /** The Haso code of a business error (`H307`…). */
  code?: string
  reason?: HasoTransportReason
  httpStatus?: number
  /** `Data` that came with a business error (H204 carries the existing TransactionCode). */
  data?: Record<string, unknown>
  /** Haso's own words for a business error, digit runs masked: what staff are shown. */
  hasoText?: string
}

/**
 * The one error the Haso client throws. Its message is safe to log and to show
 * to staff: it never holds a request body, a secret, a TCKN or a phone number.
 */
export class HasoError extends Error {
  readonly service: HasoServiceName
  readonly kind: "business" | "transport"
  readonly code?: string
  readonly reason?: HasoTransportReason
  readonly httpStatus?: number
  readonly data?: Record<string, unknown>
  readonly hasoText?: string

  constructor(details: HasoErrorDetails, message: string) {
    super(message)
    this.name = "HasoError"
    this.service = details.service
    this.kind = details.kind
    this.code = details.code
    this.reason = details.reason
    this.httpStatus = details.httpStatus
    this.data = details.data
    this.hasoText = details.hasoText
  }

  get isBusiness(): boolean {
    return this.kind === "business"
  }

  get isTransport(): boolean {
    return this.kind === "transport"
  }

  static business(service: HasoServiceName, code: string | undefined, hasoMessage: string, data?: Record<string, unknown>) {
    // Long digit runs (a TCKN or phone number Haso might quote back) are masked;
    // with no text from Haso, the code's meaning from our table stands in.
    const text = hasoMessage.trim()
      ? hasoMessage.replace(/\d{6,}/g, (digits) => `${digits.slice(0, 2)}****${digits.slice(-2)}`)
      : describeHasoCode(code) ?? "no reason given"
    return new HasoError(
      { service, kind: "business", code, data, hasoText: text },
      `Haso ${service} refused${code ? ` with ${code}` : ""}: ${text}`
    )
  }

  static transport(
    service: HasoServiceName,
    reason: HasoTransportReason,
    detail: string,
    httpStatus?: number
  ) {
    return new HasoError({ service, kind: "transport", reason, httpStatus }, `Haso ${service} ${detail}`)
  }
}

export function isHasoError(error: unknown, code?: string): error is HasoError {
  return error instanceof HasoError && (code === undefined || error.code === code)
}
