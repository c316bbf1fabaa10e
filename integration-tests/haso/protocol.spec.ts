import { HasoCodes } from "../../src/haso/contract/codes"
import { requestTokenFor } from "../../src/haso/token"
import { clientFor, hasoError, post, signedPost, useSandbox } from "./helpers"

/* The wire protocol: envelope, merchant and token check (H101), contract validation (H102), routing, request log. */

const ctx = useSandbox()

describe("signing", () => {
  it("refuses a token made with the wrong merchant key, and a wrong merchantId, with H101", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 100 })
    const wrongKey = clientFor(ctx.sandbox, { merchantKey: "not-the-key" })
    expect(await hasoError(wrongKey.getCustomerInformation({ customerId, orderAmount: "100" }))).toMatchObject({
      kind: "business",
      code: HasoCodes.TokenMismatch,
    })
    const wrongSalt = clientFor(ctx.sandbox, { merchantSalt: "not-the-salt" })
    expect((await hasoError(wrongSalt.suspendCustomer({ customerId }))).code).toBe(HasoCodes.TokenMismatch)
    expect(ctx.sandbox.customer(customerId)?.status).toBe(1)
    const otherMerchant = clientFor(ctx.sandbox, { merchantId: "SOMEONE-ELSE" })
    expect((await hasoError(otherMerchant.getInstallmentRates({}))).code).toBe(HasoCodes.TokenMismatch)
  })

  it("refuses a token that signs other values than the body carries", async () => {
    const victim = ctx.sandbox.createCustomer({ limit: 100 })
    const signedFor = { merchantId: "HASO-SANDBOX", ipAddress: "", customerId: "1" }
    const requestToken = requestTokenFor("suspendCustomer", signedFor, ctx.sandbox.credentials)
    const tampered = await post(ctx.sandbox.url + "/RequestV2/SuspendCustomer", { ...signedFor, customerId: victim.customerId, requestToken })
    expect(tampered.json).toEqual({ Success: false, Errors: ["H101: requestToken does not match"], Data: null })
    expect(ctx.sandbox.customer(victim.customerId)?.status).toBe(1)
  })
})

describe("validation", () => {
  it("answers an amount sent as a JSON number with H102 naming the field (HTTP 200, Data null)", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 5000 })
    const answer = await signedPost(ctx.sandbox, "createTransaction", { customerId, merchantOid: "N-1", orderAmount: 100000, selectedInstallment: 1 })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ Success: false, Data: null })
    expect(answer.json.Errors[0]).toMatch(/^H102: orderAmount/)
    expect(ctx.sandbox.transactionByMerchantOid("N-1")).toBeUndefined()
  })

  it("answers a missing field and a body that is not JSON with H102", async () => {
    const missing = await signedPost(ctx.sandbox, "getPaymentsOfTransaction", { merchantOid: "X" })
    expect(missing.json.Errors[0]).toMatch(/^H102: transactionCode/)
    const garbage = await post(ctx.sandbox.url + "/Index/GetInstallmentRates", "{not json")
    expect(garbage.json).toEqual({ Success: false, Errors: ["H102: The request body is not valid JSON"], Data: null })
  })
})

describe("routing", () => {
  it("answers an unknown path or a GET with a plain 404, not an envelope", async () => {
    const unknown = await post(ctx.sandbox.url + "/RequestV2/NoSuchService", {})
    expect(unknown.status).toBe(404)
    expect(unknown.json).toBeUndefined()
    expect((await post(ctx.sandbox.url + "/Index/GetInstallmentRates", "", "GET")).status).toBe(404)
  })

  it("matches paths and body keys case-insensitively, as ASP.NET binding does", async () => {
    const { customerId } = ctx.sandbox.createCustomer({ limit: 100 })
    const fields = { merchantId: "HASO-SANDBOX", ipAddress: "", customerId }
    const answer = await post(ctx.sandbox.url + "/requestv2/suspendcustomer", {
      MerchantId: fields.merchantId,
      IPADDRESS: fields.ipAddress,
      CustomerId: customerId,
      RequestToken: requestTokenFor("suspendCustomer", fields, ctx.sandbox.credentials),
    })
    expect(answer.json).toEqual({ Success: true, Errors: null, Data: { Message: "RS100" } })
    expect(ctx.sandbox.customer(customerId)?.status).toBe(2)
  })
})

describe("request log", () => {
  it("records each call with its outcome and a redacted body", async () => {
    const client = clientFor(ctx.sandbox)
    const started = await client.hasoAuthSendInfo({
      shopperName: "Ali",
      shopperSurname: "Kaya",
      tckn: "10000000146",
      mobileNumber: "5321234567",
      email: "ali@example.com",
    })
    await hasoError(client.sendKkbPinCode({ kkbRefNo: started.KkbRefNo!, pinCode: "999999" }))

    const [auth, pin] = ctx.sandbox.requests()
    expect(auth).toMatchObject({ service: "hasoAuthSendInfo", path: "/RequestV2/HasoAuthSendInfo", outcome: "ok", httpStatus: 200 })
    expect(auth.body).toMatchObject({ tckn: "*********46", mobileNumber: "53******67", requestToken: "[redacted]" })
    expect(pin).toMatchObject({ outcome: HasoCodes.WrongPin, body: expect.objectContaining({ pinCode: "***" }) })
    expect(JSON.stringify(ctx.sandbox.requests())).not.toContain("10000000146")
    expect(JSON.stringify(ctx.sandbox.snapshot())).not.toContain("10000000146")
  })
})
