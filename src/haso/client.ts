import { z } from "@medusajs/framework/zod"
import { HASO_CODE_PATTERN, HasoCodes } from "./contract/codes"
import { ciObject, isJsonObject } from "./contract/fields"
import {
  HASO_SERVICE_NAMES,
  HASO_SERVICES,
  isReadService,
  type HasoRequest,
  type HasoResponse,
  type HasoServiceName,
} from "./contract/services"
import type { HasoConnectionOptions } from "./config"
import { HasoError } from "./errors"
import { requestTokenFor } from "./token"
import { HasoTransport, WireFailure, type WireAnswer } from "./transport"

export interface HasoCallOptions {
  /** The shopper's IP for calls a shopper started; defaults to `serverIp`. */
  ipAddress?: string
}

/** Where the client finds the shopper's IP of the call in progress, when the caller does not pass one. */
export type HasoIpSource = () => string | undefined

/** The subset of Medusa's logger the client uses. */
export interface HasoLogger {
  debug(message: string): void
  warn(message: string): void
}

/** Data is checked to be an object here and field by field by the service's schema, so its keys are not walked twice. */
const dataObject = z.custom<Record<string, unknown>>(isJsonObject, "must be an object")

/** The response envelope (S.1), keys matched case-insensitively. */
const envelope = ciObject({
  Success: z.boolean(),
  Errors: z.array(z.string()).nullish(),
  Data: dataObject.nullish(),
})

type ServiceMethods = {
  [K in HasoServiceName]: (input: HasoRequest<K>, options?: HasoCallOptions) => Promise<HasoResponse<K>>
}

// Gives the class one typed method per service, generated from the contract table.
export interface HasoClient extends ServiceMethods {}

/**
 * A typed client for every Haso service of the contract. It signs each request
 * from the contract table, validates what goes out and what comes back, and
 * resends only read services after a transport failure: state-changing calls
 * are never sent twice by the client; their callers reconcile.
 */
export class HasoClient {
  private readonly transport: HasoTransport

  constructor(
    private readonly options: HasoConnectionOptions,
    private readonly logger?: HasoLogger,
    private readonly shopperIp: HasoIpSource = () => undefined
  ) {
    this.transport = new HasoTransport(options.apiUrl, options.timeoutMs)
    for (const name of HASO_SERVICE_NAMES) {
      ;(this as Record<string, unknown>)[name] = (input: never, callOptions?: HasoCallOptions) =>
        this.call(name, input, callOptions)
    }
  }

  /** Closes idle keep-alive connections, for scripts that want to exit promptly. */
  close(): void {
    this.transport.close()
  }

  get merchantId(): string {
    return this.options.merchantId
  }

  /** The Haso merchant account this client speaks for: what it remembers is kept under it. */
  get account(): string {
    return `${this.options.apiUrl} ${this.options.merchantId}`
  }

  async call<K extends HasoServiceName>(
    service: K,
    input: HasoRequest<K>,
    callOptions: HasoCallOptions = {}
  ): Promise<HasoResponse<K>> {
    const definition = HASO_SERVICES[service]
    const fields = definition.request.safeParse(input)
    if (!fields.success) {
      // Haso would answer H102; say so before a request leaves the store.
      const issue = fields.error.issues[0]
      // Built directly: HasoError.business would replace the field detail with H102's generic meaning.
      const detail = `${issue.path.join(".") || "request"} ${issue.message}`
      throw new HasoError(
        { service, kind: "business", code: HasoCodes.InvalidField, hasoText: detail },
        `Haso ${service} refused with ${HasoCodes.InvalidField}: ${detail}`
      )
    }
    const body: Record<string, unknown> = {
      merchantId: this.options.merchantId,
      ...fields.data,
      // S.1: the shopper's IP on calls a shopper started, the store's otherwise.
      ipAddress: callOptions.ipAddress ?? this.shopperIp() ?? this.options.serverIp,
    }
    body.requestToken = requestTokenFor(service, body, this.options)

    const attempts = isReadService(service) ? 1 + this.options.readRetries : 1
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send(service, body)
      } catch (error) {
        const retry = error instanceof HasoError && error.isTransport && attempt < attempts
        if (!retry) {
          throw error
        }
        this.logger?.warn(`${(error as Error).message}; retrying (${attempt}/${attempts - 1})`)
        await sleep(150 * 2 ** (attempt - 1))
      }
    }
  }

  private async send<K extends HasoServiceName>(service: K, body: Record<string, unknown>): Promise<HasoResponse<K>> {
    const definition = HASO_SERVICES[service]
    const started = Date.now()
    let answer: WireAnswer
    try {
      answer = await this.transport.post(definition.path, JSON.stringify(body))
    } catch (error) {
      throw toTransportError(service, error, this.options.timeoutMs)
    }
    const { status, text } = answer
    if (status < 200 || status >= 300) {
      throw HasoError.transport(service, "http_status", `answered HTTP ${status}`, status)
    }
    let parsedEnvelope: z.output<typeof envelope>
    try {
      parsedEnvelope = envelope.parse(JSON.parse(text))
    } catch {
      throw HasoError.transport(service, "malformed", "answered with a body that is not a Haso envelope", status)
    }
    if (!parsedEnvelope.Success) {
      const errors = parsedEnvelope.Errors ?? []
      const code = errors.map((entry) => entry.match(HASO_CODE_PATTERN)?.[0]).find(Boolean)
      const message = errors.map((entry) => entry.replace(/^\s*(H|RS)\d{3}\s*:\s*/, "")).join("; ")
      const error = HasoError.business(service, code, message, parsedEnvelope.Data ?? undefined)
      this.logger?.debug(`haso ${service} refused with ${code ?? "no code"} in ${Date.now() - started} ms`)
      throw error
    }
    const data = definition.response.safeParse(parsedEnvelope.Data ?? {})
    if (!data.success) {
      const issue = data.error.issues[0]
      throw HasoError.transport(
        service,
        "malformed",
        `answered with Data that breaks the contract (${issue.path.join(".") || "Data"}: ${issue.message})`,
        status
      )
    }
    this.logger?.debug(`haso ${service} ok in ${Date.now() - started} ms`)
    return data.data as HasoResponse<K>
  }
}

function toTransportError(service: HasoServiceName, error: unknown, timeoutMs: number): HasoError {
  if (error instanceof WireFailure && error.reason === "timeout") {
    return HasoError.transport(service, "timeout", `did not answer within ${timeoutMs} ms`)
  }
  const code = error instanceof WireFailure ? error.code : "connection failed"
  return HasoError.transport(service, "connection", `could not be reached (${code})`)
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
