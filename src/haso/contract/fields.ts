import { z } from "@medusajs/framework/zod"
import { PAYMENT_STATUS_VALUES, TRANSACTION_STATUS_VALUES } from "./statuses"

/*
 * Building blocks for the request and response schemas of the contract.
 * Requests are strict: we send exactly the documented spelling and format.
 * Responses are lenient about key case (S.1) and strict about the values that
 * cost money when wrong: amounts, codes and statuses.
 */

// ---- request fields ----

/** Amount fields typed String by Haso: integer kuruş as a string (S.6). */
export const amountString = z
  .string()
  .regex(/^\d+$/, 'must be a whole number of kuruş sent as a string, e.g. "150050" for 1,500.50 TRY')

/** Amount fields typed int by Haso (5.3 `availableLimit`, `skuAmount`; 5.2.6 `kdsLimit`). */
export const amountInteger = z.number().int().nonnegative()

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written yyyy-MM-dd")
export const tckn = z.string().regex(/^\d{11}$/, "must be 11 digits")
export const mobileNumber = z.string().regex(/^5\d{9}$/, "must be 10 digits starting with 5, without 0 or +90")
export const merchantOid = z.string().min(1).max(20)
export const customerId = z.string().min(1).max(10)
export const transactionCode = z.string().min(1).max(20)
export const refundId = z.string().min(1).max(36)
export const dealerSegment = z.string().min(1).max(10)
export const pageNo = z.number().int().positive()
export const pageSize = z.number().int().positive().max(1000)

export const basketItem = z.object({
  skuCode: z.string(),
  skudefinitionId: z.string().optional(),
  skuAmount: amountInteger,
  skuMerchant: z.string().optional(),
  skuMerchantContributionRate: z.number().int().optional(),
  productName: z.string().optional(),
  productUrl: z.string().optional(),
  productImage: z.string().optional(),
})

export const userAddress = z.object({
  userNameSurname: z.string().optional(),
  countryName: z.string().optional(),
  cityName: z.string().optional(),
  townName: z.string().optional(),
  detail: z.string().optional(),
  postalCode: z.string().optional(),
  phone: z.string().optional(),
})

// ---- response fields ----

/** A JSON object, as an answer's `Data` and every object in it must be (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * z.object whose keys are matched case-insensitively: Haso writes both
 * `Data["Message"]` and `Data["message"]`, `Fee` and `fee`.
 */
export function ciObject<S extends z.ZodRawShape>(shape: S) {
  const canonical = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]))
  const renamed = (key: string) => !(key in shape) && canonical.has(key.toLowerCase())
  return z.preprocess((input) => {
    if (!isJsonObject(input) || !Object.keys(input).some(renamed)) {
      return input // Haso's own casing (the usual case) needs no copy
    }
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(input)) {
      out[canonical.get(key.toLowerCase()) ?? key] = value
    }
    return out
  }, z.object(shape))
}

/**
 * A lira decimal in a response (`1500.5`); numeric strings are accepted, anything else is refused.
 * One schema node rather than union → transform → pipe: answers carry dozens of amounts, and each
 * node costs a call through zod's shared (megamorphic, in a Medusa process) parse functions.
 */
export const decimal = z.transform((value: unknown, ctx) => {
  const amount = typeof value === "number" ? value : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  if (Number.isFinite(amount) && amount >= 0) return amount
  ctx.issues.push({ code: "custom", message: "must be a lira amount of at least 0 (a number or a numeric string)", input: value })
  return z.NEVER
})

/** Ids Haso may send as numbers (legacy `CustomerId: 5004`); one schema node, as `decimal`. */
export const idString = z.transform((value: unknown, ctx) => {
  if ((typeof value === "string" && value.length > 0) || Number.isInteger(value)) return String(value)
  ctx.issues.push({ code: "custom", message: "must be an id (a non-empty string or a whole number)", input: value })
  return z.NEVER
})

export const resultCode = z.string().regex(/^RS\d{3}$/, "must be a result code such as RS100")
export const transactionStatus = z
  .number()
  .int()
  .refine((v) => (TRANSACTION_STATUS_VALUES as number[]).includes(v), "is not a known transaction status")
export const paymentStatus = z
  .number()
  .int()
  .refine((v) => (PAYMENT_STATUS_VALUES as number[]).includes(v), "is not a known installment status")
export const dateTime = z.string().min(10)
