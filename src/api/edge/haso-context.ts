import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HASO_UNAVAILABLE } from "../../errors"
import { hasoLocale } from "../../i18n/locale"
import { runWithHasoContext, type HasoActor, type HasoOutcome, type HasoRequestContext } from "../../request-context"

/*
 * The HTTP edge of every store and admin request, Medusa's own routes
 * included (payment sessions, cart completion, capture, refund, cancel):
 * - the request's context (language, the shopper's IP, who acts) reaches the
 *   provider deep inside Medusa's workflows;
 * - "Haso could not be reached" answers 502/503/504 with Retry-After, not the
 *   500 Medusa gives an unexpected state: it means "try again", not "bug";
 * - a Haso decline at cart completion keeps its machine-readable code, which
 *   Medusa's `{ type: "cart", error }` answer otherwise drops.
 */

type AuthContext = { actor_id?: string; actor_type?: string }

export function hasoRequestContext(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Medusa mounts this with app.use("/store*"), which leaves req.path as "/": the full path is originalUrl.
  const shopper = req.originalUrl.startsWith("/store")
  const context: HasoRequestContext = {
    // Medusa resolves ?locale= and x-medusa-locale for store routes; admin widgets send the header too.
    locale: hasoLocale((req as { locale?: string }).locale ?? req.get("x-medusa-locale") ?? req.get("accept-language")),
    ip: shopper ? shopperIp(req.ip) : undefined,
    get actor(): HasoActor | undefined {
      // Read when used: authentication runs after this middleware on some routes.
      const auth = (req as { auth_context?: AuthContext }).auth_context
      return auth?.actor_id ? { id: auth.actor_id, type: auth.actor_type === "customer" ? "customer" : "user" } : undefined
    },
  }
  const json = res.json.bind(res)
  res.json = (body: unknown) => json(rewrite(res, body, context.refusal))
  runWithHasoContext(context, () => next())
}

/** An IPv4 shopper reaching a dual-stack server shows as `::ffff:203.0.113.7`; Haso is sent the IPv4 address. */
export function shopperIp(ip: string | undefined): string | undefined {
  return ip?.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i, "$1")
}

function rewrite(res: MedusaResponse, body: unknown, refusal: HasoOutcome | undefined): unknown {
  if (!body || typeof body !== "object") {
    return body
  }
  const answer = body as { code?: string; type?: string; error?: Record<string, unknown> }
  if (res.statusCode >= 500 && answer.code === HASO_UNAVAILABLE) {
    res.status(statusFor(refusal))
    res.setHeader("Retry-After", "5")
  }
  if (answer.type === "cart" && answer.error && refusal && !answer.error.code) {
    return { ...answer, error: { ...answer.error, code: refusal.code } }
  }
  return body
}

/** 504 when Haso was too slow, 502 when it answered an error or nonsense, 503 when it was unavailable. */
function statusFor(refusal: HasoOutcome | undefined): number {
  switch (refusal?.transport) {
    case "timeout":
      return 504
    case "http_status":
      return refusal.httpStatus === 503 ? 503 : 502
    case "malformed":
      return 502
    default:
      return 503
  }
}
