#!/usr/bin/env node
import { parseArgs } from "node:util"
import { SANDBOX_DEFAULTS, startHasoSandbox } from "./index"

/*
 * haso-sandbox: a local Haso for development.
 *   haso-sandbox [--port 4010] [--host 127.0.0.1]
 * HASO_SANDBOX_PORT sets the port too; the flag wins.
 */

const USAGE = "Usage: haso-sandbox [--port <port, default 4010 or HASO_SANDBOX_PORT>] [--host <host, default 127.0.0.1>]"
const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const

function parseCli(argv: string[], env: NodeJS.ProcessEnv): { port: number; host: string } {
  // Not strict: unknown arguments and missing values get this command's own errors below.
  const { values, tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true })
  // Whichever comes first: --help, or an argument that is none of the options.
  const stop = tokens.find((token) => token.kind !== "option" || token.name === "help" || !Object.keys(OPTIONS).includes(token.name))
  if (stop?.kind === "option" && stop.name === "help") {
    console.log(USAGE)
    process.exit(0)
  }
  if (stop) {
    fail(`unknown argument ${argv[stop.index]}`)
  }
  // A flag given without a value parses as `true`.
  const port = typeof values.port === "boolean" ? NaN : Number(values.port ?? (env.HASO_SANDBOX_PORT || SANDBOX_DEFAULTS.port))
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail("--port must be a whole number between 0 and 65535")
  }
  const host = values.host ?? SANDBOX_DEFAULTS.host
  if (typeof host !== "string" || !host) {
    fail("--host needs a value")
  }
  return { port, host }
}

function fail(message: string): never {
  console.error(`haso-sandbox: ${message}`)
  process.exit(2)
}

async function main(): Promise<void> {
  const { port, host } = parseCli(process.argv.slice(2), process.env)
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
