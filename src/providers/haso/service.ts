import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
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
import {
  HasoClient,
  HasoConfigError,
  HasoError,
  OrderStatus,
  TransactionStatus,
  hasoProviderSchema,
  merchantOidFor,
  refundIdFor,
  resolveHasoOptions,
  toKurus,
  type HasoProviderOptions,
} from "../../haso"
import { formatTry, paymentStatusFor, planFromPayments, planFromTransaction, shopperError, staffError } from "./mapping"
import { quoteInstallments, type QuoteInput } from "./quote"
import {
  LATER_KEYS,
  parsePaymentData,
  parseSessionData,
  paymentDataSchema,
  refundedKurus,
  sessionDataSchema,
  storefrontSessionInputSchema,
  type HasoPaymentData,
} from "./session-data"
import {
  adoptTransaction,
  dropWaitingTransaction,
  recoverCreatedTransaction,
  refundOnce,
  settleTransaction,
  withRefund,
} from "./transactions"

const WHERE = "payment provider (medusa-plugin-haso/providers/haso)"

type Dependencies = { logger: Logger }

/**
 * Medusa payment provider for Haso installments (`pp_haso_<id>`).
 *
 * initiate → quote the limit and options (5.1/5.21); authorize → create the
 * transaction (5.3); capture → activate it (5.4, 1); refund → 5.7;
 * cancel/delete → drop a waiting transaction (5.4, 2) or refund an active one.
 */
export class HasoProviderService extends AbstractPaymentProvider<HasoProviderOptions> {
  static identifier = "haso"

  static validateOptions(options: Record<string, unknown>): void {
    resolveProviderOptions(options)
  }

  protected readonly options_: HasoProviderOptions
  protected readonly client_: HasoClient
  protected readonly logger_: Logger

  constructor(cradle: Dependencies, options: HasoProviderOptions) {
    super(cradle, options)
    this.options_ = resolveProviderOptions(options)
    this.logger_ = cradle.logger
    this.client_ = new HasoClient(this.options_, this.logger_)
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    assertTurkishLira(currency_code)
    const customerId = linkedHasoCustomerId(context)
    const sessionId = context?.idempotency_key ?? (data?.session_id as string | undefined)
    if (!sessionId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A Haso payment needs Medusa's payment session id.")
    }
    const input = storefrontSessionInputSchema.safeParse(data ?? {})
    if (!input.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "installment_no must be the whole number of an offered Haso installment option.")
    }
    const quote = await this.quote({
      merchant_oid: merchantOidFor(sessionId),
      haso_customer_id: customerId,
      amount_kurus: toKurus(amount),
      installment_no: input.data.installment_no,
    })
    const blanks = Object.fromEntries(LATER_KEYS.map((key) => [key, null]))
    return { id: quote.merchant_oid, data: { ...blanks, ...quote, session_id: sessionId } }
  }

  /** Called by our complete-cart hook (and custom code) with the amount and the cart's basket. */
  async updatePayment({ amount, currency_code, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    assertTurkishLira(currency_code)
    const session = parseSessionData(data)
    const amountKurus = toKurus(amount)
    const changed =
      amountKurus !== session.amount_kurus || session.installment_no !== session.selected_installment?.installment_no
    if (!changed) {
      return { data: { ...data, ...session } }
    }
    const quote = await this.quote({ ...session, amount_kurus: amountKurus })
    return { data: { ...data, ...session, ...quote } }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = parseSessionData(data)
    if (data?.transaction_code) {
      // Authorized before (Medusa retried): read Haso's state instead of creating again.
      return adoptTransaction(this.client_, session, String(data.transaction_code))
    }
    try {
      const created = await this.client_.createTransaction({
        orderAmount: String(session.amount_kurus),
        selectedInstallment: session.installment_no,
        customerId: session.haso_customer_id,
        merchantOid: session.merchant_oid,
        basketList: session.basket ?? undefined,
        userAddress: session.user_address ?? undefined,
        notCalculateFees: this.options_.notCalculateFees,
        forceRiskFreeEvaluate: this.options_.forceRiskFreeEvaluate,
        PostponeSelected: this.options_.postponeSelected,
      })
      const data: HasoPaymentData = {
        ...session,
        ...planFromTransaction(created.TransactionPayments),
        transaction_status: TransactionStatus.AwaitingOrderStatus,
        authorized_at: new Date().toISOString(),
        activated_at: null,
        cancelled_at: null,
        refunds: [],
      }
      return { status: PaymentSessionStatus.AUTHORIZED, data }
    } catch (error) {
      const recovered = await recoverCreatedTransaction(this.client_, this.logger_, session, error)
      if (recovered) {
        return recovered
      }
      throw shopperError(error, "Haso could not authorize this payment.")
    }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const payment = parsePaymentData(data)
    if (payment.activated_at) {
      return { data: payment }
    }
    const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
    let status: number
    try {
      status = (await this.client_.updateTransaction({ ...reference, orderStatus: OrderStatus.Approved })).TransactionStatus
    } catch (error) {
      if (!(error instanceof HasoError && error.isTransport)) {
        throw staffError(error, "activate the Haso transaction")
      }
      // The answer was lost: Haso may have activated it anyway.
      status = (await this.client_.getPaymentsOfTransaction(reference)).TransactionStatus
      if (status === TransactionStatus.AwaitingOrderStatus) {
        throw staffError(error, "activate the Haso transaction")
      }
    }
    if (status === TransactionStatus.Cancelled) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Haso transaction ${payment.transaction_code} is cancelled and cannot be captured.`)
    }
    return { data: { ...payment, transaction_status: status, activated_at: new Date().toISOString() } }
  }

  async refundPayment({ data, amount }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const payment = parsePaymentData(data)
    const amountKurus = toKurus(amount)
    const refundable = payment.amount_kurus - refundedKurus(payment)
    if (amountKurus <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A Haso refund must be more than 0.")
    }
    if (amountKurus > refundable) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot refund ${formatTry(amountKurus)}: only ${formatTry(refundable)} of this Haso payment is left to refund.`
      )
    }
    const refundId = refundIdFor(payment.merchant_oid, payment.refunds.length + 1)
    const result = await refundOnce(this.client_, payment, refundId, amountKurus)
    return { data: withRefund(payment, refundId, amountKurus, result) }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const payment = paymentDataSchema.safeParse(data)
    if (!payment.success) {
      // Never authorized: only a waiting transaction from a lost answer can exist.
      await dropWaitingTransaction(this.client_, parseSessionData(data))
      return { data: data ?? {} }
    }
    try {
      return { data: (await settleTransaction(this.client_, payment.data)).data }
    } catch (error) {
      throw staffError(error, "cancel the Haso transaction")
    }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const session = sessionDataSchema.safeParse(data)
    if (session.success) {
      // Medusa deletes sessions whenever the cart changes; never fail that.
      await dropWaitingTransaction(this.client_, session.data, data?.transaction_code as string | undefined).catch((error) =>
        this.logger_.warn(`haso: could not drop the waiting transaction of ${session.data.merchant_oid}: ${error.message}`)
      )
    }
    return { data: data ?? {} }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const payment = paymentDataSchema.safeParse(data)
    if (!payment.success) {
      return { status: PaymentSessionStatus.PENDING, data }
    }
    const live = await this.client_.getPaymentsOfTransaction({
      merchantOid: payment.data.merchant_oid,
      transactionCode: payment.data.transaction_code,
    })
    return { status: paymentStatusFor(live.TransactionStatus), data: { ...payment.data, transaction_status: live.TransactionStatus } }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const payment = parsePaymentData(data)
    const live = await this.client_.getPaymentsOfTransaction({
      merchantOid: payment.merchant_oid,
      transactionCode: payment.transaction_code,
    })
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
}

function resolveProviderOptions(options: Record<string, unknown> | undefined): HasoProviderOptions {
  try {
    return resolveHasoOptions(hasoProviderSchema, options, WHERE)
  } catch (error) {
    if (error instanceof HasoConfigError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
}

function assertTurkishLira(currencyCode: string | undefined) {
  if (currencyCode?.toLowerCase() !== "try") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Haso only takes payments in Turkish lira (TRY); this cart is in ${String(currencyCode ?? "no currency").toUpperCase()}.`
    )
  }
}

function linkedHasoCustomerId(context: PaymentProviderContext | undefined): string {
  if (!context?.customer) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Log in to pay with Haso installments.")
  }
  const id = context.account_holder?.data?.haso_customer_id
  if (typeof id !== "string" || !id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Your account is not linked to Haso yet. Complete Haso onboarding to see your limit and pay in installments."
    )
  }
  return id
}
