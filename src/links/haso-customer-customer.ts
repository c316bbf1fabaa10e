import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HasoModule from "../modules/haso"

/** `query.graph({ entity: "haso_customer", fields: ["customer.*"] })`; no link table, the id is on haso_customer. */
export default defineLink(
  { linkable: HasoModule.linkable.hasoCustomer, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
