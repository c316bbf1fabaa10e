/**
 * Turkish identity rules checked before anything is sent to Haso, so a typo
 * gets a clear answer instead of a Haso error.
 */

/**
 * TCKN checksum: digit 10 = ((d1+d3+d5+d7+d9)·7 − (d2+d4+d6+d8)) mod 10,
 * digit 11 = (d1+…+d10) mod 10, and the first digit is not 0.
 */
export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) {
    return false
  }
  const d = value.split("").map(Number)
  return d[9] === tcknTenthDigit(d) && d[10] === d.slice(0, 10).reduce((sum, n) => sum + n, 0) % 10
}

export function tcknTenthDigit(d: number[]): number {
  const odd = d[0] + d[2] + d[4] + d[6] + d[8]
  const even = d[1] + d[3] + d[5] + d[7]
  return (((odd * 7 - even) % 10) + 10) % 10
}

/**
 * A Turkish mobile number as Haso takes it (10 digits starting with 5), from
 * what people type: spaces, dashes, brackets, a leading 0 or +90 / 0090.
 * Returns undefined when it is not a Turkish mobile number.
 */
export function normalizeTurkishMobile(value: string): string | undefined {
  const digits = value.replace(/[\s\-().]/g, "").replace(/^(\+90|0090|90(?=5\d{9}$)|0(?=5\d{9}$))/, "")
  return /^5\d{9}$/.test(digits) ? digits : undefined
}
