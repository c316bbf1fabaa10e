import { createSandboxApi } from "./api"
import { FaultStore } from "./faults"
import { SandboxInputError } from "./inputs"
import { RequestLog } from "./log"
import { DEFAULT_INSTALLMENT_RATES } from "./pricing"
import { createSandboxServer } from "./server"
import { SandboxState } from "./state"
import type { HasoSandbox, HasoSandboxOptions } from "./types"

export * from "./types"
export { DEFAULT_INSTALLMENT_RATES } from "./pricing"
export { SandboxInputError } from "./inputs"

export const SANDBOX_DEFAULTS = {
  port: 4010,
  host: "127.0.0.1",
  merchantId: "HASO-SANDBOX",
  merchantKey: "sandbox-merchant-key",
  merchantSalt: "sandbox-merchant-salt",
  testPin: "123456",
} as const

/**
 * Starts a local Haso that implements every service of the contract of record
 * (haso-api.md S) with in-memory state, plus /__sandbox control endpoints.
 */
export async function startHasoSandbox(options: HasoSandboxOptions = {}): Promise<HasoSandbox> {
  const rates = options.installmentRates ?? DEFAULT_INSTALLMENT_RATES
  if (rates.length === 0 || rates.some((rate) => !Number.isInteger(rate.installmentCount) || rate.installmentCount < 1)) {
    throw new SandboxInputError("installmentRates must be non-empty, each with a whole installmentCount of at least 1")
  }
  const state = new SandboxState({
    merchantId: options.merchantId ?? SANDBOX_DEFAULTS.merchantId,
    merchantKey: options.merchantKey ?? SANDBOX_DEFAULTS.merchantKey,
    merchantSalt: options.merchantSalt ?? SANDBOX_DEFAULTS.merchantSalt,
    testPin: options.testPin ?? SANDBOX_DEFAULTS.testPin,
    installmentRates: rates.map((rate) => ({ ...rate })),
    now: options.now ?? (() => new Date()),
  })
  const core = { state, faults: new FaultStore(), log: new RequestLog() }
  const api = createSandboxApi(core)
  const { server, close } = createSandboxServer(core, api)

  const host = options.host ?? SANDBOX_DEFAULTS.host
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? SANDBOX_DEFAULTS.port, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : Number(options.port)
  const urlHost = host.includes(":") ? `[${host}]` : host

  return {
    ...api,
    url: `http://${urlHost}:${port}`,
    port,
    credentials: { merchantId: state.config.merchantId, merchantKey: state.config.merchantKey, merchantSalt: state.config.merchantSalt },
    close,
  }
}
