/*
 * medusa-plugin-haso/storefront: what a storefront needs to sell with Haso,
 * without React and without any server code (no @medusajs/framework, no zod),
 * so it loads in a browser bundle.
 */
export * from "./types"
export * from "./errors"
export * from "./client"
export * from "./i18n"
export * from "./format"
export * from "./validation"
