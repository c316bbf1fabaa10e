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
  ],
})
