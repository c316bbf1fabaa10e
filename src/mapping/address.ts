import type { z } from "@medusajs/framework/zod"
import type { userAddress } from "../haso/contract/fields"

export type UserAddress = z.infer<typeof userAddress>

export interface AddressForHaso {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

const COUNTRY_NAMES: Record<string, string> = { tr: "TÜRKİYE" }

/**
 * Haso's `userAddress` (5.3) from the shipping address. Medusa's `city` is the
 * district and `province` the city in Turkish addresses (İlçe / İl). The phone
 * number is left out on purpose: this lands in payment data, which is stored
 * and shown to the shopper, and full phone numbers must not be copied there.
 */
export function buildUserAddress(address: AddressForHaso | null | undefined): UserAddress | undefined {
  if (!address) {
    return undefined
  }
  const country = address.country_code?.toLowerCase() ?? ""
  return {
    userNameSurname: [address.first_name, address.last_name].filter(Boolean).join(" ") || undefined,
    countryName: COUNTRY_NAMES[country] ?? (country.toUpperCase() || undefined),
    cityName: (address.province || address.city || undefined)?.toLocaleUpperCase("tr-TR"),
    townName: (address.province ? address.city : undefined)?.toLocaleUpperCase("tr-TR") || undefined,
    detail: [address.address_1, address.address_2].filter(Boolean).join(" ") || undefined,
    postalCode: address.postal_code || undefined,
  }
}
