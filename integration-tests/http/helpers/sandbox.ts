import { startHasoSandbox, type HasoSandbox } from "../../../src/sandbox"

/**
 * Starts a Haso sandbox for this test file and points the plugin at it through
 * HASO_* before Medusa boots (call at the top of the file, before
 * medusaIntegrationTestRunner, so its beforeAll runs first).
 */
export function useHasoSandbox(env: Record<string, string> = {}) {
  let sandbox: HasoSandbox | undefined
  const saved: Record<string, string | undefined> = {}

  beforeAll(async () => {
    sandbox = await startHasoSandbox({ port: 0 })
    const values: Record<string, string> = {
      HASO_API_URL: sandbox.url,
      HASO_MERCHANT_ID: sandbox.credentials.merchantId,
      HASO_MERCHANT_KEY: sandbox.credentials.merchantKey,
      HASO_MERCHANT_SALT: sandbox.credentials.merchantSalt,
      // Short enough for the timeout tests, long enough that a busy CI machine is not taken for a slow Haso.
      HASO_TIMEOUT_MS: "4000",
      HASO_READ_RETRIES: "1",
      ...env,
    }
    for (const [key, value] of Object.entries(values)) {
      saved[key] = process.env[key]
      process.env[key] = value
    }
  })

  afterAll(async () => {
    await sandbox?.close()
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[key]
      } else {
        process.env[key] = value
      }
    }
  })

  return {
    get(): HasoSandbox {
      if (!sandbox) {
        throw new Error("The Haso sandbox is not started yet")
      }
      return sandbox
    },
  }
}

/** Polls until `check` stops throwing (events run after the HTTP answer). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  }
}
