import { Module } from "@medusajs/framework/utils"
import hasoClientLoader from "./loaders/haso-client"
import HasoModuleService from "./service"

export const HASO_MODULE = "haso"

export default Module(HASO_MODULE, {
  service: HasoModuleService,
  loaders: [hasoClientLoader],
})

export { HasoModuleService }
export * from "./options"
