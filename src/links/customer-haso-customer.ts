import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HasoModule from "../modules/haso"

/** `query.graph({ entity: "customer", fields: ["haso_customer.*"] })`. */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...HasoModule.linkable.hasoCustomer.id, primaryKey: "customer_id" },
  { readOnly: true }
)
