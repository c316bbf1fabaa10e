import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import {
  ConfirmHasoOnboarding,
  GetHasoInstallments,
  ListHasoPayments,
  ListHasoTransactions,
  ResendHasoPin,
  StartHasoOnboarding,
} from "./store/haso/validators"
import {
  AdminHasoBalance,
  AdminHasoCustomerQuery,
  AdminHasoEmpty,
  AdminHasoExecutionExpenses,
  AdminHasoExecutionPayment,
  AdminHasoGsm,
  AdminHasoLimit,
  AdminHasoListQuery,
  AdminHasoPaidInstallments,
  AdminHasoReconciliationsQuery,
  AdminHasoRunReconciliation,
} from "./admin/haso/validators"

const noQuery = validateAndTransformQuery(z.object({}), {})

export default defineMiddlewares({
  routes: [
    // Every Haso store route acts on the logged-in customer's own Haso account.
    { matcher: "/store/haso*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/haso/onboarding", methods: ["POST"], middlewares: [validateAndTransformBody(StartHasoOnboarding)] },
    { matcher: "/store/haso/onboarding/confirm", methods: ["POST"], middlewares: [validateAndTransformBody(ConfirmHasoOnboarding)] },
    { matcher: "/store/haso/onboarding/resend-pin", methods: ["POST"], middlewares: [validateAndTransformBody(ResendHasoPin)] },
    { matcher: "/store/haso/onboarding/:reference", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/store/haso/me", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/store/haso/me/transactions", methods: ["GET"], middlewares: [validateAndTransformQuery(ListHasoTransactions, {})] },
    { matcher: "/store/haso/me/payments", methods: ["GET"], middlewares: [validateAndTransformQuery(ListHasoPayments, {})] },
    { matcher: "/store/haso/installments", methods: ["GET"], middlewares: [validateAndTransformQuery(GetHasoInstallments, {})] },

    // Admin: /admin/* already requires an authenticated admin (401 without).
    { matcher: "/admin/haso/orders/:id/execution", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoEmpty)] },
    { matcher: "/admin/haso/orders/:id/execution/payments", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoExecutionPayment)] },
    { matcher: "/admin/haso/orders/:id/execution/expenses", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoExecutionExpenses)] },
    { matcher: "/admin/haso/orders/:id/paid-installments", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoPaidInstallments)] },
    { matcher: "/admin/haso/orders/:id/plan", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/haso/orders/:id/events", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminHasoListQuery, {})] },
    { matcher: "/admin/haso/customers/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminHasoCustomerQuery, {})] },
    { matcher: "/admin/haso/customers/:id/balance", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoBalance)] },
    { matcher: "/admin/haso/customers/:id/gsm", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoGsm)] },
    { matcher: "/admin/haso/customers/:id/suspend", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoEmpty)] },
    { matcher: "/admin/haso/customers/:id/reactivate", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoEmpty)] },
    { matcher: "/admin/haso/customers/:id/limit", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoLimit)] },
    { matcher: "/admin/haso/installment-rates", methods: ["GET"], middlewares: [noQuery] },
    { matcher: "/admin/haso/reconciliations", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminHasoReconciliationsQuery, {})] },
    { matcher: "/admin/haso/reconciliations", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHasoRunReconciliation)] },
  ],
})
