import { HasoCodes } from "../../src/haso/contract/codes"
import { activeTransaction, clientFor, hasoError, nextOid, useSandbox } from "./helpers"

/* Transactions: 5.3 create, 5.4 activate/cancel, 5.5 plan, 5.9 and 5.10 customer lists. */

const ctx = useSandbox({ now: "2025-01-31T10:00:00Z" })

describe("5.3 CreateTransaction", () => {
  it("answers the plan of the InstallmentNo and waits for activation without touching the limit", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const merchantOid = nextOid()
    const { TransactionPayments: plan } = await ctx.client.createTransaction({
      customerId,
      merchantOid,
      orderAmount: "100000",
      selectedInstallment: 3,
      basketList: [{ skuCode: "SKU-1", skuAmount: 100000, productName: "Çaydanlık" }],
    })
    expect(plan).toMatchObject({ MerchantOid: merchantOid, CustomerId: customerId, TotalAmount: 1045, Fee: 45, downPayment: 0 })
    expect(plan.TransactionPayments.map((p) => [p.InstallmentNo, p.InstallmentPayment, p.TermDate])).toEqual([
      [1, 261.25, "2025-02-28T00:00:00"],
      [2, 261.25, "2025-03-31T00:00:00"],
      [3, 261.25, "2025-04-30T00:00:00"],
      [4, 261.25, "2025-05-31T00:00:00"],
    ])
    expect(new Set(plan.TransactionPayments.map((p) => p.PaymentCode)).size).toBe(4)

    const stored = ctx.sandbox.transaction(plan.TransactionCode)
    expect(stored).toMatchObject({ status: 0, orderAmountKurus: 100_000, feeKurus: 4_500, installmentCount: 4 })
    expect(stored?.basketList).toEqual([{ skuCode: "SKU-1", skuAmount: 100000, productName: "Çaydanlık" }])
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(500_000)
  })

  it("puts the remainder on the last installment and postpones the first term by a month", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { TransactionPayments: plan } = await ctx.client.createTransaction({
      customerId,
      merchantOid: nextOid(),
      orderAmount: "100000",
      selectedInstallment: 4, // 6 installments, 1,070 TRY
      PostponeSelected: true,
    })
    const amounts = plan.TransactionPayments.map((p) => p.InstallmentPayment)
    expect(amounts).toEqual([178.33, 178.33, 178.33, 178.33, 178.33, 178.35])
    expect(plan.TransactionPayments[0].TermDate).toBe("2025-03-31T00:00:00")
  })

  it("refuses with H223, H203, H201 and H204 (carrying the existing TransactionCode)", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 1000 })
    const order = { customerId, merchantOid: nextOid(), orderAmount: "50000", selectedInstallment: 3 }

    expect((await hasoError(ctx.client.createTransaction({ ...order, customerId: "404" }))).code).toBe(HasoCodes.CustomerNotFound)
    // 12 is the count of option 6; a client sending counts instead of InstallmentNo is refused.
    const byCount = await hasoError(ctx.client.createTransaction({ ...order, selectedInstallment: 12 }))
    expect(byCount.code).toBe(HasoCodes.InvalidInstallment)
    const overLimit = await hasoError(ctx.client.createTransaction({ ...order, orderAmount: "100001" }))
    expect(overLimit).toMatchObject({ kind: "business", code: HasoCodes.InsufficientLimit })

    const { TransactionPayments } = await ctx.client.createTransaction(order)
    const duplicate = await hasoError(ctx.client.createTransaction(order))
    expect(duplicate.code).toBe(HasoCodes.DuplicateMerchantOid)
    expect(duplicate.data).toEqual({ TransactionCode: TransactionPayments.TransactionCode })
  })

  it("skips the limit check when availableLimit > 0 and asks the excess as down payment", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 100 })
    const { TransactionPayments } = await ctx.client.createTransaction({
      customerId,
      merchantOid: nextOid(),
      orderAmount: "150000",
      selectedInstallment: 1,
      availableLimit: 100000,
    })
    expect(TransactionPayments).toMatchObject({ TotalAmount: 1500, downPayment: 500, downPaymentType: "OverLimit" })
  })
})

describe("5.4 UpdateTransaction", () => {
  it("activates once: the limit drops by the order amount (not the fee), a repeat changes nothing", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const merchantOid = nextOid()
    const { TransactionPayments: plan } = await ctx.client.createTransaction({ customerId, merchantOid, orderAmount: "100000", selectedInstallment: 3 })
    const activate = { merchantOid, transactionCode: plan.TransactionCode, orderStatus: 1 as const }

    expect(await ctx.client.updateTransaction(activate)).toEqual({ Message: "RS100", TransactionStatus: 1 })
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(400_000)
    expect(await ctx.client.updateTransaction(activate)).toEqual({ Message: "RS100", TransactionStatus: 1 })
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(400_000)

    expect((await hasoError(ctx.client.updateTransaction({ ...activate, orderStatus: 2 }))).code).toBe(HasoCodes.StatusNotAllowed)
    expect((await hasoError(ctx.client.updateTransaction({ ...activate, merchantOid: "OTHER" }))).code).toBe(HasoCodes.TransactionNotFound)
  })

  it("re-checks the limit at activation when two waiting transactions no longer both fit", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 1000 })
    const first = await ctx.client.createTransaction({ customerId, merchantOid: "A-1", orderAmount: "70000", selectedInstallment: 1 })
    const second = await ctx.client.createTransaction({ customerId, merchantOid: "A-2", orderAmount: "70000", selectedInstallment: 1 })
    await ctx.client.updateTransaction({ merchantOid: "A-1", transactionCode: first.TransactionPayments.TransactionCode, orderStatus: 1 })
    const refused = await hasoError(ctx.client.updateTransaction({ merchantOid: "A-2", transactionCode: second.TransactionPayments.TransactionCode, orderStatus: 1 }))
    expect(refused.code).toBe(HasoCodes.InsufficientLimit)
    expect(ctx.sandbox.transaction(second.TransactionPayments.TransactionCode)?.status).toBe(0)
  })

  it("drops a waiting transaction with orderStatus 2 (repeatable) and will not activate it afterwards", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 1000 })
    const { TransactionPayments: plan } = await ctx.client.createTransaction({ customerId, merchantOid: "C-1", orderAmount: "10000", selectedInstallment: 2 })
    const cancel = { merchantOid: "C-1", transactionCode: plan.TransactionCode, orderStatus: 2 as const }
    expect(await ctx.client.updateTransaction(cancel)).toEqual({ Message: "RS100", TransactionStatus: 2 })
    expect(await ctx.client.updateTransaction(cancel)).toEqual({ Message: "RS100", TransactionStatus: 2 })
    expect(ctx.sandbox.transaction(plan.TransactionCode)?.payments.map((p) => p.status)).toEqual([4, 4])
    expect((await hasoError(ctx.client.updateTransaction({ ...cancel, orderStatus: 1 }))).code).toBe(HasoCodes.StatusNotAllowed)
    expect(ctx.sandbox.customer(customerId)?.availableKurus).toBe(100_000)
  })
})

describe("reading transactions", () => {
  it("5.5 returns the current plan, with an installment past its term reported overdue", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, transactionCode, plan } = await activeTransaction(ctx.client, customerId, "100000", 2)
    const fresh = await ctx.client.getPaymentsOfTransaction({ merchantOid, transactionCode })
    expect(fresh).toMatchObject({ TransactionCode: transactionCode, MerchantOid: merchantOid, TransactionStatus: 1, TotalAmount: 1020 })
    expect(fresh.Payments.map((p) => [p.PaymentCode, p.PaymentStatus, p.PaidAmount])).toEqual(
      plan.TransactionPayments.map((p) => [p.PaymentCode, 0, 0])
    )

    ctx.sandbox.setNow(new Date("2025-03-05T10:00:00Z")) // after the first term (Feb 28), before the second (Mar 31)
    const later = await ctx.client.getPaymentsOfTransaction({ merchantOid, transactionCode })
    expect(later.Payments.map((p) => p.PaymentStatus)).toEqual([3, 0])
    expect((await hasoError(ctx.client.getPaymentsOfTransaction({ merchantOid, transactionCode: "HT404" }))).code).toBe(HasoCodes.TransactionNotFound)
  })

  it("5.9 lists every transaction newest first, waiting ones included, paged and filtered", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const codes: string[] = []
    for (let i = 0; i < 3; i++) {
      codes.push((await activeTransaction(ctx.client, customerId, "1000", 1)).transactionCode)
    }
    const waiting = await ctx.client.createTransaction({ customerId, merchantOid: "W-1", orderAmount: "1000", selectedInstallment: 1 })
    codes.push(waiting.TransactionPayments.TransactionCode)

    const all = await ctx.client.getCustomerTransactions({ customerId })
    expect(all.TotalCount).toBe(4)
    expect(all.Transactions.map((t) => t.TransactionCode)).toEqual([...codes].reverse())
    expect(all.Transactions[0]).toMatchObject({ MerchantOid: "W-1", TransactionStatus: 0, CreatedDate: "2025-01-31T13:00:00" })

    const page2 = await ctx.client.getCustomerTransactions({ customerId, pageNo: 2, pageSize: 3 })
    expect(page2.Transactions.map((t) => t.TransactionCode)).toEqual([codes[0]])
    expect(page2.TotalCount).toBe(4)
    const filtered = await ctx.client.getCustomerTransactions({ customerId, transactionCodes: [codes[1]] })
    expect(filtered).toMatchObject({ TotalCount: 1, Transactions: [{ TransactionCode: codes[1] }] })
    expect((await hasoError(ctx.client.getCustomerTransactions({ customerId: "404" }))).code).toBe(HasoCodes.CustomerNotFound)
  })

  it("5.10 lists the customer's installments with a status filter", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const { merchantOid, plan } = await activeTransaction(ctx.client, customerId, "40000", 2)
    await ctx.client.setPaidPayment({ merchantOid, paymentCode: plan.TransactionPayments[0].PaymentCode, paymentDate: "2025-01-31" })

    const all = await ctx.client.getCustomerPayments({ customerId })
    expect(all.TotalCount).toBe(2)
    const paid = await ctx.client.getCustomerPayments({ customerId, paymentStatuses: [1] })
    expect(paid).toMatchObject({ TotalCount: 1, Payments: [{ PaymentCode: plan.TransactionPayments[0].PaymentCode, PaidAmount: 204, MerchantOid: merchantOid }] })
    expect((await ctx.client.getCustomerPayments({ customerId, paymentStatuses: [0], pageSize: 1 })).Payments).toHaveLength(1)
    expect((await hasoError(ctx.client.getCustomerPayments({ customerId: "404" }))).code).toBe(HasoCodes.CustomerNotFound)
  })
})
