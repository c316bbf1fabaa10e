import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * The one place where money crosses between Medusa and Haso.
 *
 * Medusa holds amounts as BigNumber major units (lira). Haso takes integer
 * kuruş (×100) in requests, as strings for documented String fields, and
 * answers with lira decimals. Everything goes through bignumber.js so that
 * `0.1 + 0.2` lira is 30 kuruş, never 30.000000000000004.
 */

/** Medusa major units → integer kuruş. Rounds half up to the kuruş. */
export function toKurus(amount: BigNumberInput): number {
  // MathBN treats a missing amount as 0; a missing amount must never become "0".
  if (amount === null || amount === undefined) {
    throw new RangeError(`"${String(amount)}" is not an amount`)
  }
  let kurus: number
  try {
    kurus = MathBN.convert(MathBN.mult(amount, 100), 0).toNumber()
  } catch {
    throw new RangeError(`"${String(describe(amount))}" is not an amount`)
  }
  if (!Number.isSafeInteger(kurus) || kurus < 0) {
    throw new RangeError(`"${String(describe(amount))}" is not a non-negative amount`)
  }
  return kurus
}

/** Medusa major units → the ×100 integer string Haso expects (`19.99` → `"1999"`). */
export function toHasoAmount(amount: BigNumberInput): string {
  return String(toKurus(amount))
}

/** A Haso response decimal in lira (`1500.5`) → integer kuruş (`150050`). */
export function hasoDecimalToKurus(value: number | string): number {
  return toKurus(typeof value === "string" ? value : numberToExactString(value))
}

/** Integer kuruş → major units as a JS number, exact for any realistic amount. */
export function kurusToMajor(kurus: number): number {
  return new BigNumber(MathBN.div(kurus, 100)).numeric
}

/** Integer kuruş → the ×100 string Haso expects. */
export function kurusToHasoAmount(kurus: number): string {
  if (!Number.isSafeInteger(kurus) || kurus < 0) {
    throw new RangeError(`${kurus} is not a whole, non-negative number of kuruş`)
  }
  return String(kurus)
}

// JS numbers print as their shortest round-trip form, so 1500.5 stays "1500.5".
function numberToExactString(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${value} is not an amount`)
  }
  return String(value)
}

function describe(amount: unknown): unknown {
  if (amount && typeof amount === "object" && "value" in amount) {
    return (amount as { value: unknown }).value
  }
  return amount
}

/** An amount in major units as its exact decimal string (`{ value: "20.25" }`, 20.25, "20.250" → "20.25"). */
export function exactAmount(amount: BigNumberInput): string {
  if (amount === null || amount === undefined) {
    throw new RangeError(`"${String(amount)}" is not an amount`)
  }
  const value = MathBN.convert(amount)
  if (!value.isFinite() || value.isNegative()) {
    throw new RangeError(`"${String(describe(amount))}" is not a non-negative amount`)
  }
  return value.toFixed()
}

export type RefundShare = {
  /** What Medusa is refunding now, in major units (it may hold fractions of a kuruş). */
  requested: BigNumberInput
  /** What Medusa refunded before on this payment, exact, in major units. */
  refundedBefore: BigNumberInput
  /** The payment's amount in Medusa, exact, in major units. */
  paymentAmount: BigNumberInput
  /** The transaction's order amount at Haso, in kuruş. */
  orderKurus: number
  /** What Haso refunded before on this transaction, in kuruş. */
  hasoRefundedKurus: number
}

/**
 * How many kuruş to refund at Haso for a Medusa refund, so that both sides'
 * totals stay equal however Medusa's amounts are split: each refund sends the
 * difference of the rounded running totals (two refunds of 5.0025 send 5.00
 * and 5.01, never 5.00 twice), and the refund that brings Medusa's refundable
 * amount to zero sends everything Haso still holds.
 */
export function kurusToRefund(share: RefundShare): number {
  const after = MathBN.add(share.refundedBefore, share.requested)
  if (MathBN.gte(after, share.paymentAmount)) {
    return share.orderKurus - share.hasoRefundedKurus
  }
  return toKurus(after) - toKurus(share.refundedBefore)
}
