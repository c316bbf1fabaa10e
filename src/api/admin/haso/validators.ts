import { z } from "@medusajs/framework/zod"
import { birthDate, liraAmount, pastDate, personFields, turkishMobile } from "../../utils/validators"

/* Medusa prints a custom issue's message on its own, so each message names its field. */

const reference = z.string().trim().min(1).max(50).optional()

export const AdminHasoExecutionPayment = z.object({ amount: liraAmount("amount"), date: pastDate("date"), reference })
export type AdminHasoExecutionPayment = z.infer<typeof AdminHasoExecutionPayment>

export const AdminHasoExecutionExpenses = z.object({ total_amount: liraAmount("total_amount") })
export type AdminHasoExecutionExpenses = z.infer<typeof AdminHasoExecutionExpenses>

export const AdminHasoPaidInstallments = z.object({
  payment_codes: z.array(z.string().trim().min(1), "payment_codes must be a list of Haso payment codes").min(1).max(100),
  date: pastDate("date"),
  reference,
})
export type AdminHasoPaidInstallments = z.infer<typeof AdminHasoPaidInstallments>

export const AdminHasoBalance = z.object({ amount: liraAmount("amount"), date: pastDate("date"), reference })
export type AdminHasoBalance = z.infer<typeof AdminHasoBalance>

export const AdminHasoLimit = z.object({ amount: liraAmount("amount", { allowZero: true }) })
export type AdminHasoLimit = z.infer<typeof AdminHasoLimit>

export const AdminHasoGsm = z.object({ phone: turkishMobile("phone") })
export type AdminHasoGsm = z.infer<typeof AdminHasoGsm>

export const AdminHasoPredefinedLimit = z.object({ ...personFields, limit: liraAmount("limit") })
export type AdminHasoPredefinedLimit = z.infer<typeof AdminHasoPredefinedLimit>

export const AdminHasoKdsLimit = z.object({
  ...personFields,
  birth_date: birthDate("birth_date"),
  kds_limit: liraAmount("kds_limit"),
  dealer_segment: z.string().trim().min(1).max(10, "dealer_segment is at most 10 characters").optional(),
  kds_segment: z.string().trim().min(1).max(50).optional(),
})
export type AdminHasoKdsLimit = z.infer<typeof AdminHasoKdsLimit>

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminHasoCustomerQuery = z
  .object(paging)
  .refine((query) => query.offset % query.limit === 0, "offset must be a multiple of limit (Haso pages by page number)")
export type AdminHasoCustomerQuery = z.infer<typeof AdminHasoCustomerQuery>

export const AdminHasoListQuery = z.object(paging)
export type AdminHasoListQuery = z.infer<typeof AdminHasoListQuery>

export const AdminHasoReconciliationsQuery = z.object({ ...paging, date: pastDate("date").optional() })
export type AdminHasoReconciliationsQuery = z.infer<typeof AdminHasoReconciliationsQuery>

export const AdminHasoRunReconciliation = z.object({ date: pastDate("date") })
export type AdminHasoRunReconciliation = z.infer<typeof AdminHasoRunReconciliation>
