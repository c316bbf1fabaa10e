import path from "node:path"
import { freePort, startServer, waitForHealth } from "../../../scripts/lib/processes"
import type { DemoReady } from "./demo"

/*
 * The example storefront (storefront/example) in front of the demo store: its
 * bundle built from the plugin the demo INSTALLED (pluginDir, the store's
 * node_modules/medusa-plugin-haso), served on a port chosen before the demo
 * starts, so that its origin can go into the demo's STORE_CORS and AUTH_CORS
 * (Medusa matches origins literally).
 */

const root = path.resolve(__dirname, "../../..")

export type ExampleStorefront = { url: string; output: () => string; stop(): Promise<void> }

/** A free port for the storefront, known before the demo starts. */
export function reserveStorefrontPort(): Promise<number> {
  return freePort()
}

/** The origin the browser sees, as Medusa's CORS settings must list it. */
export function storefrontOrigin(port: number): string {
  return `http://localhost:${port}`
}

/**
 * Builds and serves the example storefront (storefront/example/server.js) in a
 * process group of its own, noted for scripts/test.js's leftover cleanup.
 */
export async function startExampleStorefront({ port, demo, pluginDir }: { port: number; demo: DemoReady; pluginDir: string }): Promise<ExampleStorefront> {
  const args = [
    path.join(root, "storefront/example/server.js"),
    "--port", String(port),
    "--plugin", pluginDir,
    "--medusa-url", demo.medusaUrl,
    "--publishable-key", demo.publishableKey,
    "--region-id", demo.regionId,
  ]
  const server = startServer(process.execPath, args, { cwd: root })
  const url = storefrontOrigin(port)
  try {
    // The server builds the bundle first, then listens.
    await waitForHealth(`${url}/config.js`, server, 120_000)
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url, output: server.output, stop: () => server.stop() }
}
