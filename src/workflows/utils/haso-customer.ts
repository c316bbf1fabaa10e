import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { hasoRefusal } from "../../errors"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"

/** A customer's Haso link; a 404 for an unknown customer or one without a Haso account. */
export async function resolveHasoCustomer(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data[0]) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_customer_not_found", { customer_id: customerId })
  }
  const [link] = await container.resolve<HasoModuleService>(HASO_MODULE).listHasoCustomers({ customer_id: customerId })
  if (!link) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_customer_not_linked", { customer_id: customerId }, "haso_not_linked")
  }
  return link
}
