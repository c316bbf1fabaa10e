import type { z } from "@medusajs/framework/zod"
import { HASO_CODES, HasoCodes, type HasoCode } from "../../haso/contract/codes"
import type { HasoServiceName, HasoServices } from "../../haso/contract/services"
import type { TransactionStatus } from "../../haso/contract/statuses"
import { lira } from "../pricing"
import type { Customer, SandboxState, Transaction } from "../state"

/* What every service handler shares: the refusal, the lookups and CustomerInfo. */

/** A business refusal: the server answers `Success=false` with `"<code>: <message>"`. */
export class HasoFailure extends Error {
  constructor(
    readonly code: HasoCode,
    message?: string,
    readonly data?: Record<string, unknown>
  ) {
    super(message ?? HASO_CODES[code].meaning)
  }
}

export function fail(code: HasoCode, message?: string, data?: Record<string, unknown>): never {
  throw new HasoFailure(code, message, data)
}

/** A request that passed its contract schema. */
export type ServiceInput<K extends HasoServiceName> = z.output<HasoServices[K]["request"]>

/** Turns a valid request into the answer's `Data`, or throws a HasoFailure. */
export type Handler<K extends HasoServiceName> = (state: SandboxState, input: ServiceInput<K>) => Record<string, unknown>

export type Handlers<K extends HasoServiceName> = { [S in K]: Handler<S> }

/** An amount field (already checked to be digits) as kuruş. */
export function kurus(value: string, field: string): number {
  const amount = Number(value)
  if (!Number.isSafeInteger(amount)) {
    fail(HasoCodes.InvalidField, `${field} is too large`)
  }
  return amount
}

export function requireCustomer(state: SandboxState, customerId: string): Customer {
  return state.customers.get(customerId) ?? fail(HasoCodes.CustomerNotFound, `Customer ${customerId} was not found`)
}

/** The transaction of this merchantOid and transactionCode; both must match (H207). */
export function requireTransaction(state: SandboxState, merchantOid: string, transactionCode: string): Transaction {
  const transaction = state.transactions.get(transactionCode)
  if (!transaction || transaction.merchantOid !== merchantOid) {
    fail(HasoCodes.TransactionNotFound, `No transaction ${transactionCode} for merchantOid ${merchantOid}`)
  }
  return transaction
}

export function requireStatus(transaction: Transaction, allowed: readonly TransactionStatus[], operation: string): void {
  if (!allowed.includes(transaction.status)) {
    fail(HasoCodes.StatusNotAllowed, `${operation} is not allowed on a transaction in status ${transaction.status}`)
  }
}

/** S.3 CustomerInfo. */
export function customerInfo(customer: Customer) {
  return {
    CustomerId: customer.customerId,
    CustomerLimit: lira(customer.limitKurus),
    AvailableLimit: lira(customer.availableKurus),
    Status: customer.status,
  }
}

export const RS100 = { Message: HasoCodes.Success }
