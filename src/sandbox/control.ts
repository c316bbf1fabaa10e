import type { IncomingMessage, ServerResponse } from "node:http"
import type { SandboxApi } from "./api"
import { readBody, sendJson } from "./http"
import { SandboxInputError, clockSchema, parseInput } from "./inputs"
import type { SandboxFault } from "./types"

/* The /__sandbox control endpoints: the programmatic API over HTTP, for tools and other processes. */

type Route = (api: SandboxApi, body: unknown) => { status?: number; body: unknown }

const ROUTES: Record<string, Route> = {
  "GET /health": () => ({ body: { ok: true } }),
  "GET /state": (api) => ({ body: api.snapshot() }),
  "GET /requests": (api) => ({ body: api.requests() }),
  "POST /reset": (api) => {
    api.reset()
    return { body: { ok: true } }
  },
  "POST /customers": (api, body) => ({ status: 201, body: api.createCustomer(body as never) }),
  "POST /faults": (api, body) => {
    const { service, ...fault } = asObject(body)
    api.setFault(service as never, fault as unknown as SandboxFault)
    return { body: { ok: true } }
  },
  "DELETE /faults": (api) => {
    api.clearFaults()
    return { body: { ok: true } }
  },
  "POST /kkb-outcomes": (api, body) => {
    const { tckn, ...outcome } = asObject(body)
    if (typeof tckn !== "string") {
      throw new SandboxInputError("invalid KKB outcome: tckn is required")
    }
    api.setKkbOutcome(tckn, outcome as never)
    return { body: { ok: true } }
  },
  "POST /clock": (api, body) => {
    const { now } = parseInput(clockSchema, body, "clock")
    api.setNow(now === null ? null : new Date(now))
    return { body: { ok: true, now } }
  },
  "POST /generate": (api, body) => ({ body: api.generateTransactions(body as never) }),
}

export async function handleControl(api: SandboxApi, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const route = ROUTES[`${req.method} ${path.slice("/__sandbox".length).replace(/\/+$/, "") || "/"}`]
  if (!route) {
    return sendJson(res, 404, { error: `no control endpoint ${req.method} ${path}` })
  }
  try {
    const text = req.method === "POST" ? await readBody(req) : ""
    const result = route(api, text.trim() === "" ? {} : parseJson(text))
    sendJson(res, result.status ?? 200, result.body)
  } catch (error) {
    if (error instanceof SandboxInputError) {
      return sendJson(res, 400, { error: error.message })
    }
    throw error
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new SandboxInputError("the body is not JSON")
  }
}

function asObject(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new SandboxInputError("the body must be a JSON object")
  }
  return body as Record<string, unknown>
}
