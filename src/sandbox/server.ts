import { timingSafeEqual } from "node:crypto"
import http, { type IncomingMessage, type ServerResponse } from "node:http"
import type { Socket } from "node:net"
import { HasoCodes, type HasoCode } from "../haso/contract/codes"
import { HASO_SERVICES, serviceByPath, type HasoServiceName } from "../haso/contract/services"
import { redactBody } from "../haso/redact"
import { requestTokenFor } from "../haso/token"
import type { SandboxApi, SandboxCore } from "./api"
import { handleControl } from "./control"
import { BodyTooLargeError, readBody, sendJson, sendText } from "./http"
import { HasoFailure, SERVICE_HANDLERS } from "./services"
import type { Handler } from "./services/common"
import type { SandboxFault } from "./types"

/*
 * The HTTP face of the sandbox: Haso's routes (envelope, merchant and token
 * check, contract validation, faults, request log) and the /__sandbox controls.
 */

interface Outcome {
  envelope: { Success: boolean; Errors: string[] | null; Data: unknown }
  /** "ok" or the Haso code of the refusal. */
  outcome: string
  body: unknown
}

const MALFORMED_PAGE = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"

export interface SandboxServer {
  server: http.Server
  close(): Promise<void>
}

export function createSandboxServer(core: SandboxCore, api: SandboxApi): SandboxServer {
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()

  // Latency faults wait on timers that close() cancels, so a test run never hangs on them.
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const server = http.createServer((req, res) => {
    route(core, api, req, res, delay).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        sendText(res, error instanceof BodyTooLargeError ? 413 : 500, error instanceof Error ? error.message : "internal error")
      }
    })
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })

  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        timers.forEach(clearTimeout)
        timers.clear()
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets would hold close() open until they time out.
        sockets.forEach((socket) => socket.destroy())
      }),
  }
}

async function route(
  core: SandboxCore,
  api: SandboxApi,
  req: IncomingMessage,
  res: ServerResponse,
  delay: (ms: number) => Promise<void>
): Promise<void> {
  const path = new URL(req.url ?? "/", "http://sandbox").pathname
  if (/^\/__sandbox(\/|$)/i.test(path)) {
    return handleControl(api, req, res, path.toLowerCase())
  }
  const service = serviceByPath(path)
  if (!service || req.method !== "POST") {
    // Like a real web server: a path that is no Haso service is a plain 404, not an envelope.
    core.log.add({ at: core.state.now().toISOString(), service: service ?? null, path, body: null, outcome: "not_found", httpStatus: 404 })
    return sendText(res, 404, "Not Found")
  }
  const text = await readBody(req)
  const epoch = core.state.resets
  const fault = core.faults.take(service)
  const log = (outcome: string, body: unknown, httpStatus: number | null, processed?: string) =>
    core.log.add({ at: core.state.now().toISOString(), service, path, body, outcome, httpStatus, ...(processed ? { processed } : {}) })

  if (fault?.kind === "business_error") {
    const message = fault.message ?? "Simulated failure"
    sendJson(res, 200, { Success: false, Errors: [`${fault.code}: ${message}`], Data: null })
    return log(`fault:${fault.kind}`, safeBody(text), 200)
  }
  const phase = fault && "phase" in fault && fault.phase === "after" ? "after" : "before"
  if (fault && phase === "before") {
    if (fault.kind !== "latency") {
      return log(`fault:${fault.kind}`, safeBody(text), spoil(req, res, fault))
    }
    await delay(fault.ms)
    if (core.state.resets !== epoch) {
      // Reset while this request waited: it must not act on the new, clean state.
      req.socket.destroy()
      return
    }
  }

  const result = processRequest(core, service, text)
  if (fault && phase === "after" && fault.kind !== "latency") {
    return log(`fault:${fault.kind}`, result.body, spoil(req, res, fault), result.outcome)
  }
  if (fault?.kind === "latency" && phase === "after") {
    await delay(fault.ms)
  }
  sendJson(res, 200, result.envelope)
  log(fault ? `fault:${fault.kind}` : result.outcome, result.body, 200, fault ? result.outcome : undefined)
}

/** Answers the way a broken Haso would; returns the HTTP status sent (null when the socket was dropped). */
function spoil(req: IncomingMessage, res: ServerResponse, fault: Exclude<SandboxFault, { kind: "latency" | "business_error" }>): number | null {
  switch (fault.kind) {
    case "drop":
      req.socket.destroy()
      return null
    case "http_error":
      sendText(res, fault.status, fault.status === 503 ? "Service Unavailable" : "Internal Server Error")
      return fault.status
    case "malformed":
      sendText(res, 200, MALFORMED_PAGE, "text/html; charset=utf-8")
      return 200
  }
}

/** One Haso request: JSON, merchant and token (H101), contract schema (H102), then the service itself. */
function processRequest(core: SandboxCore, service: HasoServiceName, text: string): Outcome {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refusal(HasoCodes.InvalidField, "The request body is not valid JSON", null)
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return refusal(HasoCodes.InvalidField, "The request body must be a JSON object", null)
  }
  const body = bindKeys(service, raw as Record<string, unknown>)
  const logged = redactBody(body)
  const { config } = core.state
  if (body.merchantId !== config.merchantId) {
    return refusal(HasoCodes.TokenMismatch, "merchantId is not known", logged)
  }
  if (!sameToken(body.requestToken, requestTokenFor(service, body, config))) {
    return refusal(HasoCodes.TokenMismatch, "requestToken does not match", logged)
  }
  const parsed = HASO_SERVICES[service].request.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refusal(HasoCodes.InvalidField, `${issue.path.join(".") || "request"}: ${issue.message}`, logged)
  }
  try {
    const handler = SERVICE_HANDLERS[service] as Handler<HasoServiceName>
    const data = handler(core.state, parsed.data as never)
    return { envelope: { Success: true, Errors: null, Data: data }, outcome: "ok", body: logged }
  } catch (error) {
    if (error instanceof HasoFailure) {
      return refusal(error.code, error.message, logged, error.data)
    }
    throw error
  }
}

function refusal(code: HasoCode, message: string, body: unknown, data?: Record<string, unknown>): Outcome {
  return { envelope: { Success: false, Errors: [`${code}: ${message}`], Data: data ?? null }, outcome: code, body }
}

/**
 * Haso is an ASP.NET service, whose model binding ignores key case; the
 * contract's spelling is what the token and the schema read.
 */
function bindKeys(service: HasoServiceName, raw: Record<string, unknown>): Record<string, unknown> {
  const names = [...Object.keys(HASO_SERVICES[service].request.shape), "merchantId", "ipAddress", "requestToken"]
  const canonical = new Map(names.map((name) => [name.toLowerCase(), name]))
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [canonical.get(key.toLowerCase()) ?? key, value]))
}

function sameToken(sent: unknown, expected: string): boolean {
  if (typeof sent !== "string") {
    return false
  }
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The log never keeps an unparsed body: it could hold a TCKN. */
function safeBody(text: string): unknown {
  try {
    return redactBody(JSON.parse(text))
  } catch {
    return null
  }
}
