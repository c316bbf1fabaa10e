/**
 * Personal data and secrets must never reach logs, errors, responses or the
 * database. These helpers are what we show instead.
 */

/** `12345678901` → `*********01`. */
export function maskTckn(value: string): string {
  return value.length <= 2 ? "**" : "*".repeat(value.length - 2) + value.slice(-2)
}

/** `5321234567` → `53******67`. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, "")
  if (digits.length < 6) {
    return "*".repeat(digits.length)
  }
  return digits.slice(0, 2) + "*".repeat(digits.length - 4) + digits.slice(-2)
}

const FIELD_MASKS: Record<string, (value: string) => string> = {
  tckn: maskTckn,
  mobilenumber: maskPhone,
  newgsmno: maskPhone,
  phone: maskPhone,
  pincode: () => "***",
  requesttoken: () => "[redacted]",
  merchantkey: () => "[redacted]",
  merchantsalt: () => "[redacted]",
  kkbphones: maskPhone,
}

/** A copy of a request or response body that is safe to log or display. */
export function redactBody(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(redactBody)
  }
  if (!value || typeof value !== "object") {
    return value
  }
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    const mask = FIELD_MASKS[key.toLowerCase()]
    if (mask && typeof field === "string") {
      out[key] = mask(field)
    } else if (mask && Array.isArray(field)) {
      out[key] = field.map((item) => (typeof item === "string" ? mask(item) : item))
    } else {
      out[key] = redactBody(field)
    }
  }
  return out
}
