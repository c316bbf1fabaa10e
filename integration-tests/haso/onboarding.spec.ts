import { HasoCodes } from "../../src/haso/contract/codes"
import type { HasoClient } from "../../src/haso/client"
import type { HasoSandbox } from "../../src/sandbox"
import { randomTckn } from "../../src/sandbox/identity"
import { clientFor, hasoError, startSandbox } from "./helpers"

/* Limit determination (5.2.1–5.2.6): KKB with PIN, test results, predefined and KDS limits. */

let sandbox: HasoSandbox
let client: HasoClient

beforeAll(async () => {
  sandbox = await startSandbox()
  client = clientFor(sandbox)
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

let mobileSequence = 0
function shopper(overrides: Record<string, unknown> = {}) {
  return {
    shopperName: "Ayşe Nur",
    shopperSurname: "Yılmaz",
    tckn: randomTckn(),
    mobileNumber: `53200${String(++mobileSequence).padStart(5, "0")}`,
    email: "ayse@example.com",
    ...overrides,
  }
}

describe("KKB limit request with the SMS PIN", () => {
  it("registers a new shopper after the right PIN, with the default 10,000 TRY limit", async () => {
    const started = await client.hasoAuthSendInfo(shopper())
    expect(started.KkbRefNo).toMatch(/^KKB[0-9A-F]{24}$/)
    expect(started.CustomerInfo).toBeUndefined()

    const resent = await client.resendKkbPinCode({ kkbRefNo: started.KkbRefNo! })
    expect(resent.Message).toBe("RS100")

    const wrong = await hasoError(client.sendKkbPinCode({ kkbRefNo: started.KkbRefNo!, pinCode: "000000" }))
    expect(wrong).toMatchObject({ kind: "business", code: HasoCodes.WrongPin })

    const confirmed = await client.sendKkbPinCode({ kkbRefNo: started.KkbRefNo!, pinCode: "123456" })
    expect(confirmed.KkbReportStatus).toBe("Approved")
    expect(confirmed.CustomerInfo).toMatchObject({ CustomerLimit: 10000, AvailableLimit: 10000, Status: 1 })
    const customer = sandbox.customer(confirmed.CustomerInfo!.CustomerId)
    expect(customer).toMatchObject({ limitKurus: 1_000_000, availableKurus: 1_000_000, status: 1 })
    // Check after the PIN: the same settled answer.
    const checked = await client.checkKkbReportResult({ kkbRefNo: started.KkbRefNo! })
    expect(checked).toMatchObject({ KkbReportStatus: "Approved", CustomerInfo: { CustomerId: customer!.customerId } })
  })

  it("answers a shopper Haso already knows with CustomerInfo at once, and refuses a suspended one", async () => {
    const known = shopper()
    const first = await client.hasoAuthSendInfo(known)
    const { CustomerInfo } = await client.sendKkbPinCode({ kkbRefNo: first.KkbRefNo!, pinCode: "123456" })

    const again = await client.hasoAuthSendInfo(known)
    expect(again.KkbRefNo).toBeUndefined()
    expect(again.CustomerInfo?.CustomerId).toBe(CustomerInfo!.CustomerId)

    await client.suspendCustomer({ customerId: CustomerInfo!.CustomerId })
    expect((await hasoError(client.hasoAuthSendInfo(known))).code).toBe(HasoCodes.CustomerSuspended)
  })

  it("refuses a TCKN whose checksum is wrong and an unknown kkbRefNo with H102", async () => {
    const badTckn = await hasoError(client.hasoAuthSendInfo(shopper({ tckn: "12345678901" })))
    expect(badTckn.code).toBe(HasoCodes.InvalidField)
    expect(badTckn.message).toContain("H102")
    for (const call of [
      client.sendKkbPinCode({ kkbRefNo: "KKBNOPE", pinCode: "123456" }),
      client.checkKkbReportResult({ kkbRefNo: "KKBNOPE" }),
      client.resendKkbPinCode({ kkbRefNo: "KKBNOPE" }),
    ]) {
      expect((await hasoError(call)).code).toBe(HasoCodes.InvalidField)
    }
  })

  it("follows setKkbOutcome: rejected is H206, pending counts down CheckKkbReportResult", async () => {
    const rejected = shopper()
    sandbox.setKkbOutcome(rejected.tckn, { result: "rejected" })
    const { KkbRefNo: rejectedRef } = await client.hasoAuthSendInfo(rejected)
    expect((await hasoError(client.sendKkbPinCode({ kkbRefNo: rejectedRef!, pinCode: "123456" }))).code).toBe(HasoCodes.KkbRejected)

    const slow = shopper()
    sandbox.setKkbOutcome(slow.tckn, { result: "pending", checks: 2, then: { result: "approved", limit: 7500 } })
    const { KkbRefNo } = await client.hasoAuthSendInfo(slow)
    expect((await client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })).KkbReportStatus).toBe("Pending") // before the PIN
    expect((await client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "123456" })).KkbReportStatus).toBe("Pending")
    expect((await client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })).KkbReportStatus).toBe("Pending")
    expect((await client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })).KkbReportStatus).toBe("Pending")
    const done = await client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })
    expect(done).toMatchObject({ KkbReportStatus: "Approved", CustomerInfo: { CustomerLimit: 7500, AvailableLimit: 7500 } })
  })

  it("lets testOn pick the outcome with testResult and any PIN", async () => {
    const { KkbRefNo } = await client.hasoAuthSendInfo({ ...shopper(), testOn: true })
    expect((await client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "9", testResult: "RETRY" })).KkbReportStatus).toBe("Pending")
    const approved = await client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "9", testResult: "B" })
    expect(approved.CustomerInfo).toMatchObject({ CustomerLimit: 15000 })

    const { KkbRefNo: zeroRef } = await client.hasoAuthSendInfo({ ...shopper(), testOn: true })
    const zero = await client.sendKkbPinCode({ kkbRefNo: zeroRef!, pinCode: "x", testResult: "E" })
    expect(zero).toMatchObject({ KkbReportStatus: "Approved", CustomerInfo: { CustomerLimit: 0 } })
  })

  it("gives the PreDefinedLimit once the PIN is confirmed, even to a known shopper", async () => {
    const known = shopper()
    const { customerId } = sandbox.createCustomer({ limit: 1000, tckn: known.tckn })
    const { KkbRefNo } = await client.hasoAuthSendInfo({ ...known, PreDefinedLimit: "250000" })
    expect(KkbRefNo).toBeDefined()
    const confirmed = await client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "123456" })
    expect(confirmed.CustomerInfo).toMatchObject({ CustomerId: customerId, CustomerLimit: 2500, AvailableLimit: 2500 })
  })
})

describe("limits without SMS", () => {
  it("5.2.5 creates or updates a customer with the predefined limit, not for a suspended one", async () => {
    const person = shopper()
    const created = await client.setPreDefinedLimit({ ...person, preDefinedLimit: "300000" })
    expect(created.CustomerInfo).toMatchObject({ CustomerLimit: 3000, AvailableLimit: 3000, Status: 1 })
    const raised = await client.setPreDefinedLimit({ ...person, preDefinedLimit: "450000" })
    expect(raised.CustomerInfo).toMatchObject({ CustomerId: created.CustomerInfo.CustomerId, CustomerLimit: 4500 })

    await client.suspendCustomer({ customerId: created.CustomerInfo.CustomerId })
    expect((await hasoError(client.setPreDefinedLimit({ ...person, preDefinedLimit: "1" }))).code).toBe(HasoCodes.CustomerSuspended)
  })

  it("5.2.6 saves a KDS limit unless the customer is suspended, overdue, or the number is someone else's", async () => {
    const person = shopper()
    const kds = { ...person, birthDate: "1990-04-01", dealerSegment: "GOLD", kdsLimit: 800000 }
    const saved = await client.setLimitFromKds(kds)
    expect(saved.CustomerInfo).toMatchObject({ CustomerLimit: 8000, AvailableLimit: 8000 })
    expect(sandbox.customer(saved.CustomerInfo.CustomerId)?.dealerSegment).toBe("GOLD")

    const other = shopper()
    await client.setLimitFromKds({ ...kds, ...other })
    const taken = await hasoError(client.setLimitFromKds({ ...kds, tckn: randomTckn(), mobileNumber: other.mobileNumber }))
    expect(taken.code).toBe(HasoCodes.InvalidField)

    // An installment past its term date blocks the KDS update.
    const customerId = saved.CustomerInfo.CustomerId
    const { TransactionPayments } = await client.createTransaction({ customerId, merchantOid: "KDS-1", orderAmount: "10000", selectedInstallment: 1 })
    await client.updateTransaction({ merchantOid: "KDS-1", transactionCode: TransactionPayments.TransactionCode, orderStatus: 1 })
    sandbox.setNow(new Date(Date.now() + 45 * 24 * 3600 * 1000))
    try {
      expect((await hasoError(client.setLimitFromKds(kds))).code).toBe(HasoCodes.CustomerSuspended)
    } finally {
      sandbox.setNow(null)
    }
    await client.suspendCustomer({ customerId })
    expect((await hasoError(client.setLimitFromKds(kds))).code).toBe(HasoCodes.CustomerSuspended)
  })
})
