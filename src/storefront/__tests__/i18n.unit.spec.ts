import { HASO_ERROR_CODES, KIT_ERROR_CODES, errorMessage, formatWait, messages, resolveLocale, t } from ".."

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe("storefront i18n", () => {
  it("has the same keys in Turkish and English, none empty", () => {
    expect(Object.keys(messages.tr).sort()).toEqual(Object.keys(messages.en).sort())
    for (const catalogue of [messages.tr, messages.en]) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect([key, text.trim().length > 0]).toEqual([key, true])
      }
    }
  })

  it("uses the same parameters in both languages", () => {
    for (const key of Object.keys(messages.en) as Array<keyof typeof messages.en>) {
      expect([key, placeholders(messages.tr[key])]).toEqual([key, placeholders(messages.en[key])])
    }
  })

  it("has a message for every error code, in both languages", () => {
    for (const code of [...HASO_ERROR_CODES, ...KIT_ERROR_CODES]) {
      expect([code, `error.${code}` in messages.tr, `error.${code}` in messages.en]).toEqual([code, true, true])
    }
  })

  it("speaks Haso's Turkish", () => {
    const turkish = Object.values(messages.tr).join("\n")
    for (const term of ["taksit", "limit", "Hemen Al Sonra Öde", "KKB", "T.C. Kimlik No", "Cep telefonu", "SMS ile gelen doğrulama kodu"]) {
      expect([term, turkish.includes(term)]).toEqual([term, true])
    }
  })

  it("chooses Turkish for tr and tr-TR, English for anything else", () => {
    expect(["tr", "tr-TR", "TR", "tr_TR"].map(resolveLocale)).toEqual(["tr", "tr", "tr", "tr"])
    expect(["en", "en-US", "de-DE", "trk", "", undefined, null].map(resolveLocale)).toEqual(["en", "en", "en", "en", "en", "en", "en"])
  })

  it("fills in parameters and leaves unknown ones visible", () => {
    expect(t("tr", "installments.count", { count: 6 })).toBe("6 taksit")
    expect(t("en-US", "installments.count", { count: 6 })).toBe("6 installments")
    expect(t("en", "installments.count")).toBe("{count} installments")
  })

  it("explains errors by code, whatever language the server used", () => {
    expect(errorMessage("tr", { code: "haso_not_linked", message: "Your account is not linked to Haso yet." })).toBe(
      "Hesabınız henüz Haso'ya bağlı değil."
    )
    expect(errorMessage("tr", { code: "H205", message: "The PIN is not right. 2 attempts left." })).toBe(
      "Doğrulama kodu hatalı. Kalan deneme hakkınız: 2."
    )
    expect(errorMessage("en", { code: "H205", message: "" })).toBe("The verification code is not right.")
    expect(errorMessage("tr", { code: "too_many_requests", retryAfterSeconds: 600 })).toBe(
      "Çok fazla deneme yapıldı. Lütfen 10 dakika sonra tekrar deneyin."
    )
    expect(errorMessage("en", { code: "too_many_requests", retryAfterSeconds: 30 })).toBe(
      "Too many attempts. Please try again in 30 seconds."
    )
  })

  it("falls back to the server's message, then to a generic text", () => {
    expect(errorMessage("en", { code: "H202", message: "Could not start Haso onboarding: suspended" })).toBe(
      "Could not start Haso onboarding: suspended"
    )
    expect(errorMessage("en", { code: "unknown", message: "email must be an e-mail address" })).toBe("email must be an e-mail address")
    expect(errorMessage("tr", { code: "unknown" })).toBe("Bir sorun oluştu. Lütfen tekrar deneyin.")
    expect(errorMessage("tr", undefined)).toBe("Bir sorun oluştu. Lütfen tekrar deneyin.")
  })

  it("writes waits in minutes from two minutes on", () => {
    expect(formatWait("en", 1)).toBe("1 second")
    expect(formatWait("en", 119)).toBe("119 seconds")
    expect(formatWait("tr", 3600)).toBe("60 dakika")
  })
})
