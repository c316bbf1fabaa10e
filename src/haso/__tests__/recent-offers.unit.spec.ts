import { RecentOffers, type Offers } from "../recent-offers"

const ACCOUNT = "http://haso.test M1"
const query = (customerId: string, amountKurus = 123456) => ({ customerId, amountKurus })
const offersFor = (limit: number): Offers => ({
  customer: { AvailableLimit: limit } as Offers["customer"],
  offers: [{ installment_no: 1, installment_count: 2, installment_amount: 617.28, total_amount: 1234.56, fee: 0, down_payment: 0 }],
})

describe("RecentOffers", () => {
  let now = 0
  const clock = () => now
  beforeEach(() => {
    now = 1_000_000
  })

  it("gives back what was shown for the same customer and amount while it is younger than the allowed age", () => {
    const recent = new RecentOffers(100, clock)
    recent.keep(ACCOUNT, query("c1"), offersFor(5000))
    now += 119_999
    expect(recent.find(ACCOUNT, query("c1"), 120)?.customer?.AvailableLimit).toBe(5000)
    now += 1
    expect(recent.find(ACCOUNT, query("c1"), 120)).toBeUndefined()
  })

  it("never answers a different amount, customer, account, option set, or a reuse time of 0", () => {
    const recent = new RecentOffers(100, clock)
    recent.keep(ACCOUNT, query("c1"), offersFor(5000))
    expect(recent.find(ACCOUNT, query("c1", 123457), 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, query("c2"), 120)).toBeUndefined()
    expect(recent.find("http://haso.test M2", query("c1"), 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, { ...query("c1"), dealerSegment: "A" }, 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, { ...query("c1"), notCalculateFees: true }, 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, query("c1"), 0)).toBeUndefined()
  })

  it("keeps nothing without a customer (a segment's options are the same for everyone)", () => {
    const recent = new RecentOffers(100, clock)
    recent.keep(ACCOUNT, { amountKurus: 100, dealerSegment: "A" }, offersFor(0))
    expect(recent.find(ACCOUNT, { amountKurus: 100, dealerSegment: "A" }, 120)).toBeUndefined()
  })

  it("forgets every amount shown to a customer whose limit changed, and only theirs", () => {
    const recent = new RecentOffers(100, clock)
    recent.keep(ACCOUNT, query("c1"), offersFor(5000))
    recent.keep(ACCOUNT, query("c1", 999), offersFor(5000))
    recent.keep(ACCOUNT, query("c2"), offersFor(7000))
    recent.forget(ACCOUNT, "c1")
    expect(recent.find(ACCOUNT, query("c1"), 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, query("c1", 999), 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, query("c2"), 120)?.customer?.AvailableLimit).toBe(7000)
  })

  it("holds at most its number of customers, dropping the one shown least recently", () => {
    const recent = new RecentOffers(2, clock)
    recent.keep(ACCOUNT, query("c1"), offersFor(1))
    recent.keep(ACCOUNT, query("c2"), offersFor(2))
    recent.keep(ACCOUNT, query("c1", 5), offersFor(1))
    recent.keep(ACCOUNT, query("c3"), offersFor(3))
    expect(recent.find(ACCOUNT, query("c2"), 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, query("c1"), 120)).toBeDefined()
    expect(recent.find(ACCOUNT, query("c3"), 120)).toBeDefined()
  })

  it("holds the last four amounts shown to a customer, so a cart edited again and again does not grow it", () => {
    const recent = new RecentOffers(100, clock)
    for (const amount of [1, 2, 3, 4, 5]) recent.keep(ACCOUNT, query("c1", amount), offersFor(amount))
    recent.keep(ACCOUNT, query("c1", 2), offersFor(2))
    recent.keep(ACCOUNT, query("c1", 6), offersFor(6))
    expect(recent.find(ACCOUNT, query("c1", 1), 120)).toBeUndefined()
    expect(recent.find(ACCOUNT, query("c1", 3), 120)).toBeUndefined()
    for (const amount of [2, 4, 5, 6]) expect(recent.find(ACCOUNT, query("c1", amount), 120)?.customer?.AvailableLimit).toBe(amount)
  })
})
