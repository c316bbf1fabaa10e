import { z } from "@medusajs/framework/zod"
import { KKB_TEST_RESULTS } from "../../../haso"
import { asText, birthDate, personFields } from "../../utils/validators"

/* Messages name their field and never echo personal data; see ../../utils/validators. */

export const StartHasoOnboarding = z.object({ ...personFields, birth_date: birthDate("birth_date").optional() })
export type StartHasoOnboarding = z.infer<typeof StartHasoOnboarding>

export const OnboardingReference = z.string("reference must be text").trim().min(8).max(64)

export const ConfirmHasoOnboarding = z.object({
  reference: OnboardingReference,
  pin: z.preprocess(asText, z.string("pin must be text").trim().regex(/^\d{4,8}$/, "pin must be the 4 to 8 digit code from the SMS")),
  /** Sandbox only (onboarding.testMode): the simulated KKB outcome. */
  test_result: z.enum(KKB_TEST_RESULTS).optional(),
})
export type ConfirmHasoOnboarding = z.infer<typeof ConfirmHasoOnboarding>

export const ResendHasoPin = z.object({ reference: OnboardingReference })
export type ResendHasoPin = z.infer<typeof ResendHasoPin>

const queryAmount = z
  .string("amount must be Turkish lira with at most 2 decimals, e.g. 1234.56")
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "amount must be Turkish lira with at most 2 decimals, e.g. 1234.56")
  .refine((value) => Number(value) > 0, "amount must be more than 0")

export const GetHasoInstallments = z
  .object({
    cart_id: z.string().trim().min(1, "cart_id is required").optional(),
    amount: queryAmount.optional(),
  })
  .refine((query) => !!query.cart_id !== (query.amount !== undefined), "Give either cart_id or amount, not both")
export type GetHasoInstallments = z.infer<typeof GetHasoInstallments>

export const GetHasoQuote = z.object({ amount: queryAmount })
export type GetHasoQuote = z.infer<typeof GetHasoQuote>

export const PayHasoOrder = z.object({
  installment_no: z.number("installment_no must be the whole number of an offered Haso installment option").int().positive().optional(),
})
export type PayHasoOrder = z.infer<typeof PayHasoOrder>

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const onPageBoundary = (query: { limit: number; offset: number }) => query.offset % query.limit === 0
const pageMessage = "offset must be a multiple of limit (Haso pages by page number)"

export const ListHasoTransactions = z.object(paging).refine(onPageBoundary, pageMessage)
export type ListHasoTransactions = z.infer<typeof ListHasoTransactions>

export const ListHasoPayments = z
  .object({
    ...paging,
    status: z
      .union([z.coerce.number().int().min(0).max(4), z.array(z.coerce.number().int().min(0).max(4))], "status must be 0 to 4")
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
  })
  .refine(onPageBoundary, pageMessage)
export type ListHasoPayments = z.infer<typeof ListHasoPayments>
