import { hasoDateTimeToIso, isCalendarDate, istanbulDate, istanbulDayRange, istanbulHour, istanbulOffsetMs, istanbulToday, previousIstanbulDay } from "../dates"

/*
 * Expected values are written out from Türkiye's clock history (as in the
 * tz database Node's ICU carries): UTC+3 all year since 2016; before that
 * UTC+2 in winter and UTC+3 in summer, with 2015's changes on 29 March
 * 01:00 UTC (03:00 → 04:00) and 8 November 01:00 UTC (04:00 → 03:00); before
 * 1 October 1910 00:00 local time (22:03:04 UTC), Istanbul Mean Time, UTC+1:56:56.
 */
const at = (iso: string) => new Date(iso)

describe("istanbulDate", () => {
  it.each([
    ["2026-11-30T20:59:59.999Z", "2026-11-30"],
    ["2026-11-30T21:00:00Z", "2026-12-01"],
    ["2026-12-31T21:00:00Z", "2027-01-01"],
    ["2024-02-28T21:00:00Z", "2024-02-29"],
    // Winter 2015: UTC+2, so a day starts at 22:00 UTC.
    ["2015-01-15T21:59:59Z", "2015-01-15"],
    ["2015-01-15T22:00:00Z", "2015-01-16"],
    // Summer 2015: UTC+3.
    ["2015-07-01T20:59:59Z", "2015-07-01"],
    ["2015-07-01T21:00:00Z", "2015-07-02"],
    ["1910-09-30T22:03:03Z", "1910-09-30"],
    ["1910-09-30T22:03:04Z", "1910-10-01"],
  ])("%s is %s in Istanbul", (instant, date) => {
    expect(istanbulDate(at(instant))).toBe(date)
  })
})

describe("istanbulHour", () => {
  it.each([
    ["2026-11-30T20:59:59Z", 23],
    ["2026-11-30T21:00:00Z", 0], // 0, not 24
    ["2026-06-01T03:00:00Z", 6],
    ["2015-01-15T04:00:00Z", 6],
    ["2015-07-01T03:00:00Z", 6],
  ])("%s is hour %d in Istanbul", (instant, hour) => {
    expect(istanbulHour(at(instant))).toBe(hour)
  })
})

describe("istanbulOffsetMs", () => {
  const offset = (hours: number, minutes = 0, seconds = 0) => ((hours * 60 + minutes) * 60 + seconds) * 1000
  it.each([
    ["2026-11-30T12:00:00.500Z", "+03:00", offset(3)],
    ["2015-07-01T12:00:00Z", "+03:00", offset(3)],
    ["2015-01-15T12:00:00Z", "+02:00", offset(2)],
    ["2015-03-29T00:59:59Z", "+02:00", offset(2)],
    ["2015-03-29T01:00:00Z", "+03:00", offset(3)],
    ["2015-11-08T00:59:59Z", "+03:00", offset(3)],
    ["2015-11-08T01:00:00Z", "+02:00", offset(2)],
    // A change in the middle of a UTC hour.
    ["1910-09-30T22:03:03Z", "+01:56:56", offset(1, 56, 56)],
    ["1910-09-30T22:03:04Z", "+02:00", offset(2)],
  ])("at %s Istanbul is UTC%s", (instant, _label, ms) => {
    expect(istanbulOffsetMs(at(instant))).toBe(ms)
  })
})

describe("istanbulDate and istanbulHour", () => {
  it("agree with Intl's own formatting every 37 minutes through 2015, both clock changes included", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" })
    const disagreements: string[] = []
    for (let ms = Date.parse("2015-01-01T00:00:00Z"); ms < Date.parse("2016-01-01T00:00:00Z"); ms += 37 * 60_000) {
      const [date, hour] = intl.format(ms).split(", ")
      const ours = `${istanbulDate(new Date(ms))} ${istanbulHour(new Date(ms))}`
      if (ours !== `${date} ${Number(hour)}`) disagreements.push(`${new Date(ms).toISOString()}: ${ours}, Intl ${date} ${hour}`)
    }
    expect(disagreements).toEqual([])
  })
})

describe("istanbulDayRange", () => {
  it.each([
    ["2026-12-01", "2026-11-30T21:00:00.000Z", "2026-12-01T21:00:00.000Z"],
    ["2027-01-01", "2026-12-31T21:00:00.000Z", "2027-01-01T21:00:00.000Z"],
    ["2015-07-01", "2015-06-30T21:00:00.000Z", "2015-07-01T21:00:00.000Z"],
    ["2015-01-15", "2015-01-14T22:00:00.000Z", "2015-01-15T22:00:00.000Z"],
    // The clocks went forward: a 23-hour day.
    ["2015-03-29", "2015-03-28T22:00:00.000Z", "2015-03-29T21:00:00.000Z"],
    // The clocks went back: a 25-hour day.
    ["2015-11-08", "2015-11-07T21:00:00.000Z", "2015-11-08T22:00:00.000Z"],
    // Istanbul Mean Time ended at midnight, which jumped to 00:03:04.
    ["1910-10-01", "1910-09-30T22:03:04.000Z", "1910-10-01T22:00:00.000Z"],
  ])("%s runs from %s to %s", (date, from, to) => {
    const range = istanbulDayRange(date)
    expect(range.from.toISOString()).toBe(from)
    expect(range.to.toISOString()).toBe(to)
  })

  it("holds exactly the instants istanbulDate puts on that day", () => {
    for (const date of ["2026-12-01", "2015-01-15", "2015-03-29", "2015-11-08", "1910-09-30", "1910-10-01"]) {
      const { from, to } = istanbulDayRange(date)
      expect(istanbulDate(new Date(from.getTime() - 1))).not.toBe(date)
      expect(istanbulDate(from)).toBe(date)
      expect(istanbulDate(new Date(to.getTime() - 1))).toBe(date)
      expect(istanbulDate(to)).not.toBe(date)
    }
  })

  it("refuses what is not a calendar date", () => {
    expect(() => istanbulDayRange("2026-02-30")).toThrow(RangeError)
    expect(() => istanbulDayRange("abc")).toThrow(RangeError)
  })
})

describe("previousIstanbulDay", () => {
  it.each([
    ["2026-11-30T21:30:00Z", "2026-11-30"], // 00:30 on 1 December in Istanbul
    ["2026-11-30T20:59:59Z", "2026-11-29"], // 23:59:59 on 30 November
    ["2026-12-31T21:00:00Z", "2026-12-31"], // midnight on 1 January 2027
    ["2024-02-29T21:00:00Z", "2024-02-29"], // midnight on 1 March, after a leap day
    // 00:30 on 30 March 2015, after the 23-hour day; 24 hours earlier was still 28 March there.
    ["2015-03-29T21:30:00Z", "2015-03-29"],
    // 00:30 on 9 November 2015, after the 25-hour day.
    ["2015-11-08T22:30:00Z", "2015-11-08"],
  ])("before %s is %s", (instant, date) => {
    expect(previousIstanbulDay(at(instant))).toBe(date)
  })
})

describe("istanbulToday", () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it("is the Istanbul date of now, moved by whole calendar days", () => {
    jest.useFakeTimers({ now: at("2026-11-30T21:00:00Z") })
    expect(istanbulToday()).toBe("2026-12-01")
    expect(istanbulToday(-1)).toBe("2026-11-30")
    expect(istanbulToday(31)).toBe("2027-01-01")

    jest.setSystemTime(at("2026-11-30T20:59:59Z"))
    expect(istanbulToday()).toBe("2026-11-30")
  })
})

describe("isCalendarDate", () => {
  it.each(["2026-01-01", "2026-02-28", "2024-02-29", "2026-12-31", "0001-01-01"])("%s is one", (date) => {
    expect(isCalendarDate(date)).toBe(true)
  })

  it.each(["2026-13-01", "2026-02-30", "2026-02-29", "2026-00-10", "2026-04-31", "abc", "", "2026-1-01", "2026-01-01T00:00:00Z", " 2026-01-01", "20260101"])(
    "%p is not, and does not throw",
    (date) => {
      expect(isCalendarDate(date)).toBe(false)
    }
  )

  it("says no to what is not a string", () => {
    expect(isCalendarDate(undefined as unknown as string)).toBe(false)
    expect(isCalendarDate(20260101 as unknown as string)).toBe(false)
  })
})

describe("hasoDateTimeToIso", () => {
  it("reads Haso's zone-less date-times as Istanbul wall time", () => {
    expect(hasoDateTimeToIso("2026-12-03T15:36:00")).toBe("2026-12-03T12:36:00.000Z")
    expect(hasoDateTimeToIso("2015-01-15T10:00:00")).toBe("2015-01-15T08:00:00.000Z") // +2 before 2016, in winter
  })

  it("keeps a value that names its zone, and one it cannot read", () => {
    expect(hasoDateTimeToIso("2026-12-03T15:36:00Z")).toBe("2026-12-03T15:36:00.000Z")
    expect(hasoDateTimeToIso("yesterday")).toBe("yesterday")
  })
})
