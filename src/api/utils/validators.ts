import { z } from "@medusajs/framework/zod"
import { normalizeTurkishMobile } from "../../haso"

/*
 * Shared request fields. Medusa prints a custom issue's message on its own,
 * so each message names its field. Numbers are read as text first: Medusa's
 * "expected string, got '<value>'" would otherwise echo personal data.
 */

export const asText = (value: unknown) => (typeof value === "number" ? String(value) : value)

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
