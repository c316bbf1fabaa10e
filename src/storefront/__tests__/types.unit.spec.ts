/*
 * The kit keeps its own copy of the API's shapes (it must not load server
 * code). These compile-time checks, run by `npm run typecheck`, fail when a
 * server presenter's answer no longer fits the kit's type.
 */
import type {
  presentCustomerPayment,
  presentInstallment,
  presentLimit,
  presentLink,
  presentTransaction,
} from "../../api/utils/presenters"
import type { InstallmentOffer as ServerInstallmentOffer } from "../../haso/installments"
import type { HasoSessionData as ServerSessionData } from "../../providers/haso/session-data"
import type {
  CustomerPayment,
  HasoCustomerSummary,
  HasoLink,
  HasoSessionData,
  HasoTransaction,
  InstallmentOffer,
  PlanInstallment,
} from "../types"

/** What JSON makes of a value: dates become strings. */
type Json<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Array<Json<U>>
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T

type IsAny<T> = 0 extends 1 & T ? true : false
/** true when the server's `Server` fits the kit's `Kit` (and is not `any`, which fits everything). */
type Fits<Server, Kit> = IsAny<Server> extends true ? false : [Json<Server>] extends [Kit] ? true : false
function check<T extends true>(): T | undefined {
  return undefined
}

check<Fits<ReturnType<typeof presentLink>, HasoLink>>()
check<Fits<ReturnType<typeof presentLink>, HasoCustomerSummary>>()
check<Fits<ReturnType<typeof presentLimit>, HasoCustomerSummary>>()
check<Fits<ReturnType<typeof presentInstallment>, PlanInstallment>>()
check<Fits<ReturnType<typeof presentTransaction>, HasoTransaction>>()
check<Fits<ReturnType<typeof presentCustomerPayment>, CustomerPayment>>()
check<Fits<ServerInstallmentOffer, InstallmentOffer>>()
check<Fits<ServerSessionData, HasoSessionData>>()

describe("storefront kit module graph", () => {
  it("loads no server code", () => {
    // setupFiles load @medusajs/framework into this registry; start from an empty one.
    jest.resetModules()
    require("..")
    const loaded = Object.keys(require.cache)

    expect(loaded.some((file) => file.endsWith("/src/storefront/index.ts"))).toBe(true)
    expect(loaded.filter((file) => /@medusajs\/framework|\/src\/(api|haso|providers|modules|workflows)\/|\/zod\//.test(file))).toEqual([])
    // Nothing outside the kit: it is self-contained.
    expect(loaded.filter((file) => !file.includes("/src/storefront/"))).toEqual([])
  })
})
