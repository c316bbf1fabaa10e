import { HasoCodes } from "../../haso/contract/codes"
import { CustomerStatus } from "../../haso/contract/statuses"
import type { Customer, SandboxState } from "../state"
import { RS100, fail, kurus, requireCustomer, type Handlers } from "./common"

/* Customer administration: 5.15 GSM change, 5.16 suspend, 5.18 special limit, 5.22 reactivate. */

export interface CustomerDetails {
  name: string
  surname: string
  email: string
  tckn: string
  mobileNumber: string
  dealerSegment?: string | null
}

/**
 * Creates the customer of this TCKN with the limit, or gives a known one the
 * new limit (available = limit − what active transactions still hold).
 */
export function registerCustomer(state: SandboxState, details: CustomerDetails, limitKurus: number): Customer {
  const known = state.customersByTckn.get(details.tckn)
  if (known) {
    known.name = details.name
    known.surname = details.surname
    known.email = details.email
    known.mobileNumber = details.mobileNumber
    known.dealerSegment = details.dealerSegment ?? known.dealerSegment
    state.setLimit(known, limitKurus)
    return known
  }
  return state.addCustomer({
    customerId: state.nextCustomerId(),
    name: details.name,
    surname: details.surname,
    email: details.email,
    tckn: details.tckn,
    mobileNumber: details.mobileNumber,
    dealerSegment: details.dealerSegment ?? null,
    limitKurus,
    availableKurus: limitKurus,
    balanceKurus: 0,
    status: CustomerStatus.Active,
    risky: false,
  })
}

export const customerHandlers: Handlers<
  "changeCustomerGsmNo" | "suspendCustomer" | "setCustomerSpecialLimit" | "reactivateCustomer"
> = {
  changeCustomerGsmNo(state, input) {
    const customer = requireCustomer(state, input.customerId)
    if (customer.mobileNumber === input.newGsmNo) {
      fail(HasoCodes.SameGsmNo)
    }
    const holder = state.customerByMobile(input.newGsmNo)
    if (holder && holder !== customer) {
      // [doc, legacy] RS115 is a successful answer listing the numbers KKB knows for the customer.
      return { Message: HasoCodes.GsmNotUsable, KkbPhones: [customer.mobileNumber] }
    }
    customer.mobileNumber = input.newGsmNo
    return RS100
  },

  suspendCustomer(state, input) {
    requireCustomer(state, input.customerId).status = CustomerStatus.Suspended
    return RS100
  },

  reactivateCustomer(state, input) {
    requireCustomer(state, input.customerId).status = CustomerStatus.Active
    return RS100
  },

  setCustomerSpecialLimit(state, input) {
    const customer = requireCustomer(state, input.customerId)
    state.setLimit(customer, kurus(input.limitAmount, "limitAmount"))
    return RS100
  },
}
