import { HasoCodes } from "../../src/haso/contract/codes"
import { activeTransaction, clientFor, hasoError, useSandbox } from "./helpers"

/* Collections (5.6, 5.20, 5.19), enforcement (5.12–5.14) and daily reconciliation (5.11). */

const ctx = useSandbox({ now: "2025-01-31T10:00:00Z" }) // 13:00 in Istanbul

const paymentDate = "2025-01-31"

describe("payments collected outside Haso", () => {
  it("5.6 and 5.20 mark installments paid once; all paid completes the transaction and frees the limit", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode, plan } = await activeTransaction(ctx.client, customerId, "40000", 2)
    const [first, second] = plan.TransactionPayments.map((p) => p.PaymentCode)
    const other = await activeTransaction(ctx.client, customerId, "1000", 1)

    expect((await hasoError(ctx.client.setPaidPayment({ merchantOid: "NOPE", paymentCode: first, paymentDate }))).code).toBe(HasoCodes.TransactionNotFound)
    const foreign = other.plan.TransactionPayments[0].PaymentCode
    expect((await hasoError(ctx.client.setBulkPaidPayment({ merchantOid, paymentCodes: [second, foreign], paymentDate }))).code).toBe(
      HasoCodes.TransactionNotFound
    )
    expect(ctx.sandbox.transaction(transactionCode)?.payments.map((p) => p.paidKurus)).toEqual([0, 0]) // nothing half-done

    expect((await ctx.client.setPaidPayment({ merchantOid, paymentCode: first, paymentDate, paymentReferenceCode: "POS-1" })).Message).toBe("RS100")
    expect((await ctx.client.setPaidPayment({ merchantOid, paymentCode: first, paymentDate })).Message).toBe("RS100")
    expect(ctx.sandbox.transaction(transactionCode)?.payments.map((p) => [p.status, p.paidKurus])).toEqual([
      [1, 20_400],
      [0, 0],
    ])
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(500_000 - 40_000 - 1_000)

    expect((await ctx.client.setBulkPaidPayment({ merchantOid, paymentCodes: [first, second], paymentDate })).Message).toBe("RS100")
    expect(ctx.sandbox.transaction(transactionCode)?.status).toBe(4)
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(500_000 - 1_000)
    expect((await ctx.client.setBulkPaidPayment({ merchantOid, paymentCodes: [first, second], paymentDate })).Message).toBe("RS100")
    expect((await ctx.client.getReconciliation({ date: paymentDate })).PaidPaymentCount).toBe(2)
  })

  it("refuses to mark installments of a waiting transaction paid (H208)", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { TransactionPayments } = await ctx.client.createTransaction({ customerId, merchantOid: "WAIT", orderAmount: "1000", selectedInstallment: 1 })
    const paymentCode = TransactionPayments.TransactionPayments[0].PaymentCode
    expect((await hasoError(ctx.client.setPaidPayment({ merchantOid: "WAIT", paymentCode, paymentDate }))).code).toBe(HasoCodes.StatusNotAllowed)
  })

  it("5.19 loads a balance that closes whole installments, oldest term first", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const older = await activeTransaction(ctx.client, customerId, "40000", 2) // 204 on Feb 28 and Mar 31
    const small = await activeTransaction(ctx.client, customerId, "10000", 1) // 100 on Feb 28

    expect((await ctx.client.loadCustomerBalance({ customerId, balanceAmount: "35000", paymentDate })).Message).toBe("RS100")
    expect(ctx.sandbox.transaction(older.transactionCode)?.payments.map((p) => p.status)).toEqual([1, 0])
    expect(ctx.sandbox.transaction(small.transactionCode)?.status).toBe(4)
    expect(ctx.sandbox.customer(customerId)?.balanceKurus).toBe(4_600)
    expect((await hasoError(ctx.client.loadCustomerBalance({ customerId: "404", balanceAmount: "1", paymentDate }))).code).toBe(HasoCodes.CustomerNotFound)
  })
})

describe("enforcement (icra)", () => {
  it("5.12 hands over active transactions only; 5.13 and 5.14 need status 5", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode } = await activeTransaction(ctx.client, customerId, "100000", 3) // 4 × 261.25
    const ids = { merchantOid, transactionCode }
    expect((await hasoError(ctx.client.sendExecutionPayment({ ...ids, paymentAmount: "100", paymentDate }))).code).toBe(HasoCodes.StatusNotAllowed)
    expect((await hasoError(ctx.client.sendTransactionExpense({ ...ids, expenseAmount: "100" }))).code).toBe(HasoCodes.StatusNotAllowed)

    expect((await ctx.client.sendExecutionTransaction(ids)).Message).toBe("RS100")
    expect((await ctx.client.sendExecutionTransaction(ids)).Message).toBe("RS100")
    expect(ctx.sandbox.transaction(transactionCode)?.status).toBe(5)

    const { TransactionPayments } = await ctx.client.createTransaction({ customerId, merchantOid: "WAIT", orderAmount: "1000", selectedInstallment: 1 })
    const waiting = { merchantOid: "WAIT", transactionCode: TransactionPayments.TransactionCode }
    expect((await hasoError(ctx.client.sendExecutionTransaction(waiting))).code).toBe(HasoCodes.StatusNotAllowed)
    expect((await hasoError(ctx.client.sendExecutionTransaction({ ...waiting, transactionCode: "HT404" }))).code).toBe(HasoCodes.TransactionNotFound)
  })

  it("5.13 pays installments oldest first and 5.14 adds the cumulative expense to the last one", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const ids = await activeTransaction(ctx.client, customerId, "100000", 3)
    const { merchantOid, transactionCode } = ids
    await ctx.client.sendExecutionTransaction({ merchantOid, transactionCode })

    await ctx.client.sendExecutionPayment({ merchantOid, transactionCode, paymentAmount: "30000", paymentDate })
    expect(ctx.sandbox.transaction(transactionCode)?.payments.map((p) => [p.status, p.paidKurus])).toEqual([
      [1, 26_125],
      [2, 3_875],
      [0, 0],
      [0, 0],
    ])
    const tooMuch = await hasoError(ctx.client.sendExecutionPayment({ merchantOid, transactionCode, paymentAmount: "74501", paymentDate }))
    expect(tooMuch.code).toBe(HasoCodes.RefundExceedsRefundable)

    await ctx.client.sendTransactionExpense({ merchantOid, transactionCode, expenseAmount: "5000" })
    await ctx.client.sendTransactionExpense({ merchantOid, transactionCode, expenseAmount: "8000" })
    expect(ctx.sandbox.transaction(transactionCode)).toMatchObject({ expenseKurus: 8_000, totalKurus: 112_500 })
    expect(ctx.sandbox.transaction(transactionCode)?.payments[3].amountKurus).toBe(34_125)
    const lower = await hasoError(ctx.client.sendTransactionExpense({ merchantOid, transactionCode, expenseAmount: "6000" }))
    expect(lower.code).toBe(HasoCodes.InvalidField)

    await ctx.client.sendExecutionPayment({ merchantOid, transactionCode, paymentAmount: String(112_500 - 30_000), paymentDate })
    expect(ctx.sandbox.transaction(transactionCode)?.status).toBe(4)
  })
})

describe("5.11 daily reconciliation", () => {
  it("sums the Istanbul day's activations, refunds and payments, with a paged detail", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    await ctx.client.createTransaction({ customerId, merchantOid: "NOT-ACTIVE", orderAmount: "7700", selectedInstallment: 1 }) // not counted
    const a = await activeTransaction(ctx.client, customerId, "10000", 1)
    const b = await activeTransaction(ctx.client, customerId, "40000", 2)
    await ctx.client.refundTransaction({ ...b, refundAmount: "5000", refundId: "REC-R" })
    await ctx.client.setPaidPayment({ merchantOid: b.merchantOid, paymentCode: b.plan.TransactionPayments[0].PaymentCode, paymentDate })
    ctx.sandbox.setNow(new Date("2025-01-31T21:30:00Z")) // 00:30 on Feb 1 in Istanbul
    await activeTransaction(ctx.client, customerId, "2500", 1)

    expect(await ctx.client.getReconciliation({ date: "2025-01-31" })).toEqual({
      Date: "2025-01-31",
      TransactionCount: 2,
      TransactionTotal: 500,
      RefundCount: 1,
      RefundTotal: 50,
      PaidPaymentCount: 1,
      PaidPaymentTotal: 204,
    })
    expect((await ctx.client.getReconciliation({ date: "2025-02-01" })).TransactionTotal).toBe(25)

    const page1 = await ctx.client.getReconciliationDetail({ date: "2025-01-31", pageSize: 3 })
    expect(page1.TotalCount).toBe(4)
    expect(page1.Items.map((item) => [item.Type, item.TransactionCode, item.Amount])).toEqual([
      ["Transaction", a.transactionCode, 100],
      ["Transaction", b.transactionCode, 400],
      ["Refund", b.transactionCode, 50],
    ])
    expect(page1.Items[2]).toMatchObject({ RefundId: "REC-R", Date: "2025-01-31T13:00:00", CustomerId: customerId })
    const page2 = await ctx.client.getReconciliationDetail({ date: "2025-01-31", pageNo: 2, pageSize: 3 })
    expect(page2.Items).toEqual([expect.objectContaining({ Type: "Payment", PaymentCode: b.plan.TransactionPayments[0].PaymentCode, Amount: 204 })])

    expect((await hasoError(ctx.client.getReconciliation({ date: "2025-02-30" }))).code).toBe(HasoCodes.InvalidField)
  })

  it("reconciles a generated day of 10,000 transactions", async () => {
    const { transactionCodes } = ctx.sandbox.generateTransactions({ count: 10_000, date: "2025-03-01" })
    expect(transactionCodes).toHaveLength(10_000)
    const orders = ctx.sandbox.transactions().reduce((sum, t) => sum + t.orderAmountKurus, 0)
    const refunds = ctx.sandbox.refunds()
    const summary = await ctx.client.getReconciliation({ date: "2025-03-01" })
    expect(summary).toMatchObject({ TransactionCount: 10_000, TransactionTotal: orders / 100, RefundCount: 1_000 })
    expect(Math.round(summary.RefundTotal * 100)).toBe(refunds.reduce((sum, r) => sum + r.amountKurus, 0))

    const last = await ctx.client.getReconciliationDetail({ date: "2025-03-01", pageNo: 110 })
    expect(last.TotalCount).toBe(11_000)
    expect(last.Items).toHaveLength(100)
    expect(last.Items.at(-1)?.Date.startsWith("2025-03-01T23:5")).toBe(true)
    expect((await ctx.client.getReconciliation({ date: "2025-02-28" })).TransactionCount).toBe(0)
  })
})
