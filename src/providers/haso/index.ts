import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { HasoProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [HasoProviderService],
})

export { HasoProviderService }
export * from "./session-data"
