import { z } from "@medusajs/framework/zod"
import { KKB_TEST_RESULTS, isValidTckn } from "../../../haso"
import { asText, turkishMobile } from "../../utils/validators"

/* Messages name their field and never echo personal data; see ../../utils/validators. */
const name = (field: string) => z.string(`${field} must be text`).trim().min(1).max(100)

export const StartHasoOnboarding = z.object({
  first_name: name("first_name"),
  last_name: name("last_name"),
  tckn: z.preprocess(
    asText,
    z
      .string("tckn must be the 11 digits of a Turkish ID number")
      .trim()
      .regex(/^\d{11}$/, "tckn must be the 11 digits of a Turkish ID number")
      .refine(isValidTckn, "tckn is not a valid Turkish ID number: its check digits do not match")
  ),
  phone: turkishMobile("phone"),
  email: z.email("email must be an e-mail address"),
  birth_date: z.iso
    .date("birth_date must be a date written YYYY-MM-DD")
    .refine((value) => new Date(value) < new Date(), "birth_date must be in the past")
    .optional(),
})
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

export const GetHasoInstallments = z
  .object({
    cart_id: z.string().trim().min(1, "cart_id is required").optional(),
    amount: z
      .string()
      .trim()
      .regex(/^\d{1,9}(\.\d{1,2})?$/, "amount must be Turkish lira with at most 2 decimals, e.g. 1234.56")
      .refine((value) => Number(value) > 0, "amount must be more than 0")
      .optional(),
  })
  .refine((query) => !!query.cart_id !== (query.amount !== undefined), "Give either cart_id or amount, not both")
export type GetHasoInstallments = z.infer<typeof GetHasoInstallments>

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
