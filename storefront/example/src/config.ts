/** What the server tells the page (GET /config.js): which Medusa, which key, which region. */
export interface StorefrontConfig {
  medusaUrl: string
  publishableKey: string
  regionId: string
}

declare global {
  interface Window {
    STOREFRONT_CONFIG?: StorefrontConfig
  }
}

export function readConfig(): StorefrontConfig {
  const config = window.STOREFRONT_CONFIG
  if (!config?.medusaUrl || !config.publishableKey || !config.regionId) {
    throw new Error("window.STOREFRONT_CONFIG is missing: load /config.js before /app.js")
  }
  return config
}
