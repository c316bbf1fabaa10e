import { HasoCodes } from "../../src/haso/contract/codes"
import type { HasoClient } from "../../src/haso/client"
import type { HasoSandbox } from "../../src/sandbox"
import { clientFor, hasoError, nextOid, startSandbox } from "./helpers"

/* Injected faults: what the client makes of each, and which calls it resends. */

let sandbox: HasoSandbox
let client: HasoClient
let customerId: string

beforeAll(async () => {
  sandbox = await startSandbox()
  client = clientFor(sandbox)
})
afterAll(() => sandbox.close())
beforeEach(() => {
  sandbox.reset()
  customerId = sandbox.createCustomer({ limit: 5000 }).customerId
})

const outcomes = (service: string) => sandbox.requests().filter((r) => r.service === service).map((r) => r.outcome)

describe("each fault kind becomes the right HasoError", () => {
  it("latency beyond the client's timeout → transport/timeout", async () => {
    const impatient = clientFor(sandbox, { timeoutMs: 150, readRetries: 0 })
    sandbox.setFault("getInstallmentRates", { kind: "latency", ms: 800, times: 1 })
    const error = await hasoError(impatient.getInstallmentRates({}))
    expect(error).toMatchObject({ kind: "transport", reason: "timeout", service: "getInstallmentRates" })
    // The fault used itself up: the next call is answered at once.
    expect((await impatient.getInstallmentRates({})).InstallmentRates).toHaveLength(6)
  })

  it("latency after processing: the client times out although Haso did the work", async () => {
    const impatient = clientFor(sandbox, { timeoutMs: 150 })
    sandbox.setFault("suspendCustomer", { kind: "latency", ms: 500, phase: "after", times: 1 })
    expect((await hasoError(impatient.suspendCustomer({ customerId }))).reason).toBe("timeout")
    expect(sandbox.customer(customerId)?.status).toBe(2)
  })

  it("http_error → transport/http_status with the status", async () => {
    sandbox.setFault("suspendCustomer", { kind: "http_error", status: 503 })
    const error = await hasoError(client.suspendCustomer({ customerId }))
    expect(error).toMatchObject({ kind: "transport", reason: "http_status", httpStatus: 503 })
    expect(sandbox.customer(customerId)?.status).toBe(1) // "before": not processed
  })

  it("drop → transport/connection", async () => {
    sandbox.setFault("*", { kind: "drop" })
    const error = await hasoError(client.suspendCustomer({ customerId }))
    expect(error).toMatchObject({ kind: "transport", reason: "connection" })
    expect(sandbox.requests().at(-1)).toMatchObject({ outcome: "fault:drop", httpStatus: null })
  })

  it("malformed → transport/malformed", async () => {
    sandbox.setFault("getInstallmentRates", { kind: "malformed" })
    const error = await hasoError(clientFor(sandbox, { readRetries: 0 }).getInstallmentRates({}))
    expect(error).toMatchObject({ kind: "transport", reason: "malformed" })
  })

  it("business_error → business with the code, nothing processed", async () => {
    sandbox.setFault("createTransaction", { kind: "business_error", code: "H201", times: 1 })
    const order = { customerId, merchantOid: nextOid(), orderAmount: "1000", selectedInstallment: 1 }
    const error = await hasoError(client.createTransaction(order))
    expect(error).toMatchObject({ kind: "business", code: HasoCodes.InsufficientLimit })
    expect(sandbox.transactionByMerchantOid(order.merchantOid)).toBeUndefined()
    expect((await client.createTransaction(order)).TransactionPayments.MerchantOid).toBe(order.merchantOid)
  })

  it("a service's own fault wins over the '*' fault, and clearFaults removes both", async () => {
    sandbox.setFault("*", { kind: "drop" })
    sandbox.setFault("getInstallmentRates", { kind: "business_error", code: "H102", message: "simulated" })
    expect((await hasoError(client.getInstallmentRates({}))).code).toBe("H102")
    sandbox.clearFaults()
    expect((await client.getInstallmentRates({})).InstallmentRates).toHaveLength(6)
  })
})

describe("retries", () => {
  it("resends a read service after a dropped answer and succeeds", async () => {
    sandbox.setFault("getCustomerInformation", { kind: "drop", times: 1 })
    const info = await client.getCustomerInformation({ customerId, orderAmount: "1000" })
    expect(info.CustomerInfo?.CustomerId).toBe(customerId)
    expect(outcomes("getCustomerInformation")).toEqual(["fault:drop", "ok"])
  })

  it("gives up on a read service after readRetries", async () => {
    sandbox.setFault("getInstallmentRates", { kind: "http_error", status: 500 })
    const error = await hasoError(client.getInstallmentRates({}))
    expect(error).toMatchObject({ reason: "http_status", httpStatus: 500 })
    expect(outcomes("getInstallmentRates")).toHaveLength(3)
  })

  it("never resends a write service: a 'before' drop leaves nothing behind", async () => {
    sandbox.setFault("createTransaction", { kind: "drop", times: 1 })
    const merchantOid = nextOid()
    const error = await hasoError(client.createTransaction({ customerId, merchantOid, orderAmount: "1000", selectedInstallment: 1 }))
    expect(error).toMatchObject({ kind: "transport", reason: "connection" })
    expect(outcomes("createTransaction")).toEqual(["fault:drop"])
    expect(sandbox.transactionByMerchantOid(merchantOid)).toBeUndefined()
  })

  it("an 'after' drop loses the answer of a write that Haso did process; the retry meets H204", async () => {
    sandbox.setFault("createTransaction", { kind: "drop", phase: "after", times: 1 })
    const order = { customerId, merchantOid: nextOid(), orderAmount: "1000", selectedInstallment: 1 }
    const lost = await hasoError(client.createTransaction(order))
    expect(lost).toMatchObject({ kind: "transport", reason: "connection" })
    const created = sandbox.transactionByMerchantOid(order.merchantOid)
    expect(created?.status).toBe(0)
    expect(sandbox.requests().at(-1)).toMatchObject({ outcome: "fault:drop", processed: "ok" })

    const retry = await hasoError(client.createTransaction(order))
    expect(retry.code).toBe(HasoCodes.DuplicateMerchantOid)
    expect(retry.data).toEqual({ TransactionCode: created?.transactionCode })
  })

  it("an 'after' http_error on a refund keeps the refund; the same refundId then answers H307", async () => {
    const order = { customerId, merchantOid: nextOid(), orderAmount: "10000", selectedInstallment: 1 }
    const { TransactionPayments } = await client.createTransaction(order)
    const ids = { merchantOid: order.merchantOid, transactionCode: TransactionPayments.TransactionCode }
    await client.updateTransaction({ ...ids, orderStatus: 1 })

    sandbox.setFault("refundTransaction", { kind: "http_error", status: 500, phase: "after", times: 1 })
    const refund = { ...ids, refundAmount: "2500", refundId: "after-1" }
    expect((await hasoError(client.refundTransaction(refund))).reason).toBe("http_status")
    expect(sandbox.customer(customerId)?.availableKurus).toBe(500_000 - 10_000 + 2_500)
    expect((await hasoError(client.refundTransaction(refund))).code).toBe(HasoCodes.RefundAlreadyMade)
    expect((await client.checkRefund({ ...ids, refundId: "after-1" })).RefundAmount).toBe(25)
  })
})
