import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { hasoRefusal } from "../../errors"
import { basketItem, userAddress } from "../../haso/contract/fields"
import { kurusToMajor } from "../../haso/money"

/*
 * What a Haso payment session and payment hold in Medusa's `data`. Medusa
 * returns session data to the browser, so nothing secret goes in here: ids,
 * the plan and amounts only. Amounts for display are lira; `*_kurus` are the
 * exact integers we send to Haso.
 */

export const installmentOfferSchema = z.object({
  installment_no: z.number().int(),
  installment_count: z.number().int(),
  installment_amount: z.number(),
  total_amount: z.number(),
  fee: z.number(),
  down_payment: z.number(),
})

export const planEntrySchema = z.object({
  installment_no: z.number().int(),
  amount: z.number(),
  term_date: z.string(),
  payment_code: z.string(),
  fee: z.number().nullish(),
})

/** The data a session starts with (initiatePayment) — everything authorize needs. */
export const sessionDataSchema = z.object({
  session_id: z.string().nullish(),
  merchant_oid: z.string().min(1).max(20),
  haso_customer_id: z.string().min(1),
  amount_kurus: z.number().int().nonnegative(),
  /** Medusa's amount exactly (it may hold fractions of a kuruş), so refunds can add up to it. */
  amount: z.string().nullish(),
  currency_code: z.string(),
  installment_no: z.number().int(),
  /** The chosen option's plan preview. The other options are not kept: Medusa copies session and payment data at every step of a workflow. */
  selected_installment: installmentOfferSchema.nullish(),
  auto_capture: z.boolean(),
  /** Written from the cart on the server just before authorization (complete-cart hook). */
  basket: z.array(basketItem).nullish(),
  user_address: userAddress.nullish(),
})

/** The data of an authorized payment: the session's plus the Haso transaction. */
export const paymentDataSchema = sessionDataSchema.extend({
  transaction_code: z.string().min(1),
  transaction_status: z.number().int(),
  total_amount: z.number(),
  fee: z.number(),
  down_payment: z.number(),
  down_payment_type: z.string().nullish(),
  plan: z.array(planEntrySchema),
  authorized_at: z.string(),
  activated_at: z.string().nullish(),
  cancelled_at: z.string().nullish(),
})

/** The only key a storefront may send when it creates a Haso payment session. */
export const storefrontSessionInputSchema = z.object({
  // A number or its digits; `true` or `[3]` are not an option number.
  installment_no: z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d{0,3}$/).transform(Number)]).optional(),
})

export type InstallmentOfferData = z.infer<typeof installmentOfferSchema>
export type HasoSessionData = z.infer<typeof sessionDataSchema>
export type HasoPaymentData = z.infer<typeof paymentDataSchema>

/**
 * Keys set later in a payment's life. initiatePayment writes them as null so
 * that nothing a storefront sent under these names survives into the session
 * (Medusa stores `{...client data, ...our data}`).
 */
export const LATER_KEYS = [
  "basket",
  "user_address",
  "transaction_code",
  "transaction_status",
  "total_amount",
  "fee",
  "down_payment",
  "down_payment_type",
  "plan",
  "authorized_at",
  "activated_at",
  "cancelled_at",
] as const

/** The payment's amount in Medusa, exact; older sessions kept only the kuruş. */
export function paymentAmountOf(data: Pick<HasoSessionData, "amount" | "amount_kurus">): string {
  return data.amount ?? kurusToMajor(data.amount_kurus).toString()
}

export function parseSessionData(data: Record<string, unknown> | undefined): HasoSessionData {
  const parsed = sessionDataSchema.safeParse(data)
  if (!parsed.success) {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_session_invalid")
  }
  return parsed.data
}

export function parsePaymentData(data: Record<string, unknown> | undefined): HasoPaymentData {
  const parsed = paymentDataSchema.safeParse(data)
  if (!parsed.success) {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_payment_not_authorized")
  }
  return parsed.data
}
