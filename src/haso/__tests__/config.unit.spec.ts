import { HasoConfigError, hasoConnectionSchema, hasoProviderSchema, resolveHasoOptions } from "../config"
import { redactBody } from "../redact"

const complete = {
  merchantId: "HASO-MRC-0042",
  merchantKey: "mk-secret-4f1a9c",
  merchantSalt: "ms-secret-0b7e22",
  apiUrl: "https://haso.example/api/",
}

function problem(run: () => unknown): HasoConfigError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(HasoConfigError)
    return error as HasoConfigError
  }
  throw new Error("expected a HasoConfigError")
}

describe("resolveHasoOptions", () => {
  it("names a missing merchantKey and its variable, and echoes no value", () => {
    const { merchantKey: _, ...rest } = complete
    const error = problem(() => resolveHasoOptions(hasoProviderSchema, rest, "provider", {}))
    expect(error.message).toContain("merchantKey")
    expect(error.message).toContain("HASO_MERCHANT_KEY")
    expect(error.message).toContain("provider")
    for (const value of Object.values(rest)) {
      expect(error.message).not.toContain(value)
    }
  })

  it("lists every missing option at once", () => {
    const error = problem(() => resolveHasoOptions(hasoConnectionSchema, {}, "plugin", {}))
    for (const key of ["merchantId", "merchantKey", "merchantSalt", "apiUrl"]) {
      expect(error.message).toContain(key)
    }
  })

  it("falls back to HASO_* variables, options first", () => {
    const env = {
      HASO_MERCHANT_ID: "ENV-MRC",
      HASO_MERCHANT_KEY: "env-key",
      HASO_MERCHANT_SALT: "env-salt",
      HASO_API_URL: "http://localhost:9999/haso/",
      HASO_AUTO_CAPTURE: "false",
      HASO_TIMEOUT_MS: "2500",
    }
    const options = resolveHasoOptions(hasoProviderSchema, { merchantId: "OPT-MRC" }, "provider", env)
    expect(options).toMatchObject({
      merchantId: "OPT-MRC",
      merchantKey: "env-key",
      merchantSalt: "env-salt",
      apiUrl: "http://localhost:9999/haso",
      autoCapture: false,
      timeoutMs: 2500,
      readRetries: 2,
    })
  })

  it("trims the apiUrl's trailing slash and applies defaults", () => {
    expect(resolveHasoOptions(hasoProviderSchema, complete, "provider", {})).toMatchObject({
      apiUrl: "https://haso.example/api",
      autoCapture: true,
      serverIp: "",
      timeoutMs: 10_000,
    })
  })

  it("keeps the picker's options two minutes by default, and names an offerReuseSeconds past an hour", () => {
    expect(resolveHasoOptions(hasoProviderSchema, complete, "provider", {}).offerReuseSeconds).toBe(120)
    expect(resolveHasoOptions(hasoProviderSchema, { ...complete, offerReuseSeconds: "0" }, "provider", {}).offerReuseSeconds).toBe(0)
    const error = problem(() => resolveHasoOptions(hasoProviderSchema, { ...complete, offerReuseSeconds: 7200 }, "provider", {}))
    expect(error.message).toContain("offerReuseSeconds")
  })

  it.each(["ftp://haso.example", "haso.internal/api", "not a url"])("names a bad apiUrl (%s) without echoing it", (apiUrl) => {
    const error = problem(() => resolveHasoOptions(hasoProviderSchema, { ...complete, apiUrl }, "provider", {}))
    expect(error.message).toContain("apiUrl")
    expect(error.message).not.toContain(apiUrl)
    expect(error.problems).toHaveLength(1)
  })

  it("rejects an empty merchantKey even when the env is empty too", () => {
    const error = problem(() => resolveHasoOptions(hasoProviderSchema, { ...complete, merchantKey: "" }, "provider", { HASO_MERCHANT_KEY: "" }))
    expect(error.message).toContain("merchantKey")
  })
})

describe("redactBody", () => {
  it("masks personal data and secrets, also nested, and keeps the rest", () => {
    const body = {
      merchantId: "HASO-MRC-0042",
      tckn: "10000000146",
      mobileNumber: "5321234567",
      pinCode: "482913",
      requestToken: "g+aNRsx6/FltWZeJ/QtULfO9w9TLUOg/o8nRJ/fHwLA=",
      shopper: { newGsmNo: "5559876543", MobileNumber: "5551112233" },
      customers: [{ TCKN: "20000000046" }],
      orderAmount: "150050",
    }
    const redacted = redactBody(body) as typeof body
    const text = JSON.stringify(redacted)
    for (const secret of ["10000000146", "5321234567", "482913", body.requestToken, "5559876543", "5551112233", "20000000046"]) {
      expect(text).not.toContain(secret)
    }
    expect(redacted).toMatchObject({
      merchantId: "HASO-MRC-0042",
      tckn: "*********46",
      mobileNumber: "53******67",
      pinCode: "***",
      requestToken: "[redacted]",
      orderAmount: "150050",
    })
    expect(body.tckn).toBe("10000000146") // a copy, not in place
  })
})
