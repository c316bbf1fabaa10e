import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import type { HasoSandbox } from "../../../src/sandbox"
import { eventually } from "./sandbox"
import { createShopper } from "./shopper"
import { chooseHaso, completeCart, createCart, getOrderPayment, type StoreFixture } from "./store"

/** A shopper's order paid with Haso installments and captured (the transaction is active at Haso). */
export async function placeHasoOrder(
  api: AxiosInstance,
  container: MedusaContainer,
  store: StoreFixture,
  sandbox: HasoSandbox,
  { installmentNo = 3, limit = 20000 }: { installmentNo?: number; limit?: number } = {}
) {
  const shopper = await createShopper(api, container, store, sandbox, { limit })
  const { cartId, paymentCollectionId } = await createCart(api, store, shopper.headers)
  await chooseHaso(api, shopper.headers, paymentCollectionId, { installment_no: installmentNo })
  const completed = await completeCart(api, shopper.headers, cartId)
  if (completed.data.type !== "order") {
    throw new Error(`The order was not placed: ${JSON.stringify(completed.data.error)}`)
  }
  const order = completed.data.order
  const payment = await eventually(async () => {
    const found = await getOrderPayment(api, store.admin, order.id)
    if (!found.captured_at) {
      throw new Error("not captured yet")
    }
    return found
  })
  const transaction = sandbox.transactionByMerchantOid(payment.data.merchant_oid)!
  return { shopper, order, payment, transaction }
}
