import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { AuthorizePaymentOutput, Logger } from "@medusajs/framework/types"
import { hasoAnswerOf, hasoRefusal, isLostAnswer, toShopperError } from "../../errors"
import {
  HasoCodes,
  OrderStatus,
  TransactionStatus,
  findTransactionByMerchantOid,
  isHasoError,
  recentOffers,
  type HasoClient,
  type HasoProviderOptions,
} from "../../haso"
import type { PaymentLedger } from "../../ledger/payment-ledger"
import { currentHasoContext } from "../../request-context"
import { paymentStatusFor, planFromPayments, planFromTransaction } from "./mapping"
import type { HasoPaymentData, HasoSessionData } from "./session-data"

type Deps = { client: HasoClient; ledger: PaymentLedger; logger: Logger; options: HasoProviderOptions }

/**
 * Cart completion: Medusa has just created the order and asks for the
 * payment. Haso opens the transaction (5.3) and, with autoCapture on,
 * activates it at once (5.4, 1): the order exists, which is all Haso asks for,
 * and Medusa then records the capture itself, without a second workflow.
 */
export async function authorizeWithHaso(deps: Deps, session: HasoSessionData, knownCode?: string): Promise<AuthorizePaymentOutput> {
  if (knownCode) {
    // Authorized before (Medusa retried): read Haso's state instead of creating again.
    return adoptTransaction(deps, session, knownCode)
  }
  const { basket, user_address } = currentHasoContext()?.checkout?.get(session.session_id ?? "") ?? {
    basket: session.basket,
    user_address: session.user_address,
  }
  // The transaction takes from the limit: what the picker showed this shopper no longer holds.
  recentOffers.forget(deps.client.account, session.haso_customer_id)
  let data: HasoPaymentData
  try {
    const created = await deps.client.createTransaction({
      orderAmount: String(session.amount_kurus),
      selectedInstallment: session.installment_no,
      customerId: session.haso_customer_id,
      merchantOid: session.merchant_oid,
      basketList: (basket as HasoSessionData["basket"]) ?? undefined,
      userAddress: (user_address as HasoSessionData["user_address"]) ?? undefined,
      notCalculateFees: deps.options.notCalculateFees,
      forceRiskFreeEvaluate: deps.options.forceRiskFreeEvaluate,
      PostponeSelected: deps.options.postponeSelected,
    })
    data = {
      ...session,
      ...planFromTransaction(created.TransactionPayments),
      transaction_status: TransactionStatus.AwaitingOrderStatus,
      authorized_at: new Date().toISOString(),
      activated_at: null,
      cancelled_at: null,
    }
  } catch (error) {
    const recovered = await recoverCreatedTransaction(deps, session, error)
    if (recovered) {
      return recovered
    }
    if (isLostAnswer(error)) {
      // Haso may still create it: on record, so the sync can drop it if no order ever pays with it.
      await deps.ledger.record({ merchant_oid: session.merchant_oid, haso_customer_id: session.haso_customer_id, kind: "create", status: "unknown", amount_kurus: session.amount_kurus })
    }
    throw toShopperError(error, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR)
  }
  if (!session.auto_capture) {
    await deps.ledger.record({ ...operationOf(data), kind: "create", status: "succeeded", recorded: true })
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }
  return activateAtCheckout(deps, data, true)
}

/** Activation right after creation; `created` records the creation with it, in one write. */
async function activateAtCheckout(deps: Deps, data: HasoPaymentData, created = false): Promise<AuthorizePaymentOutput> {
  const creation = created ? [{ ...operationOf(data), kind: "create" as const, status: "succeeded" as const, recorded: true }] : []
  const reference = { merchantOid: data.merchant_oid, transactionCode: data.transaction_code }
  let status: number
  try {
    status = (await deps.client.updateTransaction({ ...reference, orderStatus: OrderStatus.Approved })).TransactionStatus
  } catch (error) {
    if (!isLostAnswer(error)) {
      // Haso refuses to activate (the limit dropped in between, the account was suspended):
      // drop the waiting transaction and decline, so the shopper can pay another way. If the
      // drop fails too, the ledger keeps it for the sync to drop later.
      const refused = { ...operationOf(data), kind: "capture" as const, status: "failed" as const, ...hasoAnswerOf(error) }
      const dropped = await deps.client.updateTransaction({ ...reference, orderStatus: OrderStatus.Cancelled }).then(
        () => ({ ...operationOf(data), kind: "cancel" as const, status: "succeeded" as const, recorded: true }),
        (dropError) => ({ ...operationOf(data), kind: "drop" as const, status: "pending" as const, ...hasoAnswerOf(dropError) })
      )
      await deps.ledger.recordAll([...creation, refused, dropped])
      throw toShopperError(error, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR)
    }
    status = await deps.client.getPaymentsOfTransaction(reference).then(
      (live) => live.TransactionStatus,
      () => TransactionStatus.AwaitingOrderStatus
    )
    if (status === TransactionStatus.AwaitingOrderStatus) {
      // Not active (yet): the order stands, authorized; the order.placed subscriber or the sync activates it.
      await deps.ledger.recordAll([...creation, { ...operationOf(data), kind: "capture", status: "unknown", ...hasoAnswerOf(error) }])
      return { status: PaymentSessionStatus.AUTHORIZED, data }
    }
  }
  const activated: HasoPaymentData = { ...data, transaction_status: status, activated_at: new Date().toISOString() }
  await deps.ledger.recordAll([...creation, { ...operationOf(activated), kind: "capture", status: "succeeded", recorded: true, medusa_reference: "checkout" }])
  return { status: PaymentSessionStatus.CAPTURED, data: activated }
}

/** Payment data for a transaction found at Haso rather than created by this call. */
async function adoptTransaction(deps: Deps, session: HasoSessionData, transactionCode: string): Promise<AuthorizePaymentOutput> {
  const live = await deps.client.getPaymentsOfTransaction({ merchantOid: session.merchant_oid, transactionCode }).catch((error) => {
    throw toShopperError(error, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR)
  })
  if (live.TransactionStatus === TransactionStatus.Cancelled) {
    throw hasoRefusal(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "haso_earlier_attempt_cancelled", {}, "haso_declined")
  }
  const now = new Date().toISOString()
  const data: HasoPaymentData = {
    ...session,
    transaction_code: transactionCode,
    transaction_status: live.TransactionStatus,
    total_amount: live.TotalAmount,
    fee: session.selected_installment?.fee ?? 0,
    down_payment: session.selected_installment?.down_payment ?? 0,
    down_payment_type: null,
    plan: planFromPayments(live.Payments),
    authorized_at: now,
    activated_at: live.TransactionStatus === TransactionStatus.AwaitingOrderStatus ? null : now,
    cancelled_at: null,
  }
  if (live.TransactionStatus === TransactionStatus.AwaitingOrderStatus && session.auto_capture) {
    return activateAtCheckout(deps, data)
  }
  return { status: paymentStatusFor(live.TransactionStatus), data }
}

/**
 * CreateTransaction failed without telling us whether Haso created it: a
 * lost answer, or H204 for a merchantOid we used before. Find the transaction
 * (H204 names it; otherwise 5.9) and adopt it, so a retry never opens a
 * second transaction. Undefined when there is nothing to adopt.
 */
async function recoverCreatedTransaction(deps: Deps, session: HasoSessionData, error: unknown): Promise<AuthorizePaymentOutput | undefined> {
  if (!isLostAnswer(error) && !isHasoError(error, HasoCodes.DuplicateMerchantOid)) {
    return undefined
  }
  try {
    const named = (error as { data?: Record<string, unknown> }).data?.TransactionCode
    const code =
      typeof named === "string" && named
        ? named
        : (await findTransactionByMerchantOid(deps.client, session.haso_customer_id, session.merchant_oid))?.TransactionCode
    return code ? await adoptTransaction(deps, session, code) : undefined
  } catch (recoveryError) {
    if (recoveryError instanceof MedusaError) {
      throw recoveryError
    }
    deps.logger.warn(`haso: could not reconcile ${session.merchant_oid} after a failed CreateTransaction: ${(recoveryError as Error).message}`)
    return undefined
  }
}

/** The ledger fields every operation on this transaction shares. */
export function operationOf(data: Pick<HasoPaymentData, "merchant_oid" | "transaction_code" | "haso_customer_id" | "amount_kurus">) {
  return {
    merchant_oid: data.merchant_oid,
    transaction_code: data.transaction_code,
    haso_customer_id: data.haso_customer_id,
    amount_kurus: data.amount_kurus,
  }
}
