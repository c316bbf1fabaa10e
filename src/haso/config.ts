import { z } from "@medusajs/framework/zod"

/**
 * Options of the Haso connection, shared by the plugin (`plugins[]`) and the
 * payment provider (`providers[]`). Each falls back to an environment
 * variable, so `options: {}` works when HASO_* are set.
 */

const booleanOption = z.union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")])

export const hasoConnectionSchema = z.object({
  merchantId: z.string().trim().min(1, "is required"),
  merchantKey: z.string().min(1, "is required"),
  merchantSalt: z.string().min(1, "is required"),
  apiUrl: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://haso.example/api" })
    .transform((url) => url.replace(/\/+$/, "")),
  /** Sent as `ipAddress` on calls no shopper started; Haso wants the store's external IP. */
  serverIp: z.string().default(""),
  timeoutMs: z.coerce.number().int().positive().default(10_000),
  /** Extra attempts for read services (`/Index/...`) after a transport failure. */
  readRetries: z.coerce.number().int().min(0).max(5).default(2),
})

export type HasoConnectionOptions = z.output<typeof hasoConnectionSchema>

/** Which environment variable backs which option. */
export const HASO_ENV: Record<string, string> = {
  merchantId: "HASO_MERCHANT_ID",
  merchantKey: "HASO_MERCHANT_KEY",
  merchantSalt: "HASO_MERCHANT_SALT",
  apiUrl: "HASO_API_URL",
  serverIp: "HASO_SERVER_IP",
  timeoutMs: "HASO_TIMEOUT_MS",
  readRetries: "HASO_READ_RETRIES",
  autoCapture: "HASO_AUTO_CAPTURE",
  dealerSegment: "HASO_DEALER_SEGMENT",
}

export const hasoProviderSchema = hasoConnectionSchema.extend({
  /** Activate the Haso transaction as soon as the order is placed. */
  autoCapture: booleanOption.default(true),
  /** When set, installment options come from 5.21 for this merchant segment. */
  dealerSegment: z.string().trim().min(1).max(10).optional(),
  notCalculateFees: booleanOption.optional(),
  forceRiskFreeEvaluate: booleanOption.optional(),
  postponeSelected: booleanOption.optional(),
  /**
   * How long the options the installment picker showed a shopper stand for the
   * payment session made from them, without asking Haso again (0: always ask).
   */
  offerReuseSeconds: z.coerce.number().int().min(0).max(3600).default(120),
})

export type HasoProviderOptions = z.output<typeof hasoProviderSchema>

export class HasoConfigError extends Error {
  constructor(readonly problems: string[], where: string) {
    super(`medusa-plugin-haso: invalid ${where} options: ${problems.join("; ")}.`)
    this.name = "HasoConfigError"
  }
}

/**
 * Fills options from the environment and validates them. The error names each
 * bad option and where to set it, and never echoes a value.
 */
export function resolveHasoOptions<S extends z.ZodObject>(
  schema: S,
  options: Record<string, unknown> | undefined,
  where: string,
  env: NodeJS.ProcessEnv = process.env
): z.output<S> {
  const merged: Record<string, unknown> = { ...(options ?? {}) }
  for (const key of Object.keys(schema.shape)) {
    const variable = HASO_ENV[key]
    if ((merged[key] === undefined || merged[key] === "") && variable && env[variable] !== undefined && env[variable] !== "") {
      merged[key] = env[variable]
    }
  }
  const parsed = schema.safeParse(merged)
  if (parsed.success) {
    return parsed.data
  }
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "options")
    const variable = HASO_ENV[key]
    const missing = merged[key] === undefined
    const what = missing ? "is required" : issue.message
    return `${key} ${what} (set options.${key}${variable ? ` or ${variable}` : ""})`
  })
  throw new HasoConfigError(problems, where)
}
