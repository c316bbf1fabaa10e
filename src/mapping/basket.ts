import type { BigNumberInput } from "@medusajs/framework/types"
import { toKurus } from "../haso/money"
import type { z } from "@medusajs/framework/zod"
import type { basketItem } from "../haso/contract/fields"

export type BasketItem = z.infer<typeof basketItem>

export interface CartLineForBasket {
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  variant_id?: string | null
  product_id?: string | null
  product_type?: string | null
  product_collection?: string | null
  product_handle?: string | null
  thumbnail?: string | null
  total: BigNumberInput
}

export interface ShippingLineForBasket {
  name?: string | null
  shipping_option_id?: string | null
  total: BigNumberInput
}

export interface BasketOptions {
  /** Brand or seller reported as `skuMerchant`. */
  merchantName?: string
  /** Storefront product URL pattern, e.g. `https://shop.example/products/{handle}`. */
  productUrlTemplate?: string
}

/**
 * Haso's `basketList` (5.3) from a cart: one line per item at what the
 * shopper pays for it (discounts and taxes included) plus shipping. Each line
 * is rounded to the kuruş, and the rounding is settled on the largest line so
 * that the lines add up exactly to the order amount Haso is asked for.
 */
export function buildBasketList(
  items: CartLineForBasket[],
  shipping: ShippingLineForBasket[],
  orderAmountKurus: number,
  options: BasketOptions = {}
): BasketItem[] {
  const lines: BasketItem[] = items.map((item) => ({
    skuCode: item.variant_sku || item.variant_id || item.product_id || "ITEM",
    skudefinitionId: item.product_type || item.product_collection || undefined,
    skuAmount: toKurus(item.total),
    skuMerchant: options.merchantName,
    skuMerchantContributionRate: 0,
    productName: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" - ") || "Item",
    productUrl:
      options.productUrlTemplate && item.product_handle
        ? options.productUrlTemplate.replace("{handle}", encodeURIComponent(item.product_handle))
        : undefined,
    productImage: item.thumbnail || undefined,
  }))
  for (const method of shipping) {
    const amount = toKurus(method.total)
    if (amount > 0) {
      lines.push({
        skuCode: "SHIPPING",
        skudefinitionId: "shipping",
        skuAmount: amount,
        skuMerchant: options.merchantName,
        skuMerchantContributionRate: 0,
        productName: method.name || "Shipping",
      })
    }
  }
  settleRounding(lines, orderAmountKurus)
  return lines
}

function settleRounding(lines: BasketItem[], orderAmountKurus: number) {
  const difference = orderAmountKurus - lines.reduce((sum, line) => sum + line.skuAmount, 0)
  if (difference === 0 || !lines.length) {
    return
  }
  const largest = lines.reduce((max, line) => (line.skuAmount > max.skuAmount ? line : max), lines[0])
  if (largest.skuAmount + difference >= 0) {
    largest.skuAmount += difference
  }
}
