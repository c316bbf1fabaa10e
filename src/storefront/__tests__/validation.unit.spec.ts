import { isValidBirthDate, isValidEmail, isValidPin, isValidTckn, normalizeTurkishMobile, validateOnboarding } from ".."

/** Completes 9 digits into a TCKN with the check digits (the rule under test, written out separately). */
function tckn(nine: string): string {
  const d = nine.split("").map(Number)
  const tenth = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10
  const eleventh = (d.reduce((sum, n) => sum + n, 0) + tenth) % 10
  return `${nine}${tenth}${eleventh}`
}

describe("storefront validation", () => {
  it("accepts TCKNs whose check digits match", () => {
    expect(isValidTckn("10000000146")).toBe(true)
    for (const nine of ["123456789", "987654321", "555555555", "100000001"]) {
      expect([nine, isValidTckn(tckn(nine))]).toEqual([nine, true])
    }
  })

  it("refuses wrong check digits, a leading 0 and other lengths", () => {
    expect(isValidTckn("10000000147")).toBe(false) // 11th digit off
    expect(isValidTckn("10000000156")).toBe(false) // 10th digit off
    expect(isValidTckn(`0${tckn("123456789").slice(1)}`)).toBe(false)
    expect(isValidTckn("01234567890")).toBe(false)
    expect(isValidTckn("1000000014")).toBe(false)
    expect(isValidTckn("100000001460")).toBe(false)
    expect(isValidTckn("1000000014a")).toBe(false)
  })

  it("normalizes Turkish mobile numbers as people type them", () => {
    for (const typed of ["0532 123 45 67", "+90 532 123 45 67", "+905321234567", "00905321234567", "905321234567", "5321234567", "(0532) 123-45-67"]) {
      expect([typed, normalizeTurkishMobile(typed)]).toEqual([typed, "5321234567"])
    }
    for (const typed of ["0212 123 45 67", "532123456", "05321234567 8", "", "+1 532 123 45 67"]) {
      expect([typed, normalizeTurkishMobile(typed)]).toEqual([typed, undefined])
    }
  })

  it("checks e-mail, birth date and PIN", () => {
    expect(isValidEmail("elif@example.com")).toBe(true)
    expect(isValidEmail("elif@example")).toBe(false)
    const today = new Date("2026-06-01T12:00:00Z")
    expect(isValidBirthDate("1990-05-17", today)).toBe(true)
    expect(isValidBirthDate("1990-02-30", today)).toBe(false)
    expect(isValidBirthDate("2027-01-01", today)).toBe(false)
    expect(isValidBirthDate("17.05.1990", today)).toBe(false)
    expect(isValidPin("123456")).toBe(true)
    expect(isValidPin("12345")).toBe(false)
    expect(isValidPin("1234", 4)).toBe(true)
  })

  it("names what is wrong with the onboarding form", () => {
    const good = { first_name: "Elif", last_name: "Şahin", tckn: "10000000146", phone: "0532 123 45 67", email: "elif@example.com" }
    expect(validateOnboarding(good, true)).toEqual({})
    expect(validateOnboarding({ ...good, tckn: "10000000147", phone: "0212 123 45 67", birth_date: "1990-13-01" }, false)).toEqual({
      tckn: "validation.tckn",
      phone: "validation.phone",
      birth_date: "validation.birth_date",
      consent: "validation.consent",
    })
    expect(validateOnboarding({ first_name: " ", last_name: "", tckn: "", phone: "", email: "" }, true)).toEqual({
      first_name: "validation.required",
      last_name: "validation.required",
      tckn: "validation.required",
      phone: "validation.required",
      email: "validation.required",
    })
  })
})
