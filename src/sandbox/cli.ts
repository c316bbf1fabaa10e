#!/usr/bin/env node
import { SANDBOX_DEFAULTS, startHasoSandbox } from "./index"

/*
 * haso-sandbox: a local Haso for development.
 *   haso-sandbox [--port 4010] [--host 127.0.0.1]
 * HASO_SANDBOX_PORT sets the port too; the flag wins.
 */

interface CliOptions {
  port: number
  host: string
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const options: CliOptions = { port: Number(env.HASO_SANDBOX_PORT || SANDBOX_DEFAULTS.port), host: SANDBOX_DEFAULTS.host }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case "--port":
        options.port = Number(value())
        break
      case "--host":
        options.host = value() ?? ""
        break
      case "-h":
      case "--help":
        console.log("Usage: haso-sandbox [--port <port, default 4010 or HASO_SANDBOX_PORT>] [--host <host, default 127.0.0.1>]")
        process.exit(0)
      default:
        fail(`unknown argument ${argv[i]}`)
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    fail("--port must be a whole number between 0 and 65535")
  }
  if (!options.host) {
    fail("--host needs a value")
  }
  return options
}

function fail(message: string): never {
  console.error(`haso-sandbox: ${message}`)
  process.exit(2)
}

async function main(): Promise<void> {
  const { port, host } = parseArgs(process.argv.slice(2), process.env)
  const sandbox = await startHasoSandbox({ port, host })
  const demo = sandbox.createCustomer({ limit: 20000, name: "Demo", surname: "Müşteri" })
  const { merchantId, merchantKey, merchantSalt } = sandbox.credentials
  console.log(
    [
      `Haso sandbox listening on ${sandbox.url}`,
      "",
      "Merchant credentials (HASO_API_URL / HASO_MERCHANT_ID / HASO_MERCHANT_KEY / HASO_MERCHANT_SALT):",
      `  apiUrl        ${sandbox.url}`,
      `  merchantId    ${merchantId}`,
      `  merchantKey   ${merchantKey}`,
      `  merchantSalt  ${merchantSalt}`,
      "",
      `SMS PIN for every KKB request: ${SANDBOX_DEFAULTS.testPin}`,
      `Demo customer: customerId ${demo.customerId} (limit 20,000.00 TRY)`,
      "",
      `Controls: ${sandbox.url}/__sandbox/{health,state,requests,reset,customers,faults,kkb-outcomes,clock,generate}`,
      "A reset removes the demo customer too; create customers with POST /__sandbox/customers.",
    ].join("\n")
  )

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) {
      return
    }
    stopping = true
    console.log(`\n${signal} received, stopping the Haso sandbox`)
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      }
    )
  }
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error))
})
