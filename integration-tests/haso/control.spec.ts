import { spawn } from "node:child_process"
import path from "node:path"
import { HasoCodes } from "../../src/haso/contract/codes"
import type { HasoSandbox } from "../../src/sandbox"
import { clientFor, hasoError, post, startSandbox } from "./helpers"

/* The /__sandbox control endpoints and the haso-sandbox command. */

let sandbox: HasoSandbox
const control = (route: string, body: object | string = {}, method = "POST") => post(`${sandbox.url}/__sandbox${route}`, body, method)

beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

describe("/__sandbox endpoints", () => {
  it("creates customers and reports state without raw TCKNs or phone numbers", async () => {
    expect((await control("/health", "", "GET")).json).toEqual({ ok: true })
    const created = await control("/customers", { limit: 1500.5, tckn: "10000000146", mobileNumber: "5321234567", risky: true })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ limitKurus: 150_050, availableKurus: 150_050, tcknMasked: "*********46", risky: true, status: 1 })

    const state = await control("/state", "", "GET")
    expect(state.json.customers).toHaveLength(1)
    expect(state.text).not.toContain("10000000146")
    expect(state.text).not.toContain("5321234567")

    expect((await control("/customers", { limit: -1 })).status).toBe(400)
    const badTckn = await control("/customers", { limit: 10, tckn: "12345678901" })
    expect(badTckn).toMatchObject({ status: 400, json: { error: expect.stringContaining("tckn") } })
    expect((await control("/customers", "{oops")).status).toBe(400)
    expect((await control("/nope", "", "GET")).status).toBe(404)
  })

  it("sets and clears faults, KKB outcomes and the clock", async () => {
    const client = clientFor(sandbox, { readRetries: 0 })
    expect((await control("/faults", { service: "getInstallmentRates", kind: "http_error", status: 500, times: 1 })).status).toBe(200)
    expect((await hasoError(client.getInstallmentRates({}))).httpStatus).toBe(500)
    await control("/faults", { service: "*", kind: "drop" })
    expect((await post(`${sandbox.url}/__sandbox/faults`, "", "DELETE")).status).toBe(200)
    expect((await client.getInstallmentRates({})).InstallmentRates).toHaveLength(6)
    expect((await control("/faults", { service: "noSuchService", kind: "drop" })).status).toBe(400)
    expect((await control("/faults", { service: "*", kind: "explode" })).status).toBe(400)

    expect((await control("/kkb-outcomes", { tckn: "10000000146", result: "rejected" })).status).toBe(200)
    const { KkbRefNo } = await client.hasoAuthSendInfo({
      shopperName: "Ali",
      shopperSurname: "Kaya",
      tckn: "10000000146",
      mobileNumber: "5321234567",
      email: "ali@example.com",
    })
    expect((await hasoError(client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "123456" }))).code).toBe(HasoCodes.KkbRejected)
    expect((await control("/kkb-outcomes", { tckn: "10000000146", result: "maybe" })).status).toBe(400)

    expect((await control("/clock", { now: "2025-06-01T09:00:00Z" })).status).toBe(200)
    const { customerId } = sandbox.createCustomer({ limit: 100 })
    const { TransactionPayments } = await client.createTransaction({ customerId, merchantOid: "CLK", orderAmount: "100", selectedInstallment: 1 })
    expect(TransactionPayments.TransactionPayments[0].TermDate).toBe("2025-07-01T00:00:00")
    expect((await control("/clock", { now: null })).status).toBe(200)
    expect((await control("/clock", { now: "yesterday" })).status).toBe(400)
  })

  it("generates a day of transactions, lists requests and resets", async () => {
    const generated = await control("/generate", { count: 20, date: "2025-04-01", refundEvery: 5 })
    expect(generated.json.transactionCodes).toHaveLength(20)
    expect(sandbox.refunds()).toHaveLength(4)
    expect((await control("/generate", { count: 1, date: "2025-02-30" })).status).toBe(400)

    await clientFor(sandbox).getInstallmentRates({})
    expect((await control("/requests", "", "GET")).json.map((r: { service: string }) => r.service)).toEqual(["getInstallmentRates"])

    await control("/reset")
    expect(sandbox.transactions()).toEqual([])
    expect(sandbox.requests()).toEqual([])
  })
})

describe("haso-sandbox command", () => {
  const cli = path.join(__dirname, "../../src/sandbox/cli.ts")
  const tsNode = require.resolve("ts-node/dist/bin-transpile.js")

  it("prints the URL, credentials, PIN and a demo customer, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [tsNode, cli, "--port", "0", "--host", "127.0.0.1"], { cwd: path.join(__dirname, "../..") })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    try {
      const deadline = Date.now() + 30_000
      while (!/Demo customer: customerId (\d+)/.test(output) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const url = output.match(/listening on (http:\/\/\S+)/)?.[1]
      const demoId = output.match(/Demo customer: customerId (\d+)/)?.[1]
      expect(url).toBeDefined()
      expect(output).toContain("sandbox-merchant-key")
      expect(output).toContain("123456")
      const state = await post(`${url}/__sandbox/state`, "", "GET")
      expect(state.json.customers.map((c: { customerId: string }) => c.customerId)).toEqual([demoId])
    } finally {
      child.kill("SIGTERM")
    }
    expect(await exited).toBe(0)
  }, 60_000)

  it("refuses a bad --port", async () => {
    const child = spawn(process.execPath, [tsNode, cli, "--port", "abc"])
    let errors = ""
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()))
    expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(2)
    expect(errors).toContain("--port")
  }, 60_000)
})
