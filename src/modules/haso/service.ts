import { ContainerRegistrationKeys, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { HasoClient } from "../../haso"
import { PaymentLedger, leaseMsFor, outcomeGraceMsFor, type LedgerDeps } from "../../ledger/payment-ledger"
import {
  HasoCustomer,
  HasoEvent,
  HasoOnboarding,
  HasoPaymentLock,
  HasoPaymentOperation,
  HasoRateLimit,
  HasoReconciliation,
  HasoReconciliationLine,
} from "./models"
import { canMoveOnboarding, isFinished, type OnboardingStatus } from "./onboarding-states"
import { ReconciliationLines } from "../../reconciliation/lines"
import type { HasoPluginOptions } from "./options"

type InjectedDependencies = {
  hasoClient: HasoClient
  hasoOptions: HasoPluginOptions
  manager: { execute(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>> }
  [ContainerRegistrationKeys.PG_CONNECTION]: Knex
}

/**
 * The plugin's data (customer links, onboarding attempts, events,
 * reconciliation reports) and its Haso connection for routes, jobs and
 * subscribers.
 */
export default class HasoModuleService extends MedusaService({
  HasoCustomer,
  HasoOnboarding,
  HasoEvent,
  HasoReconciliation,
  HasoReconciliationLine,
  HasoRateLimit,
  HasoPaymentOperation,
  HasoPaymentLock,
}) {
  protected readonly dependencies_: InjectedDependencies
  protected ledger_?: PaymentLedger
  protected reconciliationLines_?: ReconciliationLines
  /** What Haso publishes for everyone (rate definitions, segment options), briefly, per instance. */
  protected readonly published_ = new Map<string, { until: number; value: Promise<unknown> }>()

  constructor(dependencies: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.dependencies_ = dependencies
  }

  /** The database connection, for the plugin's bulk work in plain SQL. Not a getter: Medusa wraps function-valued members of a module. */
  private get db_(): Knex {
    return this.dependencies_[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /** Both sides of reconciled days, compared in the database. */
  get reconciliationLines(): ReconciliationLines {
    this.reconciliationLines_ ??= new ReconciliationLines(this.db_)
    return this.reconciliationLines_
  }

  /** The ledger of Haso payment operations (shared with the payment provider). */
  get ledger(): PaymentLedger {
    this.ledger_ ??= new PaymentLedger(this.db_, leaseMsFor(this.options))
    return this.ledger_
  }

  /** What the provider's money operations need, for the sync to run them outside the provider. */
  get ledgerDeps(): LedgerDeps {
    return { client: this.client, ledger: this.ledger, outcomeGraceMs: outcomeGraceMsFor(this.options) }
  }

  get client(): HasoClient {
    return this.dependencies_.hasoClient
  }

  get options(): HasoPluginOptions {
    return this.dependencies_.hasoOptions
  }

  /**
   * Counts one hit against `key` in a fixed window and says whether it is
   * still within `limit`. One atomic statement, so concurrent requests on
   * several instances cannot slip past the limit together.
   */
  async hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; count: number; retryAfterSeconds: number }> {
    const rows = await this.dependencies_.manager.execute(
      `INSERT INTO haso_rate_limit (id, key, window_start, count, created_at, updated_at)
       VALUES (?, ?, now(), 1, now(), now())
       ON CONFLICT (key) WHERE deleted_at IS NULL DO UPDATE SET
         count = CASE WHEN haso_rate_limit.window_start <= now() - make_interval(secs => ?) THEN 1 ELSE haso_rate_limit.count + 1 END,
         window_start = CASE WHEN haso_rate_limit.window_start <= now() - make_interval(secs => ?) THEN now() ELSE haso_rate_limit.window_start END,
         updated_at = now()
       RETURNING count, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ?) - now()))))::int AS retry_after`,
      [`hrl_${key}`.slice(0, 200), key, windowSeconds, windowSeconds, windowSeconds]
    )
    const count = Number(rows[0]?.count ?? 0)
    return { allowed: count <= limit, count, retryAfterSeconds: Number(rows[0]?.retry_after ?? windowSeconds) }
  }

  /** The customer's own onboarding attempt by its reference; undefined for anybody else's. */
  async findOwnOnboarding(reference: string, customerId: string) {
    const [onboarding] = await this.listHasoOnboardings({ reference, customer_id: customerId })
    return onboarding
  }

  /** Moves an onboarding attempt to `to`, if its state allows it (onboarding-states.ts). */
  async moveOnboarding(id: string, to: OnboardingStatus) {
    const onboarding = await this.retrieveHasoOnboarding(id)
    if (!canMoveOnboarding(onboarding.status as OnboardingStatus, to)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A Haso onboarding that is ${onboarding.status} cannot become ${to}.`)
    }
    if (onboarding.status === to) {
      return onboarding
    }
    return this.updateHasoOnboardings({ id, status: to, completed_at: isFinished(to) ? new Date() : null })
  }

  /**
   * A published Haso answer, kept `ttlSeconds`. Concurrent requests for the
   * same key share one call; a failed call is not kept.
   */
  async published<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const hit = this.published_.get(key)
    if (hit && hit.until > now) {
      return hit.value as Promise<T>
    }
    const value = load()
    this.published_.set(key, { until: now + ttlSeconds * 1000, value })
    value.catch(() => this.published_.delete(key))
    return value
  }

  /** Counts a PIN attempt on an onboarding reference atomically; returns the new count. */
  async countPinAttempt(onboardingId: string): Promise<number> {
    const rows = await this.dependencies_.manager.execute(
      `UPDATE haso_onboarding SET pin_attempts = pin_attempts + 1, updated_at = now() WHERE id = ? RETURNING pin_attempts`,
      [onboardingId]
    )
    return Number(rows[0]?.pin_attempts ?? 0)
  }
}
