import { z } from "@medusajs/framework/zod"
import { hasoProviderSchema } from "../../haso/config"

/**
 * The plugin's options (`plugins: [{ resolve: "medusa-plugin-haso", options }]`):
 * the Haso connection used by the store and admin routes, jobs and
 * subscribers, plus storefront and back-office settings. Provider-only keys
 * (autoCapture…) are accepted here too, so one options object can serve both.
 */
export const hasoPluginSchema = hasoProviderSchema.extend({
  onboarding: z
    .object({
      /** Wrong PINs allowed per onboarding reference. */
      maxPinAttempts: z.number().int().positive().default(3),
      /** PIN re-sends allowed per onboarding reference. */
      maxPinResends: z.number().int().positive().default(3),
      /** Onboarding starts allowed per customer per hour. */
      maxStartsPerHour: z.number().int().positive().default(5),
      /** How long a reference can be confirmed or polled. */
      referenceTtlMinutes: z.number().int().positive().default(30),
      /** Sends Haso's `testOn` flag so a sandbox `testResult` decides the KKB outcome. Never in production. */
      testMode: z.boolean().default(false),
    })
    .prefault({}),
  quote: z
    .object({
      /** How long Haso's published rates (5.23) and segment options (5.21) are kept for product pages and checkout. */
      cacheSeconds: z.number().int().min(0).max(86_400).default(300),
    })
    .prefault({}),
  basket: z
    .object({
      /** Brand or seller reported to Haso as each basket line's `skuMerchant`. */
      merchantName: z.string().trim().min(1).optional(),
      /** Your storefront's product URL, `{handle}` standing for the product handle, e.g. `https://shop.example/products/{handle}`. */
      productUrlTemplate: z.string().includes("{handle}", { error: "must contain {handle}" }).optional(),
    })
    .prefault({}),
  sync: z
    .object({
      /** Run the periodic sync that brings payments out of step with Haso back in step (every 5 minutes, on the worker). */
      enabled: z.boolean().default(true),
      /** How far back the sync looks for payments out of step. */
      lookbackDays: z.number().int().positive().max(90).default(7),
    })
    .prefault({}),
  reconciliation: z
    .object({
      enabled: z.boolean().default(true),
      /** Hour of the day (Europe/Istanbul) from which yesterday's report is made. */
      hour: z.number().int().min(0).max(23).default(6),
    })
    .prefault({}),
})

export type HasoPluginOptions = z.output<typeof hasoPluginSchema>
