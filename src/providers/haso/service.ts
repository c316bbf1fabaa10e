import { AbstractPaymentProvider, ContainerRegistrationKeys, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  CreateAccountHolderInput,
  CreateAccountHolderOutput,
  DeleteAccountHolderInput,
  DeleteAccountHolderOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentProviderContext,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrieveAccountHolderInput,
  RetrieveAccountHolderOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdateAccountHolderInput,
  UpdateAccountHolderOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { hasoRefusal, toStaffError } from "../../errors"
import { HasoClient, HasoConfigError, exactAmount, hasoProviderSchema, merchantOidFor, resolveHasoOptions, toKurus, type HasoProviderOptions } from "../../haso"
import { PaymentLedger, leaseMsFor, outcomeGraceMsFor, type LedgerDeps } from "../../ledger/payment-ledger"
import { currentHasoContext } from "../../request-context"
import { authorizeWithHaso } from "./authorize"
import { paymentStatusFor, planFromPayments } from "./mapping"
import { quoteInstallments, type QuoteInput } from "./quote"
import { refundOnce } from "./refund"
import {
  LATER_KEYS,
  parsePaymentData,
  parseSessionData,
  paymentDataSchema,
  sessionDataSchema,
  storefrontSessionInputSchema,
} from "./session-data"
import { activateOnce, closeTransaction } from "./settle"

const OPTIONS_OWNER = "payment provider (medusa-plugin-haso/providers/haso)"

type Dependencies = { logger: Logger; [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/**
 * Medusa payment provider for Haso installments (`pp_haso_<id>`).
 *
 * initiate → quote the limit and options (5.1/5.21); authorize → create the
 * transaction (5.3) and, with autoCapture, activate it (5.4, 1) now that the
 * order exists; capture → activate; refund → 5.7; cancel → drop a waiting
 * transaction (5.4, 2) or refund an active one. Every state-changing call is
 * on the ledger, under the transaction's lease.
 */
export class HasoProviderService extends AbstractPaymentProvider<HasoProviderOptions> {
  static identifier = "haso"

  static validateOptions(options: Record<string, unknown>): void {
    resolveProviderOptions(options)
  }

  protected readonly options_: HasoProviderOptions
  protected readonly client_: HasoClient
  protected readonly logger_: Logger
  protected readonly ledger_: PaymentLedger

  constructor(cradle: Dependencies, options: HasoProviderOptions) {
    super(cradle, options)
    this.options_ = resolveProviderOptions(options)
    this.logger_ = cradle.logger
    this.client_ = new HasoClient(this.options_, this.logger_, () => currentHasoContext()?.ip)
    this.ledger_ = new PaymentLedger(cradle[ContainerRegistrationKeys.PG_CONNECTION], leaseMsFor(this.options_))
  }

  private get deps(): LedgerDeps & { logger: Logger; options: HasoProviderOptions } {
    return { client: this.client_, ledger: this.ledger_, logger: this.logger_, options: this.options_, outcomeGraceMs: outcomeGraceMsFor(this.options_) }
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    assertTurkishLira(currency_code)
    const customerId = linkedHasoCustomerId(context)
    const sessionId = context?.idempotency_key ?? (data?.session_id as string | undefined)
    if (!sessionId) {
      throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_session_invalid")
    }
    const input = storefrontSessionInputSchema.safeParse(data ?? {})
    if (!input.success) {
      throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_option_invalid", {}, "haso_option_not_offered")
    }
    const quote = await this.quote({
      merchant_oid: merchantOidFor(sessionId),
      haso_customer_id: customerId,
      amount_kurus: toKurus(amount),
      amount: exactAmount(amount),
      installment_no: input.data.installment_no,
    })
    const blanks = Object.fromEntries(LATER_KEYS.map((key) => [key, null]))
    return { id: quote.merchant_oid, data: { ...blanks, ...quote, session_id: sessionId } }
  }

  /** Not called by Medusa 2.21 (a changed cart gets a new session); re-quotes for custom code that calls it. */
  async updatePayment({ amount, currency_code, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    assertTurkishLira(currency_code)
    const session = parseSessionData(data)
    const amountKurus = toKurus(amount)
    if (amountKurus === session.amount_kurus && session.installment_no === session.selected_installment?.installment_no) {
      return { data: { ...data, ...session } }
    }
    const quote = await this.quote({ ...session, amount_kurus: amountKurus, amount: exactAmount(amount) })
    return { data: { ...data, ...session, ...quote } }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = parseSessionData(data)
    return authorizeWithHaso(this.deps, session, typeof data?.transaction_code === "string" ? data.transaction_code : undefined)
  }

  async capturePayment({ data, context }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: await activateOnce(this.deps, parsePaymentData(data), context?.idempotency_key) }
  }

  async refundPayment({ data, amount, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const payment = parsePaymentData(data)
    await refundOnce(this.deps, { payment, amount, medusaReference: context?.idempotency_key })
    // What was refunded lives in the ledger and in Medusa's refund rows; the data keeps the plan's state.
    return { data: payment }
  }

  async cancelPayment({ data, context }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const payment = paymentDataSchema.safeParse(data)
    if (!payment.success) {
      // Never authorized: at most a transaction from a lost answer waits at Haso; the sync drops it.
      await this.recordDropIfAttempted(data)
      return { data: data ?? {} }
    }
    return { data: (await closeTransaction(this.deps, payment.data, context?.idempotency_key)).data }
  }

  /**
   * Medusa deletes sessions whenever the cart changes, so this never waits on
   * Haso: a transaction can only exist if an authorization was attempted, and
   * then dropping it is left to the sync, in the background.
   */
  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    await this.recordDropIfAttempted(data).catch((error) =>
      this.logger_.warn(`haso: could not note a payment session to drop at Haso: ${(error as Error).message}`)
    )
    return { data: data ?? {} }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const payment = paymentDataSchema.safeParse(data)
    if (!payment.success) {
      return { status: PaymentSessionStatus.PENDING, data }
    }
    const live = await this.readLive(payment.data)
    return { status: paymentStatusFor(live.TransactionStatus), data: { ...payment.data, transaction_status: live.TransactionStatus } }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const payment = parsePaymentData(data)
    const live = await this.readLive(payment)
    return { data: { ...payment, transaction_status: live.TransactionStatus, plan: planFromPayments(live.Payments) } }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    // Haso V.41 sends no webhooks; state is read back through 5.5, 5.9 and 5.11.
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  /**
   * The account holder carries the Haso customer id to checkout, where the
   * provider cannot read our module. Our link workflow creates it with
   * `context.haso_customer_id`; for a customer without a Haso account nothing
   * is created, and initiatePayment explains what to do.
   */
  async createAccountHolder({ context }: CreateAccountHolderInput): Promise<CreateAccountHolderOutput> {
    const hasoCustomerId = (context as { haso_customer_id?: unknown }).haso_customer_id
    if (typeof hasoCustomerId !== "string" || !hasoCustomerId) {
      return {} as CreateAccountHolderOutput
    }
    return { id: hasoCustomerId, data: { haso_customer_id: hasoCustomerId } }
  }

  async retrieveAccountHolder({ id }: RetrieveAccountHolderInput): Promise<RetrieveAccountHolderOutput> {
    return { id, data: { haso_customer_id: id } }
  }

  async updateAccountHolder(_input: UpdateAccountHolderInput): Promise<UpdateAccountHolderOutput> {
    return {}
  }

  async deleteAccountHolder(_input: DeleteAccountHolderInput): Promise<DeleteAccountHolderOutput> {
    return {}
  }

  private quote(input: QuoteInput) {
    return quoteInstallments(this.client_, this.options_, input)
  }

  private async readLive(payment: { merchant_oid: string; transaction_code: string }) {
    try {
      return await this.client_.getPaymentsOfTransaction({ merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code })
    } catch (error) {
      throw toStaffError(error, "read_plan")
    }
  }

  /** Notes a session's transaction for the sync to drop, when an authorization of it was attempted. */
  private async recordDropIfAttempted(data: Record<string, unknown> | undefined): Promise<void> {
    const session = sessionDataSchema.safeParse(data)
    if (!session.success) {
      return
    }
    const code = typeof data?.transaction_code === "string" ? data.transaction_code : null
    const operations = code ? [] : await this.ledger_.operations(session.data.merchant_oid)
    const attempted = !!code || operations.some((operation) => operation.kind === "create")
    const noted = operations.some((operation) => operation.kind === "drop" && operation.status === "pending")
    if (attempted && !noted) {
      await this.ledger_.record({
        merchant_oid: session.data.merchant_oid,
        transaction_code: code,
        haso_customer_id: session.data.haso_customer_id,
        kind: "drop",
        status: "pending",
      })
    }
  }
}

function resolveProviderOptions(options: Record<string, unknown> | undefined): HasoProviderOptions {
  try {
    return resolveHasoOptions(hasoProviderSchema, options, OPTIONS_OWNER)
  } catch (error) {
    if (error instanceof HasoConfigError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
}

function assertTurkishLira(currencyCode: string | undefined) {
  if (currencyCode?.toLowerCase() !== "try") {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_currency_not_supported", {
      currency: String(currencyCode ?? "-").toUpperCase(),
    })
  }
}

/** The Haso customer id Medusa hands over in the account holder at checkout. */
function linkedHasoCustomerId(context: PaymentProviderContext | undefined): string {
  if (!context?.customer) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_login_required")
  }
  const id = context.account_holder?.data?.haso_customer_id
  if (typeof id !== "string" || !id) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_not_linked")
  }
  return id
}
