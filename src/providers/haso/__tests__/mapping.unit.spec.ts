import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { merchantOidFor, refundIdFor } from "../../../haso/identifiers"
import { paymentStatusFor } from "../mapping"

describe("Haso transaction status → Medusa payment status", () => {
  it.each([
    [0, PaymentSessionStatus.AUTHORIZED],
    [1, PaymentSessionStatus.CAPTURED],
    [2, PaymentSessionStatus.CANCELED],
    [3, PaymentSessionStatus.CAPTURED],
    [4, PaymentSessionStatus.CAPTURED],
    [5, PaymentSessionStatus.CAPTURED],
    [9, PaymentSessionStatus.ERROR],
  ])("status %s is %s", (status, expected) => {
    expect(paymentStatusFor(status)).toBe(expected)
  })
})

describe("idempotency keys", () => {
  it("gives a payment session the same merchantOid every time, at most 20 characters, and another session another one", () => {
    const first = merchantOidFor("payses_01JABCDEF0123456789ABCDEFG")
    expect(first).toBe(merchantOidFor("payses_01JABCDEF0123456789ABCDEFG"))
    expect(first).toMatch(/^[A-Z0-9]{20}$/)
    expect(merchantOidFor("payses_01JABCDEF0123456789ABCDEFH")).not.toBe(first)
  })

  it("numbers refunds per payment within Haso's 36 characters", () => {
    const oid = merchantOidFor("payses_x")
    expect(refundIdFor(oid, 1)).toBe(`${oid}-R1`)
    expect(refundIdFor(oid, 12).length).toBeLessThanOrEqual(36)
  })
})
