import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { HasoClient, resolveHasoOptions } from "../../../haso"
import { currentHasoContext } from "../../../request-context"
import { hasoPluginSchema } from "../options"

/**
 * Validates the plugin options at startup, so a missing or malformed option
 * stops the store with a message naming it, and registers the Haso client.
 * Like the payment provider's, the client sends the shopper's IP on calls a
 * shopper's request started (onboarding, installments, plans), the store's
 * serverIp on the others.
 */
export default async function hasoClientLoader({ container, options }: LoaderOptions<Record<string, unknown>>) {
  const resolved = resolveHasoOptions(hasoPluginSchema, options, "plugin (medusa-plugin-haso)")
  const logger = container.resolve("logger")
  container.register({
    hasoOptions: asValue(resolved),
    hasoClient: asValue(new HasoClient(resolved, logger, () => currentHasoContext()?.ip)),
  })
}
