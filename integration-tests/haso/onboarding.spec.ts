import { HasoCodes } from "../../src/haso/contract/codes"
import { randomTckn } from "../../src/sandbox/identity"
import { clientFor, hasoError, useSandbox } from "./helpers"

/* Limit determination (5.2.1–5.2.6): KKB with PIN, test results, predefined and KDS limits. */

const ctx = useSandbox()

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
    const started = await ctx.client.hasoAuthSendInfo(shopper())
    expect(started.KkbRefNo).toMatch(/^KKB[0-9A-F]{24}$/)
    expect(started.CustomerInfo).toBeUndefined()

    const resent = await ctx.client.resendKkbPinCode({ kkbRefNo: started.KkbRefNo! })
    expect(resent.Message).toBe("RS100")

    const wrong = await hasoError(ctx.client.sendKkbPinCode({ kkbRefNo: started.KkbRefNo!, pinCode: "000000" }))
    expect(wrong).toMatchObject({ kind: "business", code: HasoCodes.WrongPin })

    const confirmed = await ctx.client.sendKkbPinCode({ kkbRefNo: started.KkbRefNo!, pinCode: "123456" })
    expect(confirmed.KkbReportStatus).toBe("Approved")
    expect(confirmed.CustomerInfo).toMatchObject({ CustomerLimit: 10000, AvailableLimit: 10000, Status: 1 })
    const customer = ctx.sandbox.customer(confirmed.CustomerInfo!.CustomerId)
    expect(customer).toMatchObject({ limitKurus: 1_000_000, availableKurus: 1_000_000, status: 1 })
    // Check after the PIN: the same settled answer.
    const checked = await ctx.client.checkKkbReportResult({ kkbRefNo: started.KkbRefNo! })
    expect(checked).toMatchObject({ KkbReportStatus: "Approved", CustomerInfo: { CustomerId: customer!.customerId } })
  })

  it("answers a shopper Haso already knows with CustomerInfo at once, and refuses a suspended one", async () => {
    const known = shopper()
    const first = await ctx.client.hasoAuthSendInfo(known)
    const { CustomerInfo } = await ctx.client.sendKkbPinCode({ kkbRefNo: first.KkbRefNo!, pinCode: "123456" })

    const again = await ctx.client.hasoAuthSendInfo(known)
    expect(again.KkbRefNo).toBeUndefined()
    expect(again.CustomerInfo?.CustomerId).toBe(CustomerInfo!.CustomerId)

    await ctx.client.suspendCustomer({ customerId: CustomerInfo!.CustomerId })
    expect((await hasoError(ctx.client.hasoAuthSendInfo(known))).code).toBe(HasoCodes.CustomerSuspended)
  })

  it("refuses a TCKN whose checksum is wrong and an unknown kkbRefNo with H102", async () => {
    const badTckn = await hasoError(ctx.client.hasoAuthSendInfo(shopper({ tckn: "12345678901" })))
    expect(badTckn.code).toBe(HasoCodes.InvalidField)
    expect(badTckn.message).toContain("H102")
    for (const call of [
      ctx.client.sendKkbPinCode({ kkbRefNo: "KKBNOPE", pinCode: "123456" }),
      ctx.client.checkKkbReportResult({ kkbRefNo: "KKBNOPE" }),
      ctx.client.resendKkbPinCode({ kkbRefNo: "KKBNOPE" }),
    ]) {
      expect((await hasoError(call)).code).toBe(HasoCodes.InvalidField)
    }
  })

  it("follows setKkbOutcome: rejected is H206, pending counts down CheckKkbReportResult", async () => {
    const rejected = shopper()
    ctx.sandbox.setKkbOutcome(rejected.tckn, { result: "rejected" })
    const { KkbRefNo: rejectedRef } = await ctx.client.hasoAuthSendInfo(rejected)
    expect((await hasoError(ctx.client.sendKkbPinCode({ kkbRefNo: rejectedRef!, pinCode: "123456" }))).code).toBe(HasoCodes.KkbRejected)

    const slow = shopper()
    ctx.sandbox.setKkbOutcome(slow.tckn, { result: "pending", checks: 2, then: { result: "approved", limit: 7500 } })
    const { KkbRefNo } = await ctx.client.hasoAuthSendInfo(slow)
    expect((await ctx.client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })).KkbReportStatus).toBe("Pending") // before the PIN
    expect((await ctx.client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "123456" })).KkbReportStatus).toBe("Pending")
    expect((await ctx.client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })).KkbReportStatus).toBe("Pending")
    expect((await ctx.client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })).KkbReportStatus).toBe("Pending")
    const done = await ctx.client.checkKkbReportResult({ kkbRefNo: KkbRefNo! })
    expect(done).toMatchObject({ KkbReportStatus: "Approved", CustomerInfo: { CustomerLimit: 7500, AvailableLimit: 7500 } })
  })

  it("lets testOn pick the outcome with testResult and any PIN", async () => {
    const { KkbRefNo } = await ctx.client.hasoAuthSendInfo({ ...shopper(), testOn: true })
    expect((await ctx.client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "9", testResult: "RETRY" })).KkbReportStatus).toBe("Pending")
    const approved = await ctx.client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "9", testResult: "B" })
    expect(approved.CustomerInfo).toMatchObject({ CustomerLimit: 15000 })

    const { KkbRefNo: zeroRef } = await ctx.client.hasoAuthSendInfo({ ...shopper(), testOn: true })
    const zero = await ctx.client.sendKkbPinCode({ kkbRefNo: zeroRef!, pinCode: "x", testResult: "E" })
    expect(zero).toMatchObject({ KkbReportStatus: "Approved", CustomerInfo: { CustomerLimit: 0 } })
  })

  it("gives the PreDefinedLimit once the PIN is confirmed, even to a known shopper", async () => {
    const known = shopper()
    const { customerId } = ctx.sandbox.createCustomer({ limit: 1000, tckn: known.tckn })
    const { KkbRefNo } = await ctx.client.hasoAuthSendInfo({ ...known, PreDefinedLimit: "250000" })
    expect(KkbRefNo).toBeDefined()
    const confirmed = await ctx.client.sendKkbPinCode({ kkbRefNo: KkbRefNo!, pinCode: "123456" })
    expect(confirmed.CustomerInfo).toMatchObject({ CustomerId: customerId, CustomerLimit: 2500, AvailableLimit: 2500 })
  })
})

describe("limits without SMS", () => {
  it("5.2.5 creates or updates a customer with the predefined limit, not for a suspended one", async () => {
    const person = shopper()
    const created = await ctx.client.setPreDefinedLimit({ ...person, preDefinedLimit: "300000" })
    expect(created.CustomerInfo).toMatchObject({ CustomerLimit: 3000, AvailableLimit: 3000, Status: 1 })
    const raised = await ctx.client.setPreDefinedLimit({ ...person, preDefinedLimit: "450000" })
    expect(raised.CustomerInfo).toMatchObject({ CustomerId: created.CustomerInfo.CustomerId, CustomerLimit: 4500 })

    await ctx.client.suspendCustomer({ customerId: created.CustomerInfo.CustomerId })
    expect((await hasoError(ctx.client.setPreDefinedLimit({ ...person, preDefinedLimit: "1" }))).code).toBe(HasoCodes.CustomerSuspended)
  })

  it("5.2.6 saves a KDS limit unless the customer is suspended, overdue, or the number is someone else's", async () => {
    const person = shopper()
    const kds = { ...person, birthDate: "1990-04-01", dealerSegment: "GOLD", kdsLimit: 800000 }
    const saved = await ctx.client.setLimitFromKds(kds)
    expect(saved.CustomerInfo).toMatchObject({ CustomerLimit: 8000, AvailableLimit: 8000 })
    expect(ctx.sandbox.customer(saved.CustomerInfo.CustomerId)?.dealerSegment).toBe("GOLD")

    const other = shopper()
    await ctx.client.setLimitFromKds({ ...kds, ...other })
    const taken = await hasoError(ctx.client.setLimitFromKds({ ...kds, tckn: randomTckn(), mobileNumber: other.mobileNumber }))
    expect(taken.code).toBe(HasoCodes.InvalidField)

    // An installment past its term date blocks the KDS update.
    const customerId = saved.CustomerInfo.CustomerId
    const { TransactionPayments } = await ctx.client.createTransaction({ customerId, merchantOid: "KDS-1", orderAmount: "10000", selectedInstallment: 1 })
    await ctx.client.updateTransaction({ merchantOid: "KDS-1", transactionCode: TransactionPayments.TransactionCode, orderStatus: 1 })
    ctx.sandbox.setNow(new Date(Date.now() + 45 * 24 * 3600 * 1000))
    try {
      expect((await hasoError(ctx.client.setLimitFromKds(kds))).code).toBe(HasoCodes.CustomerSuspended)
    } finally {
      ctx.sandbox.setNow(null)
    }
    await ctx.client.suspendCustomer({ customerId })
    expect((await hasoError(ctx.client.setLimitFromKds(kds))).code).toBe(HasoCodes.CustomerSuspended)
  })
})
