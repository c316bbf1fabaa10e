import { MedusaService } from "@medusajs/framework/utils"
import type { HasoClient } from "../../haso"
import {
  HasoCustomer,
  HasoEvent,
  HasoOnboarding,
  HasoRateLimit,
  HasoReconciliation,
} from "./models"
import type { HasoPluginOptions } from "./options"

type InjectedDependencies = {
  hasoClient: HasoClient
  hasoOptions: HasoPluginOptions
  manager: { execute(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>> }
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
  HasoRateLimit,
}) {
  protected readonly dependencies_: InjectedDependencies

  constructor(dependencies: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.dependencies_ = dependencies
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

  /** Counts a PIN attempt on an onboarding reference atomically; returns the new count. */
  async countPinAttempt(onboardingId: string): Promise<number> {
    const rows = await this.dependencies_.manager.execute(
      `UPDATE haso_onboarding SET pin_attempts = pin_attempts + 1, updated_at = now() WHERE id = ? RETURNING pin_attempts`,
      [onboardingId]
    )
    return Number(rows[0]?.pin_attempts ?? 0)
  }
}
