import { exactAmount, hasoDecimalToKurus, kurusToHasoAmount, kurusToMajor, kurusToRefund, toHasoAmount, toKurus } from "../money"

describe("toHasoAmount: Medusa major units → Haso ×100 string", () => {
  it.each([
    [19.99, "1999"],
    [1500.5, "150050"],
    [0.1 + 0.2, "30"], // 0.30000000000000004 in binary floating point
    ["149.90", "14990"],
    [19.995, "2000"], // half up to the kuruş
    [0.004, "0"],
    [0, "0"],
    [9_999_999.99, "999999999"],
    ["1234567890123.45", "123456789012345"],
  ])("%p → %p", (amount, expected) => {
    expect(toHasoAmount(amount)).toBe(expected)
  })

  it("takes Medusa's raw BigNumber objects (refundPayment's amount)", () => {
    expect(toHasoAmount({ value: "20.25", precision: 20 })).toBe("2025")
  })

  it.each([
    ["negative", -1],
    ["negative string", "-0.01"],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["garbage string", "12,50 TL"],
    ["empty string", ""],
    ["object", {}],
    ["null", null],
    ["undefined", undefined],
    ["beyond safe integers", "1e15"],
  ])("rejects %s with a RangeError", (_, amount) => {
    expect(() => toHasoAmount(amount as never)).toThrow(RangeError)
  })
})

describe("Haso decimals and kuruş", () => {
  it("reads response decimals in lira exactly", () => {
    expect(hasoDecimalToKurus(1500.5)).toBe(150050)
    expect(hasoDecimalToKurus("516.84")).toBe(51684)
    expect(hasoDecimalToKurus(0.1 + 0.2)).toBe(30)
  })

  it("rejects response decimals that are not amounts", () => {
    expect(() => hasoDecimalToKurus(NaN)).toThrow(RangeError)
    expect(() => hasoDecimalToKurus(-5)).toThrow(RangeError)
    expect(() => hasoDecimalToKurus("abc")).toThrow(RangeError)
  })

  it("converts kuruş back to major units and Haso strings", () => {
    expect(kurusToMajor(123456)).toBe(1234.56)
    expect(kurusToMajor(30)).toBe(0.3)
    expect(toKurus(kurusToMajor(159995))).toBe(159995)
    expect(kurusToHasoAmount(150050)).toBe("150050")
    expect(() => kurusToHasoAmount(10.5)).toThrow(RangeError)
    expect(() => kurusToHasoAmount(-1)).toThrow(RangeError)
  })
})

describe("kurusToRefund: Medusa refunds → kuruş at Haso, totals kept equal", () => {
  const base = { refundedBefore: 0, paymentAmount: "10.005", orderKurus: 1001, hasoRefundedKurus: 0 }

  it("rounds the running total, so halves of an odd kuruş do not vanish", () => {
    // 10.005 TRY authorized; Haso holds 1001 kuruş (10.005 rounds half up).
    const first = kurusToRefund({ ...base, requested: "5.0025" })
    const second = kurusToRefund({ ...base, requested: "5.0025", refundedBefore: "5.0025", hasoRefundedKurus: first })
    expect([first, second]).toEqual([500, 501])
    expect(first + second).toBe(1001)
  })

  it("sends everything Haso still holds with the refund that empties Medusa's refundable amount", () => {
    // A percentage promotion gave 432.383; Haso holds 43238 kuruş, 21619 already refunded.
    const last = kurusToRefund({ requested: "216.1915", refundedBefore: "216.1915", paymentAmount: "432.383", orderKurus: 43238, hasoRefundedKurus: 21619 })
    expect(last).toBe(43238 - 21619)
  })

  it("takes Medusa's raw BigNumber objects", () => {
    expect(kurusToRefund({ ...base, requested: { value: "2.50", precision: 20 }, paymentAmount: "100", orderKurus: 10000 })).toBe(250)
  })

  it("gives 0 for less than half a kuruş, so the caller can refuse it", () => {
    expect(kurusToRefund({ ...base, requested: "0.004", paymentAmount: "100", orderKurus: 10000 })).toBe(0)
  })
})

describe("exactAmount", () => {
  it.each([
    [{ value: "20.250", precision: 20 }, "20.25"],
    [432.383, "432.383"],
    ["10.005", "10.005"],
    [0, "0"],
  ])("%p → %p", (amount, expected) => expect(exactAmount(amount as never)).toBe(expected))

  it("refuses negative and missing amounts", () => {
    expect(() => exactAmount(-1)).toThrow(RangeError)
    expect(() => exactAmount(undefined as never)).toThrow(RangeError)
  })
})
