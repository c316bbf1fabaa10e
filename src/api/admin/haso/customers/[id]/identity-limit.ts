import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { hasoAnswerOf, hasoRefusal, toStaffError } from "../../../../../errors"
import { CustomerStatus, HasoError, type CustomerInfo } from "../../../../../haso"
import type { HasoAction } from "../../../../../i18n/messages"
import { HASO_MODULE, type HasoModuleService } from "../../../../../modules/haso"
import { linkHasoCustomerWorkflow } from "../../../../../workflows/link-haso-customer"
import { presentEvent, presentLimit } from "../../../../utils/presenters"

/**
 * A limit the store defines for a person by identity (5.2.5 predefined, 5.2.6
 * from the store's own credit decisions), then the customer linked to the Haso
 * customer Haso answers with. The TCKN and phone number go to Haso from here
 * only: not stored, logged or echoed, never in a workflow's input.
 */
export async function defineLimitByIdentity(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  how: { action: HasoAction; method: "predefined" | "kds"; amount: number; call: (haso: HasoModuleService) => Promise<{ CustomerInfo: CustomerInfo }> }
) {
  const customerId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data[0]) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_customer_not_found", { customer_id: customerId })
  }
  const haso = req.scope.resolve<HasoModuleService>(HASO_MODULE)
  const record = (status: "succeeded" | "failed" | "unknown", answer: { haso_code: string | null; haso_message: string | null }) =>
    haso.createHasoEvents({ type: `customer_${how.method}_limit`, status, customer_id: customerId, actor_id: req.auth_context.actor_id, amount: how.amount, haso_code: answer.haso_code, message: answer.haso_message })
  let info: CustomerInfo
  try {
    info = (await how.call(haso)).CustomerInfo
  } catch (error) {
    if (error instanceof HasoError) {
      await record(error.isTransport ? "unknown" : "failed", hasoAnswerOf(error))
    }
    throw toStaffError(error, how.action)
  }
  await linkHasoCustomerWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      haso_customer_id: info.CustomerId,
      verification_method: how.method,
      limit_amount: info.CustomerLimit,
      available_limit: info.AvailableLimit,
      suspended: info.Status === CustomerStatus.Suspended,
    },
  })
  const event = await record("succeeded", { haso_code: "RS100", haso_message: null })
  res.json({ haso_customer: presentLimit(info), haso_event: presentEvent(event) })
}
