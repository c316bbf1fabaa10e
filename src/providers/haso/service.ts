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
  CustomerStatus,
  HasoClient,
  HasoCodes,
  HasoConfigError,
  HasoError,
  OrderStatus,
  TransactionStatus,
  cancellationRefundIdFor,
  fetchInstallmentOffers,
  findTransactionByMerchantOid,
  hasoDecimalToKurus,
  hasoProviderSchema,
  isHasoError,
  isRefundableStatus,
  merchantOidFor,
  refundIdFor,
  resolveHasoOptions,
  toKurus,
  type HasoProviderOptions,
  type RefundResult,
} from "../../haso"
import {
  formatTry,
  paymentStatusFor,
  planFromPayments,
  planFromTransaction,
  shopperError,
  staffError,
} from "./mapping"
import {
  LATER_KEYS,
  paymentDataSchema,
  refundedKurus,
  sessionDataSchema,
  storefrontSessionInputSchema,
  type HasoPaymentData,
  type HasoSessionData,
} from "./session-data"

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
      return this.adoptTransaction(session, String(data.transaction_code))
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
      const recovered = await this.recoverCreatedTransaction(session, error)
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
    const result = await this.refundOnce(payment, refundId, amountKurus)
    return { data: withRefund(payment, refundId, amountKurus, result) }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const payment = paymentDataSchema.safeParse(data)
    if (!payment.success) {
      // Never authorized: only a waiting transaction from a lost answer can exist.
      await this.dropWaitingTransaction(parseSessionData(data))
      return { data: data ?? {} }
    }
    const reference = { merchantOid: payment.data.merchant_oid, transactionCode: payment.data.transaction_code }
    try {
      const live = await this.client_.getPaymentsOfTransaction(reference)
      if (live.TransactionStatus === TransactionStatus.AwaitingOrderStatus) {
        await this.client_.updateTransaction({ ...reference, orderStatus: OrderStatus.Cancelled })
        return { data: { ...payment.data, transaction_status: TransactionStatus.Cancelled, cancelled_at: new Date().toISOString() } }
      }
      if (isRefundableStatus(live.TransactionStatus as TransactionStatus)) {
        const remaining = payment.data.amount_kurus - refundedKurus(payment.data)
        const refundId = cancellationRefundIdFor(payment.data.merchant_oid)
        const result = await this.refundOnce(payment.data, refundId, remaining)
        return { data: { ...withRefund(payment.data, refundId, remaining, result), cancelled_at: new Date().toISOString() } }
      }
      if (live.TransactionStatus === TransactionStatus.Cancelled) {
        return { data: { ...payment.data, transaction_status: TransactionStatus.Cancelled, cancelled_at: payment.data.cancelled_at ?? new Date().toISOString() } }
      }
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Haso transaction ${payment.data.transaction_code} is in status ${live.TransactionStatus} and can no longer be cancelled.`
      )
    } catch (error) {
      throw staffError(error, "cancel the Haso transaction")
    }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const session = sessionDataSchema.safeParse(data)
    if (session.success) {
      // Medusa deletes sessions whenever the cart changes; never fail that.
      await this.dropWaitingTransaction(session.data, data?.transaction_code as string | undefined).catch((error) =>
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

  /** The customer's limit and options for the amount, and the chosen option checked against them. */
  private async quote(input: {
    merchant_oid: string
    haso_customer_id: string
    amount_kurus: number
    installment_no?: number
  }): Promise<HasoSessionData> {
    let result: Awaited<ReturnType<typeof fetchInstallmentOffers>>
    try {
      result = await fetchInstallmentOffers(this.client_, {
        customerId: input.haso_customer_id,
        amountKurus: input.amount_kurus,
        dealerSegment: this.options_.dealerSegment,
        notCalculateFees: this.options_.notCalculateFees,
        forceRiskFreeEvaluate: this.options_.forceRiskFreeEvaluate,
        postponeSelected: this.options_.postponeSelected,
      })
    } catch (error) {
      throw shopperError(error, "Haso could not quote installments for this cart.")
    }
    const { customer, offers } = result
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Haso does not know this customer any more. Please link your Haso account again.")
    }
    if (customer.Status === CustomerStatus.Suspended) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your Haso account is suspended, so it cannot be used for this order.")
    }
    const available = hasoDecimalToKurus(customer.AvailableLimit)
    if (available < input.amount_kurus) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Your available Haso limit (${formatTry(available)}) is lower than the order total (${formatTry(input.amount_kurus)}).`
      )
    }
    if (!offers.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Haso offers no installment option for ${formatTry(input.amount_kurus)}.`)
    }
    const chosen = input.installment_no ?? offers[0].installment_no
    const selected = offers.find((offer) => offer.installment_no === chosen)
    if (!selected) {
      const offered = offers.map((offer) => `${offer.installment_no} (${offer.installment_count} installments)`).join(", ")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Installment option ${chosen} is not offered for ${formatTry(input.amount_kurus)}. Offered installment_no values: ${offered}.`
      )
    }
    return {
      merchant_oid: input.merchant_oid,
      haso_customer_id: input.haso_customer_id,
      amount_kurus: input.amount_kurus,
      currency_code: "try",
      installment_no: selected.installment_no,
      installment_options: offers,
      selected_installment: selected,
      available_limit: customer.AvailableLimit,
      auto_capture: this.options_.autoCapture,
    }
  }

  /**
   * CreateTransaction failed without telling us whether Haso created it: a
   * lost answer, or H204 for a merchantOid we used before. Find the
   * transaction (H204 names it; otherwise 5.9) and adopt it, so a retry never
   * opens a second transaction.
   */
  private async recoverCreatedTransaction(session: HasoSessionData, error: unknown): Promise<AuthorizePaymentOutput | undefined> {
    const lostAnswer = error instanceof HasoError && error.isTransport
    if (!lostAnswer && !isHasoError(error, HasoCodes.DuplicateMerchantOid)) {
      return undefined
    }
    try {
      const named = (error as HasoError).data?.TransactionCode
      const code =
        typeof named === "string" && named
          ? named
          : (await findTransactionByMerchantOid(this.client_, session.haso_customer_id, session.merchant_oid))?.TransactionCode
      return code ? await this.adoptTransaction(session, code) : undefined
    } catch (recoveryError) {
      if (recoveryError instanceof MedusaError) {
        throw recoveryError
      }
      this.logger_.warn(`haso: could not reconcile ${session.merchant_oid} after a failed CreateTransaction: ${(recoveryError as Error).message}`)
      return undefined
    }
  }

  private async adoptTransaction(session: HasoSessionData, transactionCode: string): Promise<AuthorizePaymentOutput> {
    const live = await this.client_.getPaymentsOfTransaction({ merchantOid: session.merchant_oid, transactionCode })
    if (live.TransactionStatus === TransactionStatus.Cancelled) {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "An earlier attempt of this Haso payment was cancelled. Please choose Haso again to start a new payment."
      )
    }
    const selected = session.selected_installment
    const data: HasoPaymentData = {
      ...session,
      transaction_code: transactionCode,
      transaction_status: live.TransactionStatus,
      total_amount: live.TotalAmount,
      fee: selected?.fee ?? 0,
      down_payment: selected?.down_payment ?? 0,
      down_payment_type: null,
      plan: planFromPayments(live.Payments),
      authorized_at: new Date().toISOString(),
      activated_at: live.TransactionStatus === TransactionStatus.AwaitingOrderStatus ? null : new Date().toISOString(),
      cancelled_at: null,
      refunds: [],
    }
    return { status: paymentStatusFor(live.TransactionStatus), data }
  }

  /**
   * Sends a refund at most once per refundId. H307 or a lost answer means
   * "maybe done": CheckRefund decides, and a refund Haso already holds counts
   * as done.
   */
  private async refundOnce(payment: HasoPaymentData, refundId: string, amountKurus: number): Promise<RefundResult> {
    const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
    try {
      return await this.client_.refundTransaction({ ...reference, refundAmount: String(amountKurus), refundId })
    } catch (error) {
      const maybeDone = isHasoError(error, HasoCodes.RefundAlreadyMade) || (error instanceof HasoError && error.isTransport)
      if (!maybeDone) {
        throw staffError(error, "refund the Haso transaction")
      }
      let existing: RefundResult
      try {
        existing = await this.client_.checkRefund({ ...reference, refundId })
      } catch (checkError) {
        throw staffError(isHasoError(checkError, HasoCodes.RefundNotFound) ? error : checkError, "refund the Haso transaction")
      }
      if (existing.RefundAmount !== undefined && hasoDecimalToKurus(existing.RefundAmount) !== amountKurus) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Haso already holds refund ${refundId} of ${formatTry(hasoDecimalToKurus(existing.RefundAmount))}, not the ${formatTry(amountKurus)} asked for. Refund exactly that amount to record it in Medusa.`
        )
      }
      return existing
    }
  }

  /** Drops the session's transaction at Haso if it exists and still waits for the order. */
  private async dropWaitingTransaction(session: HasoSessionData, knownCode?: string): Promise<void> {
    const code =
      knownCode ?? (await findTransactionByMerchantOid(this.client_, session.haso_customer_id, session.merchant_oid))?.TransactionCode
    if (!code) {
      return
    }
    try {
      await this.client_.updateTransaction({ merchantOid: session.merchant_oid, transactionCode: code, orderStatus: OrderStatus.Cancelled })
    } catch (error) {
      // An active transaction answers H208: it belongs to an order and is not ours to drop here.
      if (!isHasoError(error, HasoCodes.StatusNotAllowed)) {
        throw error
      }
    }
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

function parseSessionData(data: Record<string, unknown> | undefined): HasoSessionData {
  const parsed = sessionDataSchema.safeParse(data)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This payment session was not started by the Haso provider; create a new Haso payment session.")
  }
  return parsed.data
}

function parsePaymentData(data: Record<string, unknown> | undefined): HasoPaymentData {
  const parsed = paymentDataSchema.safeParse(data)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This payment has no Haso transaction; it was never authorized by Haso.")
  }
  return parsed.data
}

function withRefund(payment: HasoPaymentData, refundId: string, amountKurus: number, result: RefundResult): HasoPaymentData {
  const refunds = [
    ...payment.refunds,
    { refund_id: refundId, amount_kurus: amountKurus, haso_refund_amount: result.hasoRefundAmount, refunded_at: new Date().toISOString() },
  ]
  const fullyRefunded = refunds.reduce((sum, refund) => sum + refund.amount_kurus, 0) >= payment.amount_kurus
  return {
    ...payment,
    refunds,
    transaction_status: fullyRefunded ? TransactionStatus.Cancelled : TransactionStatus.PartiallyRefunded,
  }
}
