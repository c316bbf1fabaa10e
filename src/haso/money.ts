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
