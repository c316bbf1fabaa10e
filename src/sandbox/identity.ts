import { randomBytes, randomInt } from "node:crypto"
import { tcknTenthDigit } from "../haso/identity"

export { isValidTckn } from "../haso/identity"

/** A random TCKN with a valid checksum. */
export function randomTckn(): string {
  const d = [randomInt(1, 10), ...Array.from({ length: 8 }, () => randomInt(0, 10))]
  d.push(tcknTenthDigit(d))
  d.push(d.reduce((sum, n) => sum + n, 0) % 10)
  return d.join("")
}

/** A random Turkish mobile number as Haso takes it: 10 digits starting with 5. */
export function randomMobile(): string {
  return "5" + String(randomInt(0, 1_000_000_000)).padStart(9, "0")
}

/** A reference nobody can guess (KKB request numbers). */
export function unguessableRef(prefix: string): string {
  return prefix + randomBytes(12).toString("hex").toUpperCase()
}
