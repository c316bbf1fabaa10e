import http from "node:http"
import https from "node:https"

/** What came back on the wire, judged by the client (status and envelope). */
export interface WireAnswer {
  status: number
  text: string
}

/** A request that got no HTTP answer: it timed out, or no connection could be made or kept. */
export class WireFailure extends Error {
  constructor(
    readonly reason: "timeout" | "connection",
    readonly code: string
  ) {
    super(reason === "timeout" ? "timed out" : code)
  }
}

/*
 * Idle keep-alive connections are closed after this long, shorter than the
 * common server idle timeouts (Node 5 s, nginx 75 s), so a request is rarely
 * written on a connection the server has just closed.
 */
const IDLE_SOCKET_MS = 4_000

/**
 * POSTs JSON to Haso over keep-alive connections (node:http/https, no
 * dependency): one connection setup serves many calls. `timeoutMs` bounds the
 * whole exchange, from the request to the last byte of the answer.
 */
export class HasoTransport {
  private readonly base: URL
  private readonly agent: http.Agent
  private readonly request: typeof http.request
  /** Each service path parsed into a URL once: the contract has a few dozen, and parsing costs µs on every call. */
  private readonly urls = new Map<string, URL>()

  constructor(apiUrl: string, private readonly timeoutMs: number) {
    // A trailing slash on the URL and a leading one on the path give one slash, as people expect.
    this.base = new URL(apiUrl.replace(/\/+$/, "") + "/")
    const secure = this.base.protocol === "https:"
    const options = { keepAlive: true, timeout: IDLE_SOCKET_MS }
    this.agent = secure ? new https.Agent(options) : new http.Agent(options)
    this.request = secure ? https.request : http.request
  }

  post(path: string, json: string): Promise<WireAnswer> {
    const url = this.urlOf(path)
    return new Promise<WireAnswer>((resolve, reject) => {
      let settled = false
      const finish = (error: WireFailure | null, answer?: WireAnswer) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        if (error) reject(error)
        else resolve(answer!)
      }
      const request = this.request(
        url,
        {
          method: "POST",
          agent: this.agent,
          headers: { "Content-Type": "application/json", Accept: "application/json", "Content-Length": Buffer.byteLength(json) },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on("data", (chunk: Buffer) => chunks.push(chunk))
          response.on("end", () => finish(null, { status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }))
          response.on("error", (error: NodeJS.ErrnoException) => finish(new WireFailure("connection", error.code ?? "ECONNRESET")))
        }
      )
      const timer = setTimeout(() => {
        finish(new WireFailure("timeout", "ETIMEDOUT"))
        request.destroy()
      }, this.timeoutMs)
      request.on("error", (error: NodeJS.ErrnoException) => finish(new WireFailure("connection", error.code ?? "connection failed")))
      // A string body joins the headers in one chunk of the socket write; a Buffer would be a second chunk.
      request.end(json)
    })
  }

  private urlOf(path: string): URL {
    let url = this.urls.get(path)
    if (!url) {
      url = new URL(path.replace(/^\/+/, ""), this.base)
      this.urls.set(path, url)
    }
    return url
  }

  /** Closes idle connections (tests and scripts that want to exit promptly). */
  close(): void {
    this.agent.destroy()
  }
}
