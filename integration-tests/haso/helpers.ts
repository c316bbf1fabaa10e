import http from "node:http"
import { HasoClient } from "../../src/haso/client"
import { HasoError } from "../../src/haso/errors"
import { HASO_SERVICES, type HasoServiceName } from "../../src/haso/contract/services"
import { requestTokenFor } from "../../src/haso/token"
import { startHasoSandbox, type HasoSandbox, type HasoSandboxOptions } from "../../src/sandbox"

/* Shared set-up for the sandbox tests: the real client over real HTTP. */

export async function startSandbox(options: HasoSandboxOptions = {}): Promise<HasoSandbox> {
  return startHasoSandbox({ port: 0, ...options })
}

/**
 * A sandbox and the real client for a test file, reset before each test (and
 * its clock set to `now`, when given, so dates in plans are predictable).
 */
export function useSandbox(options: { now?: string } = {}) {
  const context = {} as { sandbox: HasoSandbox; client: HasoClient }
  beforeAll(async () => {
    context.sandbox = await startSandbox()
    context.client = clientFor(context.sandbox)
  })
  afterAll(() => context.sandbox.close())
  beforeEach(() => {
    context.sandbox.reset()
    if (options.now) {
      context.sandbox.setNow(new Date(options.now))
    }
  })
  return context
}

export function clientFor(sandbox: HasoSandbox, overrides: Partial<ConstructorParameters<typeof HasoClient>[0]> = {}): HasoClient {
  return new HasoClient({ ...sandbox.credentials, apiUrl: sandbox.url, serverIp: "", timeoutMs: 2000, readRetries: 2, ...overrides })
}

/** The HasoError a call rejects with; fails the test when it resolves or throws anything else. */
export async function hasoError(call: Promise<unknown>): Promise<HasoError> {
  try {
    await call
  } catch (error) {
    if (error instanceof HasoError) {
      return error
    }
    throw error
  }
  throw new Error("expected the Haso call to fail, but it succeeded")
}

let oidSequence = 0
export function nextOid(): string {
  return `ORD-${Date.now().toString(36)}-${++oidSequence}`
}

/** A created and activated transaction (5.3 + 5.4). */
export async function activeTransaction(client: HasoClient, customerId: string, orderAmount: string, selectedInstallment = 3) {
  const merchantOid = nextOid()
  const { TransactionPayments: plan } = await client.createTransaction({ customerId, merchantOid, orderAmount, selectedInstallment })
  await client.updateTransaction({ merchantOid, transactionCode: plan.TransactionCode, orderStatus: 1 })
  return { merchantOid, transactionCode: plan.TransactionCode, plan }
}

export interface RawAnswer {
  status: number
  contentType: string
  text: string
  json?: any
}

/** Raw HTTP, for what the client would refuse to send or could not read. */
export function post(url: string, body: string | object, method = "POST"): Promise<RawAnswer> {
  const text = typeof body === "string" ? body : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { "Content-Type": "application/json" } }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (chunk: Buffer) => chunks.push(chunk))
      res.on("end", () => {
        const answer = Buffer.concat(chunks).toString("utf8")
        let json: unknown
        try {
          json = JSON.parse(answer)
        } catch {
          json = undefined
        }
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), text: answer, json })
      })
    })
    req.on("error", reject)
    req.end(method === "GET" || method === "DELETE" ? undefined : text)
  })
}

/** A correctly signed raw request to a Haso service, body as given (even if the contract would refuse it). */
export function signedPost(sandbox: HasoSandbox, service: HasoServiceName, fields: Record<string, unknown>): Promise<RawAnswer> {
  const body: Record<string, unknown> = { merchantId: sandbox.credentials.merchantId, ipAddress: "", ...fields }
  body.requestToken = requestTokenFor(service, body, sandbox.credentials)
  return post(sandbox.url + HASO_SERVICES[service].path, body)
}
