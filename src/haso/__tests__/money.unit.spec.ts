import { hasoDecimalToKurus, kurusToHasoAmount, kurusToMajor, toHasoAmount, toKurus } from "../money"

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
