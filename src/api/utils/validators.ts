import { MathBN } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { isValidTckn, normalizeTurkishMobile } from "../../haso"
import { isCalendarDate, istanbulDate } from "../../haso/dates"

/*
 * Request fields shared by store and admin routes. Medusa prints a custom
 * issue's message on its own, so each message names its field. Numbers are
 * read as text first: Medusa's "expected string, got '<value>'" would
 * otherwise echo personal data.
 */

export const asText = (value: unknown) => (typeof value === "number" ? String(value) : value)

export const personName = (field: string) => z.string(`${field} must be text`).trim().min(1, `${field} is required`).max(100)

export const tcknField = z.preprocess(
  asText,
  z
    .string("tckn must be the 11 digits of a Turkish ID number")
    .trim()
    .regex(/^\d{11}$/, "tckn must be the 11 digits of a Turkish ID number")
    .refine(isValidTckn, "tckn is not a valid Turkish ID number: its check digits do not match")
)

/** A Turkish mobile number as people type it, normalised to Haso's 10 digits. */
export function turkishMobile(field: string) {
  return z.preprocess(
    asText,
    z.string(`${field} must be a Turkish mobile number`).transform((value, ctx) => {
      const mobile = normalizeTurkishMobile(value)
      if (!mobile) {
        ctx.addIssue({ code: "custom", message: `${field} must be a Turkish mobile number: 10 digits starting with 5, with or without 0 or +90` })
        return z.NEVER
      }
      return mobile
    })
  )
}

/** An amount in lira, as a number or numeric text, at most 2 decimals. */
export function liraAmount(field: string, { allowZero = false } = {}) {
  const message = `${field} must be an amount in Turkish lira, e.g. 1234.56`
  return z
    .union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, message)], message)
    .transform(Number)
    .refine((value) => Number.isFinite(value) && (allowZero ? value >= 0 : value > 0), `${field} must be more than 0`)
    .refine((value) => value <= 100_000_000, `${field} is too large`)
    .refine((value) => MathBN.convert(MathBN.mult(value, 100)).isInteger(), `${field} can have at most 2 decimals (kuruş)`)
}

/** A real calendar date, YYYY-MM-DD (2026-13-01 is refused, not a server error). */
export function calendarDate(field: string) {
  return z.string(`${field} must be a date written YYYY-MM-DD`).refine(isCalendarDate, `${field} must be a real date written YYYY-MM-DD`)
}

/** A calendar date no later than today in Istanbul (the date Haso keeps books by). */
export function pastDate(field: string) {
  return calendarDate(field).refine((value) => value <= istanbulDate(new Date()), `${field} cannot be in the future`)
}

/** A birth date: a real date in the past. */
export function birthDate(field: string) {
  return calendarDate(field).refine((value) => value < istanbulDate(new Date()), `${field} must be in the past`)
}

/** A person as the store and admin routes take them, for Haso's identity services (5.2.1, 5.2.5, 5.2.6). */
export const personFields = {
  first_name: personName("first_name"),
  last_name: personName("last_name"),
  tckn: tcknField,
  phone: turkishMobile("phone"),
  email: z.email("email must be an e-mail address"),
}

type Person = { first_name: string; last_name: string; tckn: string; phone: string; email: string; birth_date?: string }

/** The same person in Haso's words. */
export function hasoShopper(person: Person) {
  return {
    shopperName: person.first_name,
    shopperSurname: person.last_name,
    tckn: person.tckn,
    mobileNumber: person.phone,
    email: person.email,
    ...(person.birth_date ? { birthDate: person.birth_date } : {}),
  }
}
