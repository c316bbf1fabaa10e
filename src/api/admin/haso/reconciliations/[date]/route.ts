import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { kurusToMajor } from "../../../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../../../modules/haso"
import type { Mismatch } from "../../../../../reconciliation/compare"
import { calendarDate } from "../../../../utils/validators"

/** One day's report with every mismatched item: both sides' amounts, the transaction, the Medusa order, the kind. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const date = calendarDate("date").safeParse(req.params.date)
  if (!date.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, date.error.issues[0].message)
  }
  const [report] = await req.scope.resolve<HasoModuleService>(HASO_MODULE).listHasoReconciliations({ date: date.data })
  if (!report) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No reconciliation report for ${date.data} yet.`)
  }
  const items = ((report.mismatches as { items?: Mismatch[] } | null)?.items ?? []) as Mismatch[]
  const orders = await displayIds(req, items.flatMap((item) => (item.order_id ? [item.order_id] : [])))
  res.json({
    reconciliation: {
      ...report,
      mismatches: items.map((item) => ({
        kind: item.kind,
        type: item.type,
        merchant_oid: item.merchant_oid,
        transaction_code: item.transaction_code,
        refund_id: item.refund_id,
        haso_amount: item.haso_amount_kurus === null ? null : kurusToMajor(item.haso_amount_kurus),
        medusa_amount: item.medusa_amount_kurus === null ? null : kurusToMajor(item.medusa_amount_kurus),
        payment_id: item.payment_id,
        order: item.order_id ? { id: item.order_id, display_id: orders.get(item.order_id) ?? null } : null,
      })),
    },
  })
}

async function displayIds(req: AuthenticatedMedusaRequest, orderIds: string[]): Promise<Map<string, number>> {
  if (!orderIds.length) return new Map()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: [...new Set(orderIds)] } })
  return new Map((data as Array<{ id: string; display_id: number }>).map((order) => [order.id, order.display_id]))
}
