import { AsyncLocalStorage } from "node:async_hooks"
import type { HasoLocale } from "../i18n/locale"

/*
 * What a Haso call needs to know about the person who caused it, carried from
 * the HTTP request (or a subscriber or job) down to the payment provider.
 * Medusa hands a provider only the session data, but Haso wants the shopper's
 * IP, staff want to see who refunded, and people read their own language.
 * Async context follows the request through Medusa's workflows, which run in
 * the same process as the route that started them.
 */

export type HasoActor = { id: string; type: "user" | "customer" | "system" }

/** How a Haso call ended, so the HTTP edge can answer with the right status and code. */
export type HasoOutcome = { code: string; transport?: "timeout" | "connection" | "http_status" | "malformed"; httpStatus?: number }

export type HasoRequestContext = {
  locale: HasoLocale
  /** The shopper's IP as Medusa sees it (its proxy settings apply); unset outside a shopper's request. */
  ip?: string
  actor?: HasoActor
  /** Set by the provider when it refuses, for answers (cart completion) that drop the error's code. */
  refusal?: HasoOutcome
  /** Basket and delivery address of a payment session, built by the complete-cart hook from the cart it loaded. */
  checkout?: Map<string, { basket: unknown[]; user_address: unknown }>
}

const storage = new AsyncLocalStorage<HasoRequestContext>()

export function runWithHasoContext<T>(context: HasoRequestContext, run: () => T): T {
  return storage.run(context, run)
}

/** The context of the request (or job) this code runs for, if any. */
export function currentHasoContext(): HasoRequestContext | undefined {
  return storage.getStore()
}

export function currentLocale(): HasoLocale {
  return storage.getStore()?.locale ?? "en"
}

/** Runs `run` as a system actor (a subscriber or a job), in English unless told otherwise. */
export function runAsSystem<T>(id: string, run: () => T, locale: HasoLocale = "en"): T {
  return storage.run({ locale, actor: { id, type: "system" } }, run)
}
