import type { MessageKey } from "./i18n"
import type { StartOnboardingInput } from "./types"

/*
 * The onboarding form's checks, the same rules the server applies
 * (src/haso/identity.ts), repeated here so the kit loads no server code.
 */

/**
 * A T.C. Kimlik No: 11 digits, the first not 0; digit 10 is
 * ((d1+d3+d5+d7+d9)·7 − (d2+d4+d6+d8)) mod 10, digit 11 is (d1+…+d10) mod 10.
 */
export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false
  const d = value.split("").map(Number)
  const odd = d[0] + d[2] + d[4] + d[6] + d[8]
  const even = d[1] + d[3] + d[5] + d[7]
  const tenth = (((odd * 7 - even) % 10) + 10) % 10
  const eleventh = d.slice(0, 10).reduce((sum, digit) => sum + digit, 0) % 10
  return d[9] === tenth && d[10] === eleventh
}

/** "0532 123 45 67", "+90 532…", "(532) 123-45-67" → "5321234567"; undefined when not a Turkish mobile. */
export function normalizeTurkishMobile(value: string): string | undefined {
  const digits = value.replace(/[\s\-().]/g, "").replace(/^(\+90|0090|90(?=5\d{9}$)|0(?=5\d{9}$))/, "")
  return /^5\d{9}$/.test(digits) ? digits : undefined
}

export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}

/** A real calendar day, YYYY-MM-DD, before today. */
export function isValidBirthDate(value: string, today: Date = new Date()): boolean {
  const match = value.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().startsWith(value) && date.getTime() < today.getTime() && Number(match[1]) > 1900
}

export function isValidPin(value: string, length = 6): boolean {
  return new RegExp(`^\\d{${length}}$`).test(value)
}

export type OnboardingField = keyof StartOnboardingInput | "consent"

/** What is wrong with a filled-in form, as message keys per field; empty when it can be sent. */
export function validateOnboarding(
  input: StartOnboardingInput,
  consent: boolean
): Partial<Record<OnboardingField, MessageKey>> {
  const errors: Partial<Record<OnboardingField, MessageKey>> = {}
  if (!input.first_name.trim()) errors.first_name = "validation.required"
  if (!input.last_name.trim()) errors.last_name = "validation.required"
  if (!isValidTckn(input.tckn.trim())) errors.tckn = input.tckn.trim() ? "validation.tckn" : "validation.required"
  if (!normalizeTurkishMobile(input.phone)) errors.phone = input.phone.trim() ? "validation.phone" : "validation.required"
  if (!isValidEmail(input.email)) errors.email = input.email.trim() ? "validation.email" : "validation.required"
  if (input.birth_date && !isValidBirthDate(input.birth_date)) errors.birth_date = "validation.birth_date"
  if (!consent) errors.consent = "validation.consent"
  return errors
}
