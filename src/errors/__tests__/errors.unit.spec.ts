import { MedusaError } from "@medusajs/framework/utils"
import { HasoError } from "../../haso"
import { HASO_ACTIONS, HASO_MESSAGES } from "../../i18n/messages"
import { currentHasoContext, runWithHasoContext } from "../../request-context"
import { HASO_UNAVAILABLE, hasoRefusal, toShopperError, toStaffError } from ".."

const inTurkish = <T>(run: () => T) => runWithHasoContext({ locale: "tr" }, run)

describe("what a shopper is told", () => {
  it("gives a Haso decline at checkout the storefront's code and keeps the cart open", () => {
    const error = toShopperError(HasoError.business("createTransaction", "H201", "Limit yetersiz"), MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR) as MedusaError
    expect(error.type).toBe(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR)
    expect(error.code).toBe("haso_limit_too_low")
    expect(error.message).toBe(HASO_MESSAGES.haso_limit_not_enough.en)
  })

  it("answers in Turkish for a Turkish request, and notes the refusal for the HTTP edge", () => {
    inTurkish(() => {
      const error = toShopperError(HasoError.business("createTransaction", "H202", "x")) as MedusaError
      expect(error.message).toBe(HASO_MESSAGES.haso_suspended.tr)
      expect(currentHasoContext()?.refusal).toEqual({ code: "haso_suspended" })
    })
  })

  it("tells a timeout from Haso being down, both as haso_unavailable", () => {
    inTurkish(() => {
      const timeout = toShopperError(HasoError.transport("getCustomerInformation", "timeout", "x")) as MedusaError
      expect(timeout.code).toBe(HASO_UNAVAILABLE)
      expect(timeout.message).toBe(HASO_MESSAGES.haso_timeout.tr)
      expect(currentHasoContext()?.refusal).toEqual({ code: HASO_UNAVAILABLE, transport: "timeout", httpStatus: undefined })
      const down = toShopperError(HasoError.transport("getCustomerInformation", "connection", "x")) as MedusaError
      expect(down.message).toBe(HASO_MESSAGES.haso_unavailable.tr)
    })
  })

  it("passes Haso's own words on for a code it has no message for", () => {
    const error = toShopperError(HasoError.business("createTransaction", "H299", "Kampanya sona erdi")) as MedusaError
    expect(error.code).toBe("H299")
    expect(error.message).toBe("Haso declined the payment: Kampanya sona erdi")
  })
})

describe("what staff are told", () => {
  it("quotes Haso's reason and code, without our service names", () => {
    const error = toStaffError(HasoError.business("refundTransaction", "H209", "İade tutarı iade edilebilir tutarı aşıyor"), "refund") as MedusaError
    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.code).toBe("H209")
    expect(error.message).toBe("Haso refused to refund the Haso transaction: İade tutarı iade edilebilir tutarı aşıyor (H209)")
    expect(error.message).not.toMatch(/refundTransaction/)
  })

  it("says a lost answer recorded nothing and that a retry is safe, in the staff's language", () => {
    inTurkish(() => {
      const error = toStaffError(HasoError.transport("updateTransaction", "http_status", "answered HTTP 503", 503), "activate") as MedusaError
      expect(error.code).toBe(HASO_UNAVAILABLE)
      expect(error.message).toContain("Haso işlemini aktifleştirme")
      expect(error.message).toContain("HTTP 503")
      expect(error.message).not.toMatch(/updateTransaction/)
    })
  })

  it("masks long digit runs Haso might quote back", () => {
    const error = toStaffError(HasoError.business("changeCustomerGsmNo", "H311", "5321234567 zaten kayıtlı"), "change_phone") as MedusaError
    expect(error.message).toContain("53****67")
    expect(error.message).not.toContain("5321234567")
  })
})

describe("our own refusals", () => {
  it("fill in their parameters and carry a code", () => {
    const error = hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_limit_too_low", { available: "100 TRY", total: "200 TRY" })
    expect(error.code).toBe("haso_limit_too_low")
    expect(error.message).toContain("(100 TRY)")
    expect(error.message).toContain("(200 TRY)")
  })
})

describe("the message tables", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

  it.each(Object.entries({ ...HASO_MESSAGES, ...HASO_ACTIONS }))("%s has both languages with the same placeholders", (_, entry) => {
    expect(entry.en.trim()).not.toBe("")
    expect(entry.tr.trim()).not.toBe("")
    expect(entry.tr).not.toBe(entry.en)
    // The placeholders are the parameters the code fills in, in either language.
    expect(placeholders(entry.tr)).toEqual(placeholders(entry.en))
  })
})
