import { createHmac } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { HasoClient } from "../client"
import type { HasoConnectionOptions } from "../config"
import { HasoError } from "../errors"

/*
 * Envelope and error parsing (S.1). A tiny local HTTP peer stands in for Haso
 * only so the client has something to talk to; the sandbox has its own tests.
 */

type Reply = { status?: number; body: unknown; delayMs?: number }
type Received = { path: string; body: Record<string, unknown> }

let server: http.Server
let replies: Reply[] = []
let received: Received[] = []
let apiUrl: string
let connections = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let text = ""
    req.on("data", (chunk) => (text += chunk))
    req.on("end", () => {
      received.push({ path: req.url ?? "", body: JSON.parse(text || "{}") })
      const reply = replies.shift() ?? { status: 500, body: "no reply scripted" }
      res.writeHead(reply.status ?? 200, { "Content-Type": "application/json" })
      const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body)
      // A late answer sends its head at once and its body after the delay.
      if (reply.delayMs) res.flushHeaders()
      setTimeout(() => res.end(body), reply.delayMs ?? 0)
    })
  })
  server.on("connection", () => connections++)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

beforeEach(() => {
  replies = []
  received = []
  connections = 0
})

const keys = { merchantKey: "mk_unit_5b1d", merchantSalt: "ms_unit_77c0" }

function client(overrides: Partial<HasoConnectionOptions> = {}) {
  return new HasoClient({
    merchantId: "HASO-MRC-0042",
    ...keys,
    apiUrl,
    serverIp: "198.51.100.20",
    timeoutMs: 2_000,
    readRetries: 0,
    ...overrides,
  })
}

const refund = { transactionCode: "TRX-1", merchantOid: "ORD-1", refundAmount: "2025", refundId: "ref_1" }

async function failure(promise: Promise<unknown>): Promise<HasoError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(HasoError)
  return error as HasoError
}

describe("HasoClient envelope", () => {
  it("posts the signed body to the service path and returns the parsed Data", async () => {
    replies.push({ body: { Success: true, Errors: null, Data: { Message: "RS100" } } })
    await expect(client().suspendCustomer({ customerId: "1000000042" }, { ipAddress: "203.0.113.7" })).resolves.toEqual({
      Message: "RS100",
    })
    expect(received).toHaveLength(1)
    const [{ path, body }] = received
    expect(path).toBe("/api/RequestV2/SuspendCustomer")
    const token = createHmac("sha256", keys.merchantKey)
      .update("HASO-MRC-0042" + "1000000042" + "203.0.113.7" + keys.merchantSalt)
      .digest("base64")
    expect(body).toEqual({ merchantId: "HASO-MRC-0042", customerId: "1000000042", ipAddress: "203.0.113.7", requestToken: token })
  })

  it("sends the configured server IP when no shopper IP is given", async () => {
    replies.push({ body: { Success: true, Data: { InstallmentRates: [] } } })
    await client().getInstallmentRates({})
    expect(received[0].body.ipAddress).toBe("198.51.100.20")
  })

  it("accepts lower-case envelope and Data keys", async () => {
    replies.push({ body: { success: true, errors: null, data: { message: "RS100" } } })
    await expect(client().reactivateCustomer({ customerId: "1000000042" })).resolves.toEqual({ Message: "RS100" })
  })

  it("turns Success:false into a business HasoError with the code", async () => {
    replies.push({ body: { Success: false, Errors: ["H307: Refund already made"], Data: null } })
    const error = await failure(client().refundTransaction(refund))
    expect(error).toMatchObject({ kind: "business", code: "H307", service: "refundTransaction" })
    expect(error.isBusiness).toBe(true)
    expect(error.message).toContain("H307")
    expect(error.message).not.toContain(keys.merchantKey)
  })

  it("reads a lower-case failure and keeps the message of an unknown code", async () => {
    replies.push({ body: { success: false, errors: ["H999: Yeni bir hata"] } })
    const error = await failure(client().suspendCustomer({ customerId: "1000000042" }))
    expect(error).toMatchObject({ kind: "business", code: "H999" })
    expect(error.message).toContain("Yeni bir hata")
  })

  it("keeps the Data of a business error (H204 carries the existing TransactionCode)", async () => {
    replies.push({ body: { Success: false, Errors: ["H204: merchantOid used"], Data: { TransactionCode: "TRX-9" } } })
    const error = await failure(
      client().createTransaction({ orderAmount: "1000", selectedInstallment: 3, customerId: "1000000042", merchantOid: "ORD-1" })
    )
    expect(error).toMatchObject({ code: "H204", data: { TransactionCode: "TRX-9" } })
  })

  it("treats a Data amount that is not a number as a malformed answer", async () => {
    replies.push({
      body: {
        Success: true,
        Data: { TransactionCode: "TRX-1", MerchantOid: "ORD-1", TransactionStatus: 1, TotalAmount: "yüz lira", Payments: [] },
      },
    })
    const error = await failure(client().getPaymentsOfTransaction({ merchantOid: "ORD-1", transactionCode: "TRX-1" }))
    expect(error).toMatchObject({ kind: "transport", reason: "malformed" })
    expect(error.message).toContain("TotalAmount")
  })

  it("reads amounts sent as numbers or numeric strings and ids sent as numbers, and refuses a negative amount", async () => {
    const info = (limit: unknown) => ({
      Success: true,
      Data: {
        CustomerInfo: { CustomerId: 5004, CustomerLimit: limit, AvailableLimit: "1500.50", Status: 1 },
        Installments: [{ InstallmentNo: 3, InstallmentCount: 3, InstallmentAmount: "340", TotalAmount: 1020, Fee: "20" }],
      },
    })
    replies.push({ body: info(2000) })
    await expect(client().getCustomerInformation({ customerId: "5004", orderAmount: "100000" })).resolves.toEqual({
      CustomerInfo: { CustomerId: "5004", CustomerLimit: 2000, AvailableLimit: 1500.5, Status: 1 },
      Installments: [{ InstallmentNo: 3, InstallmentCount: 3, InstallmentAmount: 340, TotalAmount: 1020, Fee: 20, DownPayment: 0 }],
    })
    replies.push({ body: info(-1) })
    const error = await failure(client().getCustomerInformation({ customerId: "5004", orderAmount: "100000" }))
    expect(error).toMatchObject({ kind: "transport", reason: "malformed" })
    expect(error.message).toContain("CustomerInfo.CustomerLimit")
  })

  it("treats a body that is not an envelope as malformed", async () => {
    replies.push({ body: "<html>Bakımdayız</html>" })
    const error = await failure(client().suspendCustomer({ customerId: "1000000042" }))
    expect(error).toMatchObject({ kind: "transport", reason: "malformed" })
  })

  it("treats a non-2xx status as a transport failure and never resends a state-changing call", async () => {
    replies.push({ status: 502, body: { Success: true, Data: { Message: "RS100" } } })
    const error = await failure(client({ readRetries: 2 }).refundTransaction(refund))
    expect(error).toMatchObject({ kind: "transport", reason: "http_status", httpStatus: 502 })
    expect(received).toHaveLength(1)
  })

  it("resends a read service after a transport failure", async () => {
    replies.push({ status: 503, body: "busy" }, { body: { Success: true, Data: { InstallmentRates: [] } } })
    await expect(client({ readRetries: 1 }).getInstallmentRates({})).resolves.toEqual({ InstallmentRates: [] })
    expect(received).toHaveLength(2)
  })

  it("refuses an invalid request with H102 before sending it", async () => {
    const error = await failure(client().refundTransaction({ ...refund, refundAmount: "20.25" }))
    expect(error).toMatchObject({ kind: "business", code: "H102" })
    expect(error.message).toContain("refundAmount")
    expect(received).toHaveLength(0)
  })

  it("reports an answer that is not complete within the timeout as a timeout, and does not resend a write", async () => {
    replies.push({ body: { Success: true, Data: {} }, delayMs: 600 })
    const started = Date.now()
    const error = await failure(client({ timeoutMs: 200 }).suspendCustomer({ customerId: "1000000042" }))
    expect(error).toMatchObject({ kind: "transport", reason: "timeout" })
    expect(error.message).toContain("within 200 ms")
    expect(Date.now() - started).toBeLessThan(600)
    expect(received).toHaveLength(1)
  })

  it("keeps the connection alive between calls", async () => {
    const haso = client()
    for (let call = 0; call < 3; call++) {
      replies.push({ body: { Success: true, Data: { Message: "RS100" } } })
      await haso.suspendCustomer({ customerId: "1000000042" })
    }
    haso.close()
    expect(received).toHaveLength(3)
    expect(connections).toBe(1)
  })

  it("joins the API URL and the service path with one slash, whatever the URL ends with", async () => {
    replies.push({ body: { Success: true, Data: { Message: "RS100" } } })
    await client({ apiUrl: `${apiUrl}/` }).suspendCustomer({ customerId: "1000000042" })
    expect(received[0].path).toMatch(/^\/api\/[A-Za-z]/)
  })

  it("reports an unreachable Haso as a connection failure", async () => {
    const error = await failure(client({ apiUrl: "http://127.0.0.1:1" }).suspendCustomer({ customerId: "1000000042" }))
    expect(error).toMatchObject({ kind: "transport", reason: "connection" })
  })
})
