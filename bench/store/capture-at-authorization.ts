import crypto from "node:crypto"
import { AbstractPaymentProvider, ModuleProvider, Modules, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

/*
 * Benchmark store only (`pp_capture_at_authorization_bench`): Medusa's system
 * provider, except that authorization answers "captured", as a provider with
 * automatic capture does (Stripe's default). Medusa then records the capture
 * in the completion's own request, as it does for Haso with autoCapture on,
 * so the two completions do the same bookkeeping and the line compares what
 * Haso itself adds.
 */
class CaptureAtAuthorizationProvider extends AbstractPaymentProvider {
  static identifier = "capture_at_authorization"

  // Medusa's loader calls it with `new`; the base class's constructor is protected.
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
  }

  async initiatePayment() {
    return { id: crypto.randomUUID(), data: {} }
  }
  async authorizePayment() {
    return { data: {}, status: PaymentSessionStatus.CAPTURED }
  }
  async getPaymentStatus() {
    return { status: PaymentSessionStatus.CAPTURED, data: {} }
  }
  async retrievePayment() {
    return { data: {} }
  }
  async updatePayment() {
    return { data: {} }
  }
  async deletePayment() {
    return { data: {} }
  }
  async capturePayment() {
    return { data: {} }
  }
  async refundPayment() {
    return { data: {} }
  }
  async cancelPayment() {
    return { data: {} }
  }
  async createAccountHolder(input: { context: { customer: { id: string } } }) {
    return { id: input.context.customer.id }
  }
  async retrieveAccountHolder(input: { id: string }) {
    return { id: input.id }
  }
  async deleteAccountHolder() {
    return { data: {} }
  }
  async getWebhookActionAndData() {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [CaptureAtAuthorizationProvider] })
