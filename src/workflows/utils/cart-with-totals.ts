import { ContainerRegistrationKeys, decorateCartTotals } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

const TOTALS_FIELDS = [
  "id",
  "currency_code",
  "customer_id",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "credit_lines.*",
]

/**
 * A cart with its totals computed (line totals after discounts and taxes),
 * the way Medusa's own cart routes compute them.
 */
export async function retrieveCartWithTotals(container: MedusaContainer, cartId: string, extraFields: string[] = []) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: [...TOTALS_FIELDS, ...extraFields], filters: { id: cartId } })
  if (!data[0]) {
    return undefined
  }
  return decorateCartTotals(data[0] as never) as unknown as Record<string, any>
}
