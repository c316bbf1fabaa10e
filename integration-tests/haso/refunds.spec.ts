import { HasoCodes } from "../../src/haso/contract/codes"
import { activeTransaction, clientFor, hasoError, useSandbox } from "./helpers"

/* Refunds: 5.7 RefundTransaction and 5.8 CheckRefund, and what they give back to the limit. */

const ctx = useSandbox({ now: "2025-01-31T10:00:00Z" })

describe("partial and full refunds", () => {
  it("takes a partial refund off the last installments, then refunds exactly the rest as a full refund", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode } = await activeTransaction(ctx.client, customerId, "100000", 3) // 4 × 261.25
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(400_000)

    const partial = await ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "30000", refundId: "R-1" })
    expect(partial).toEqual({
      Message: "RS100",
      RefundId: "R-1",
      RefundAmount: 300,
      hasoRefundAmount: 0,
      hasoRefundFeeAmount: 0,
      PaymentPlan: [
        { InstallmentNo: 1, installmentPayment: 261.25, termDate: "2025-02-28T00:00:00" },
        { InstallmentNo: 2, installmentPayment: 261.25, termDate: "2025-03-31T00:00:00" },
        { InstallmentNo: 3, installmentPayment: 222.5, termDate: "2025-04-30T00:00:00" },
      ],
    })
    expect(ctx.sandbox.transaction(transactionCode)).toMatchObject({ status: 3, refundedKurus: 30_000 })
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(430_000)

    const tooMuch = await hasoError(ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "80000", refundId: "R-2" }))
    expect(tooMuch.code).toBe(HasoCodes.RefundExceedsRefundable)

    const rest = await ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "70000", refundId: "R-3" })
    expect(rest).toMatchObject({ RefundAmount: 700, hasoRefundFeeAmount: 45, PaymentPlan: [] })
    expect(ctx.sandbox.transaction(transactionCode)?.status).toBe(2)
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(500_000)
    expect(ctx.sandbox.refunds().map((r) => [r.refundId, r.amountKurus, r.full])).toEqual([
      ["R-1", 30_000, false],
      ["R-3", 70_000, true],
    ])

    const afterFull = await hasoError(ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "100", refundId: "R-4" }))
    expect(afterFull.code).toBe(HasoCodes.StatusNotAllowed)
  })

  it("treats the order amount or more as a full refund and returns what the customer already paid", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode, plan } = await activeTransaction(ctx.client, customerId, "40000", 2) // 2 × 204, fee 8
    await ctx.client.setPaidPayment({ merchantOid, paymentCode: plan.TransactionPayments[0].PaymentCode, paymentDate: "2025-01-31" })

    const full = await ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "99999999", refundId: "F-1" })
    expect(full).toMatchObject({ RefundAmount: 400, hasoRefundAmount: 204, hasoRefundFeeAmount: 8, PaymentPlan: [] })
    expect(ctx.sandbox.transaction(transactionCode)?.payments.map((p) => p.status)).toEqual([4, 4])
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(500_000)
  })

  it("reports the part of a partial refund that the paid installments had already covered", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode, plan } = await activeTransaction(ctx.client, customerId, "40000", 2)
    await ctx.client.setPaidPayment({ merchantOid, paymentCode: plan.TransactionPayments[0].PaymentCode, paymentDate: "2025-01-31" })

    const partial = await ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "30000", refundId: "P-1" })
    expect(partial).toMatchObject({ RefundAmount: 300, hasoRefundAmount: 96, PaymentPlan: [{ InstallmentNo: 1, installmentPayment: 204 }] })
  })

  it("never gives back more than the limit", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 100 })
    const { TransactionPayments } = await ctx.client.createTransaction({
      customerId,
      merchantOid: "CAP-1",
      orderAmount: "50000",
      selectedInstallment: 1,
      availableLimit: 50000, // the merchant keeps the limit: Haso checks nothing
    })
    const transactionCode = TransactionPayments.TransactionCode
    await ctx.client.updateTransaction({ merchantOid: "CAP-1", transactionCode, orderStatus: 1 })
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(0)
    await ctx.client.refundTransaction({ merchantOid: "CAP-1", transactionCode, refundAmount: "50000", refundId: "CAP-R" })
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(10_000)
  })

  it("refuses waiting or unknown transactions and a zero amount", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { TransactionPayments } = await ctx.client.createTransaction({ customerId, merchantOid: "WAIT-1", orderAmount: "1000", selectedInstallment: 1 })
    const waiting = { merchantOid: "WAIT-1", transactionCode: TransactionPayments.TransactionCode }
    expect((await hasoError(ctx.client.refundTransaction({ ...waiting, refundAmount: "1000", refundId: "W" }))).code).toBe(HasoCodes.StatusNotAllowed)
    expect((await hasoError(ctx.client.refundTransaction({ ...waiting, transactionCode: "HT404", refundAmount: "1", refundId: "X" }))).code).toBe(
      HasoCodes.TransactionNotFound
    )
    const { merchantOid, transactionCode } = await activeTransaction(ctx.client, customerId, "1000", 1)
    expect((await hasoError(ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "0", refundId: "Z" }))).code).toBe(HasoCodes.InvalidField)
  })
})

describe("refundId idempotency", () => {
  it("answers a repeated refundId with H307 and CheckRefund with the original result", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode } = await activeTransaction(ctx.client, customerId, "100000", 3)
    const refund = { merchantOid, transactionCode, refundAmount: "10000", refundId: "refund-42" }
    const first = await ctx.client.refundTransaction(refund)

    const repeat = await hasoError(ctx.client.refundTransaction(refund))
    expect(repeat.code).toBe(HasoCodes.RefundAlreadyMade)
    expect(ctx.sandbox.transaction(transactionCode)?.refundedKurus).toBe(10_000) // refunded once
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(410_000)

    expect(await ctx.client.checkRefund({ merchantOid, transactionCode, refundId: "refund-42" })).toEqual(first)

    // The refundId is unique across the merchant's transactions.
    const other = await activeTransaction(ctx.client, customerId, "5000", 1)
    const elsewhere = await hasoError(ctx.client.refundTransaction({ ...refund, ...other, refundAmount: "100" }))
    expect(elsewhere.code).toBe(HasoCodes.RefundAlreadyMade)
  })

  it("answers H308 for a refundId it does not know for that transaction", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode } = await activeTransaction(ctx.client, customerId, "100000", 3)
    await ctx.client.refundTransaction({ merchantOid, transactionCode, refundAmount: "100", refundId: "known" })
    const other = await activeTransaction(ctx.client, customerId, "5000", 1)

    expect((await hasoError(ctx.client.checkRefund({ merchantOid, transactionCode, refundId: "unknown" }))).code).toBe(HasoCodes.RefundNotFound)
    expect((await hasoError(ctx.client.checkRefund({ ...other, refundId: "known" }))).code).toBe(HasoCodes.RefundNotFound)
  })
})
