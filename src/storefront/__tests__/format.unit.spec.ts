import { cheapestOption, formatDate, formatLira, formatTime, maxInstallmentCount, monthlyFrom, mostInstallmentsOption, type InstallmentOffer } from ".."

const offer = (installment_no: number, installment_count: number, total_amount: number): InstallmentOffer => ({
  installment_no,
  installment_count,
  installment_amount: Math.round((total_amount / installment_count) * 100) / 100,
  total_amount,
  fee: total_amount - 1200,
  down_payment: 0,
})

describe("storefront formatting", () => {
  it("writes lira the Turkish and the English way", () => {
    expect(formatLira(1234.56, "tr")).toBe("₺1.234,56")
    expect(formatLira(1234.56, "tr-TR")).toBe("₺1.234,56")
    expect(formatLira(1234.5, "en")).toBe("₺1,234.50")
    expect(formatLira(0)).toBe("₺0.00")
  })

  it("shows due dates as the calendar day Haso wrote", () => {
    expect(formatDate("2026-12-31", "tr")).toBe("31 Ara 2026")
    expect(formatDate("2026-12-31T00:00:00", "en")).toBe("Dec 31, 2026")
    // An instant with a zone is shown in Istanbul (UTC+3).
    expect(formatDate("2026-12-31T22:30:00Z", "en")).toBe("Jan 1, 2027")
    expect(formatDate("not a date", "en")).toBe("not a date")
    expect(formatDate(null, "en")).toBe("")
    expect(formatTime("2026-12-31T11:35:00Z", "tr")).toBe("14:35")
  })

  it("picks the cheapest and the longest option", () => {
    const options = [offer(3, 4, 1254), offer(1, 1, 1200), offer(6, 12, 1362), offer(2, 2, 1200), offer(5, 12, 1400)]
    expect(cheapestOption(options)?.installment_no).toBe(1)
    expect(mostInstallmentsOption(options)?.installment_no).toBe(6)
    expect(cheapestOption([])).toBeUndefined()
    expect(mostInstallmentsOption([])).toBeUndefined()
  })

  it("finds the lowest monthly amount and the most installments of a quote", () => {
    const installments = [
      { installment_count: 3, installment_amount: 410, total_amount: 1230, fee_rate: 2.5 },
      { installment_count: 12, installment_amount: 113.5, total_amount: 1362, fee_rate: 13.5 },
    ]
    expect(monthlyFrom({ installments, lowest_installment_amount: 113.5 })).toBe(113.5)
    expect(monthlyFrom({ installments })).toBe(113.5)
    expect(monthlyFrom({ installments: [] })).toBeUndefined()
    expect(maxInstallmentCount({ installments })).toBe(12)
    expect(maxInstallmentCount({ installments: [], max_installment_count: 0 })).toBe(0)
  })
})
