import { HasoCodes } from "../../src/haso/contract/codes"
import { activeTransaction, clientFor, hasoError, startSandbox, useSandbox } from "./helpers"

/* Installment options and rates (5.1, 5.21, 5.23) and customer administration (5.15, 5.16, 5.18, 5.22). */

const ctx = useSandbox()

describe("5.1 GetCustomerInformation", () => {
  it("prices every option of 1,000 TRY, with InstallmentNo not equal to the count", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000, availableLimit: 4200 })
    const info = await ctx.client.getCustomerInformation({ customerId, orderAmount: "100000" })
    expect(info.CustomerInfo).toEqual({ CustomerId: customerId, CustomerLimit: 5000, AvailableLimit: 4200, Status: 1 })
    expect(info.Installments).toEqual([
      { InstallmentNo: 1, InstallmentCount: 1, InstallmentAmount: 1000, TotalAmount: 1000, Fee: 0, DownPayment: 0 },
      { InstallmentNo: 2, InstallmentCount: 2, InstallmentAmount: 510, TotalAmount: 1020, Fee: 20, DownPayment: 0 },
      { InstallmentNo: 3, InstallmentCount: 4, InstallmentAmount: 261.25, TotalAmount: 1045, Fee: 45, DownPayment: 0 },
      { InstallmentNo: 4, InstallmentCount: 6, InstallmentAmount: 178.33, TotalAmount: 1070, Fee: 70, DownPayment: 0 },
      { InstallmentNo: 5, InstallmentCount: 9, InstallmentAmount: 122.22, TotalAmount: 1100, Fee: 100, DownPayment: 0 },
      { InstallmentNo: 6, InstallmentCount: 12, InstallmentAmount: 94.58, TotalAmount: 1135, Fee: 135, DownPayment: 0 },
    ])
  })

  it("answers CustomerInfo null for an unknown customer, Status 2 for a suspended one", async () => {
    const unknown = await ctx.client.getCustomerInformation({ customerId: "999", orderAmount: "5000" })
    expect(unknown.CustomerInfo).toBeNull()
    expect(unknown.Installments).toHaveLength(6)

    const { customerId } = ctx.sandbox.createCustomer({ limit: 100, suspended: true })
    expect((await ctx.client.getCustomerInformation({ customerId, orderAmount: "5000" })).CustomerInfo?.Status).toBe(2)
  })

  it("applies notCalculateFees, RevisedFeeRate and the risky customer's down payment", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000, risky: true })
    const option3 = async (extra: Record<string, unknown>) =>
      (await ctx.client.getCustomerInformation({ customerId, orderAmount: "100000", ...extra })).Installments.find((o) => o.InstallmentNo === 3)

    expect(await option3({})).toMatchObject({ Fee: 45, DownPayment: 261.25 })
    expect(await option3({ forceRiskFreeEvaluate: true })).toMatchObject({ DownPayment: 0 })
    expect(await option3({ notCalculateFees: true })).toMatchObject({ Fee: 0, TotalAmount: 1000 })
    expect(await option3({ RevisedFeeRate: 20 })).toMatchObject({ Fee: 9, TotalAmount: 1009 })
  })
})

describe("rates by dealer segment", () => {
  it("5.23 lists the rate table and 5.21 prices a segment, falling back to the unsegmented rates", async () => {
    const segmented = await startSandbox({
      installmentRates: [
        { installmentNo: 10, installmentCount: 3, feeRate: 3 },
        { installmentNo: 20, installmentCount: 3, feeRate: 1, dealerSegment: "GOLD" },
      ],
    })
    try {
      const own = clientFor(segmented)
      expect((await own.getInstallmentRates({})).InstallmentRates).toEqual([
        { InstallmentNo: 10, InstallmentCount: 3, FeeRate: 3, DealerSegment: null },
        { InstallmentNo: 20, InstallmentCount: 3, FeeRate: 1, DealerSegment: "GOLD" },
      ])
      const gold = await own.getInstallmentsWithSegment({ dealerSegment: "GOLD", orderAmount: "30000" })
      expect(gold.Installments).toEqual([{ InstallmentNo: 20, InstallmentCount: 3, InstallmentAmount: 101, TotalAmount: 303, Fee: 3, DownPayment: 0 }])
      const other = await own.getInstallmentsWithSegment({ dealerSegment: "SILVER", orderAmount: "30000" })
      expect(other.Installments.map((o) => o.InstallmentNo)).toEqual([10])
    } finally {
      await segmented.close()
    }
  })
})

describe("customer administration", () => {
  it("5.15 changes the mobile number: H311 same, RS115 when another customer has it, H223 unknown", async () => {
    const me = ctx.sandbox.createCustomer({ limit: 100, mobileNumber: "5321112233" })
    ctx.sandbox.createCustomer({ limit: 100, mobileNumber: "5329998877" })

    expect((await hasoError(ctx.client.changeCustomerGsmNo({ customerId: me.customerId, newGsmNo: "5321112233" }))).code).toBe(HasoCodes.SameGsmNo)
    const inUse = await ctx.client.changeCustomerGsmNo({ customerId: me.customerId, newGsmNo: "5329998877" })
    expect(inUse.Message).toBe("RS115")
    expect(inUse.KkbPhones).toEqual(["5321112233"])
    expect(ctx.sandbox.customer(me.customerId)?.mobileMasked).toBe("53******33")

    expect((await ctx.client.changeCustomerGsmNo({ customerId: me.customerId, newGsmNo: "5551234567" })).Message).toBe("RS100")
    expect(ctx.sandbox.customer(me.customerId)?.mobileMasked).toBe("55******67")
    expect((await hasoError(ctx.client.changeCustomerGsmNo({ customerId: "404", newGsmNo: "5551234567" }))).code).toBe(HasoCodes.CustomerNotFound)
  })

  it("5.16 suspends and 5.22 reactivates, both idempotent; a suspended customer cannot buy", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 1000 })
    await ctx.client.suspendCustomer({ customerId })
    expect((await ctx.client.suspendCustomer({ customerId })).Message).toBe("RS100")
    expect(ctx.sandbox.customer(customerId)?.status).toBe(2)
    const refused = await hasoError(ctx.client.createTransaction({ customerId, merchantOid: "S-1", orderAmount: "1000", selectedInstallment: 1 }))
    expect(refused.code).toBe(HasoCodes.CustomerSuspended)

    await ctx.client.reactivateCustomer({ customerId })
    expect((await ctx.client.reactivateCustomer({ customerId })).Message).toBe("RS100")
    expect((await ctx.client.getCustomerInformation({ customerId, orderAmount: "1000" })).CustomerInfo?.Status).toBe(1)
    for (const call of [ctx.client.suspendCustomer({ customerId: "404" }), ctx.client.reactivateCustomer({ customerId: "404" })]) {
      expect((await hasoError(call)).code).toBe(HasoCodes.CustomerNotFound)
    }
  })

  it("5.18 sets a special limit; the available part is what active transactions leave", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 1000 })
    await activeTransaction(ctx.client, customerId, "30000") // 300 TRY
    expect((await ctx.client.setCustomerSpecialLimit({ customerId, limitAmount: "500000" })).Message).toBe("RS100")
    expect(ctx.sandbox.customer(customerId)).toMatchObject({ limitKurus: 500_000, availableKurus: 470_000 })
    expect((await hasoError(ctx.client.setCustomerSpecialLimit({ customerId: "404", limitAmount: "1" }))).code).toBe(HasoCodes.CustomerNotFound)
  })
})
