import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { hasoCapturePolicy } from "./edge/haso-capture-policy"
import { hasoRequestContext } from "./edge/haso-context"
import { queueHasoRefunds } from "./edge/haso-refund-queue"
import {
  ConfirmHasoOnboarding,
  GetHasoInstallments,
  GetHasoQuote,
  ListHasoPayments,
  ListHasoTransactions,
  PayHasoOrder,
  ResendHasoPin,
  StartHasoOnboarding,
} from "./store/haso/validators"
import {
  AdminHasoBalance,
  AdminHasoCustomerQuery,
  AdminHasoExecutionExpenses,
  AdminHasoExecutionPayment,
  AdminHasoGsm,
  AdminHasoKdsLimit,
  AdminHasoLimit,
  AdminHasoListQuery,
  AdminHasoPaidInstallments,
  AdminHasoPredefinedLimit,
  AdminHasoReconciliationsQuery,
  AdminHasoRunReconciliation,
} from "./admin/haso/validators"

const noQuery = validateAndTransformQuery(z.object({}), {})
const EmptyBody = z.object({})
const customer = authenticate("customer", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    // Every store and admin request, Medusa's own included: see edge/haso-context.ts.
    { matcher: "/store*", middlewares: [hasoRequestContext] },
    { matcher: "/admin*", middlewares: [hasoRequestContext] },
    { matcher: "/admin/payments/:id/capture", methods: ["POST"], middlewares: [hasoCapturePolicy] },
    { matcher: "/admin/payments/:id/refund", methods: ["POST"], middlewares: [queueHasoRefunds] },

    // Store: the quote is public (a product page); everything else acts on the logged-in customer's own Haso account.
    { matcher: "/store/haso/quote", methods: ["GET"], middlewares: [validateAndTransformQuery(GetHasoQuote, {})] },
    { matcher: "/store/haso/onboarding*", middlewares: [customer] },
    { matcher: "/store/haso/me*", middlewares: [customer] },
    { matcher: "/store/haso/installments", middlewares: [customer] },
    { matcher: "/store/haso/orders*", middlewares: [customer] },
    { matcher: "/store/haso/onboarding", methods: ["POST"], middlewares: [validateAndTransformBody(StartHasoOnboarding)] },
    { matcher: "/store/haso/onboarding/confirm", methods: ["POST"], middlewares: [validateAndTransformBody(ConfirmHasoOnboarding)] },
    { matcher: "/store/haso/onboarding/resend-pin", methods: ["POST"], middlewares: [validateAndTransformBody(ResendHasoPin)] },
    { matcher: "/store/haso/onboarding/:reference", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/store/haso/onboarding/:reference/check", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/store/haso/me", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/store/haso/me/transactions", methods: ["GET"], middlewares: [validateAndTransformQuery(ListHasoTransactions, {})] },
    { matcher: "/store/haso/me/payments", methods: ["GET"], middlewares: [validateAndTransformQuery(ListHasoPayments, {})] },
    { matcher: "/store/haso/installments", methods: ["GET"], middlewares: [validateAndTransformQuery(GetHasoInstallments, {})] },
    { matcher: "/store/haso/orders/:id", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/store/haso/orders/:id/pay", methods: ["POST"], middlewares: [validateAndTransformBody(PayHasoOrder)] },

    // Admin: /admin/* already requires an authenticated admin (401 without).
    { matcher: "/admin/haso/orders/:id/execution", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/admin/haso/orders/:id/execution/payments", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoExecutionPayment)] },
    { matcher: "/admin/haso/orders/:id/execution/expenses", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoExecutionExpenses)] },
    { matcher: "/admin/haso/orders/:id/paid-installments", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoPaidInstallments)] },
    { matcher: "/admin/haso/orders/:id/sync", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/admin/haso/orders/:id/plan", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/haso/orders/:id/events", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminHasoListQuery, {})] },
    { matcher: "/admin/haso/customers/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminHasoCustomerQuery, {})] },
    { matcher: "/admin/haso/customers/:id/balance", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoBalance)] },
    { matcher: "/admin/haso/customers/:id/gsm", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoGsm)] },
    { matcher: "/admin/haso/customers/:id/suspend", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/admin/haso/customers/:id/reactivate", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/admin/haso/customers/:id/limit", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoLimit)] },
    { matcher: "/admin/haso/customers/:id/predefined-limit", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoPredefinedLimit)] },
    { matcher: "/admin/haso/customers/:id/kds-limit", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoKdsLimit)] },
    { matcher: "/admin/haso/installment-rates", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/haso/reconciliations", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminHasoReconciliationsQuery, {})] },
    { matcher: "/admin/haso/reconciliations", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoRunReconciliation)] },
    { matcher: "/admin/haso/reconciliations/:date", methods: ["GET"], middlewares: [noQuery] },
  ],
})
