import { CustomerStatus } from "../../src/haso"
import { istanbulToday } from "../../src/haso/dates"
import { randomMobile, randomTckn } from "../../src/sandbox/identity"
import { placeHasoOrder } from "./helpers/orders"
import { eventually } from "./helpers/sandbox"
import { createShopper } from "./helpers/shopper"
import { hasoStoreSuite } from "./helpers/suite"

jest.setTimeout(180_000)

// Each test takes the Istanbul date when it starts: the file is loaded while
// Medusa has yet to boot, a minute or more before, and a run may cross midnight.

hasoStoreSuite(({ api, getContainer, sandbox, store }) => {
  const post = (path: string, body: unknown) => api.post(path, body, { headers: store().admin, validateStatus: () => true })
  const get = (path: string) => api.get(path, { headers: store().admin, validateStatus: () => true })

  it("shows a customer's Haso account: link, live limit, plans and installments", async () => {
    const { shopper, transaction, order } = await placeHasoOrder(api, getContainer(), store(), sandbox.get())
    const account = await get(`/admin/haso/customers/${shopper.customerId}?limit=2`)
    expect(account.status).toBe(200)
    expect(account.data.haso_customer).toMatchObject({
      customer_id: shopper.customerId,
      haso_customer_id: shopper.hasoCustomerId,
      limit: { limit: 20000, available_limit: 20000 - 1234.56, suspended: false },
    })
    expect(account.data.transactions).toMatchObject({ count: 1, items: [{ transaction_code: transaction.transactionCode, status_name: "active" }] })
    // Each transaction links to its Medusa order (once order.placed has tied them).
    await eventually(async () =>
      expect((await get(`/admin/haso/customers/${shopper.customerId}?limit=2`)).data.transactions.items[0].order).toEqual({ id: order.id, display_id: order.display_id })
    )
    expect(account.data.payments).toMatchObject({ count: 4, limit: 2 })
    expect(account.data.payments.items).toHaveLength(2)
  })

  it("loads a balance once, which closes unpaid installments", async () => {
    const today = istanbulToday()
    const { shopper, transaction } = await placeHasoOrder(api, getContainer(), store(), sandbox.get(), { installmentNo: 1 })
    const loaded = await post(`/admin/haso/customers/${shopper.customerId}/balance`, { amount: 1234.56, date: today, reference: "EFT-77" })
    expect(loaded.status).toBe(200)
    expect(loaded.data.haso_event).toMatchObject({ type: "balance_loaded", status: "succeeded", amount: 1234.56, actor_id: store().adminUserId })
    const again = await post(`/admin/haso/customers/${shopper.customerId}/balance`, { amount: 1234.56, date: today, reference: "EFT-77" })
    expect(again.data.haso_event.id).toBe(loaded.data.haso_event.id)
    expect(sandbox.get().requests().filter((r) => r.service === "loadCustomerBalance")).toHaveLength(1)
    expect(sandbox.get().transaction(transaction.transactionCode)!.payments.every((p) => p.status === 1)).toBe(true)
  })

  it("refuses to load a balance a second time when Haso's first answer was lost", async () => {
    const today = istanbulToday()
    const shopper = await createShopper(api, getContainer(), store(), sandbox.get())
    sandbox.get().setFault("loadCustomerBalance", { kind: "drop", phase: "after", times: 1 })
    const lost = await post(`/admin/haso/customers/${shopper.customerId}/balance`, { amount: 50, date: today })
    expect(lost.status).toBe(503)
    const retry = await post(`/admin/haso/customers/${shopper.customerId}/balance`, { amount: 50, date: today })
    expect(retry.status).toBe(400)
    expect(retry.data).toMatchObject({ code: "haso_outcome_unknown", message: expect.stringMatching(/new reference/) })
    expect(sandbox.get().customer(shopper.hasoCustomerId!)!.balanceKurus).toBe(5000)
    expect((await post(`/admin/haso/customers/${shopper.customerId}/balance`, { amount: 50, date: today, reference: "second" })).status).toBe(200)
  })

  it("defines a predefined (5.2.5) or KDS (5.2.6) limit for a customer, links them, and keeps no identity data", async () => {
    const { dbConnection } = { dbConnection: getContainer().resolve("__pg_connection__") }
    const unlinked = await createShopper(api, getContainer(), store(), sandbox.get(), { linked: false })
    expect((await get(`/admin/haso/customers/${unlinked.customerId}`)).data.code).toBe("haso_not_linked")
    const person = { first_name: "Ayşe", last_name: "Kaya", tckn: randomTckn(), phone: `0${randomMobile()}`, email: "ayse@haso.test" }
    const predefined = await post(`/admin/haso/customers/${unlinked.customerId}/predefined-limit`, { ...person, limit: 7500 })
    expect(predefined.status).toBe(200)
    expect(predefined.data.haso_customer).toMatchObject({ limit: 7500, available_limit: 7500, suspended: false })
    expect(JSON.stringify(predefined.data)).not.toContain(person.tckn)
    const account = (await get(`/admin/haso/customers/${unlinked.customerId}`)).data.haso_customer
    expect(account).toMatchObject({ verification_method: "predefined", haso_customer_id: predefined.data.haso_customer.haso_customer_id })

    const other = await createShopper(api, getContainer(), store(), sandbox.get(), { linked: false })
    const kds = await post(`/admin/haso/customers/${other.customerId}/kds-limit`, {
      ...person, tckn: randomTckn(), phone: randomMobile(), birth_date: "1985-04-23", kds_limit: 12000, dealer_segment: "GOLD",
    })
    expect(kds.status).toBe(200)
    expect((await get(`/admin/haso/customers/${other.customerId}`)).data.haso_customer).toMatchObject({ verification_method: "kds", limit: { limit: 12000 } })

    const bad = await post(`/admin/haso/customers/${other.customerId}/kds-limit`, { ...person, birth_date: "1985-02-30", kds_limit: 10 })
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/birth_date must be a real date/)
    const stored = JSON.stringify([(await dbConnection.raw("select * from haso_event")).rows, (await dbConnection.raw("select * from haso_customer")).rows])
    expect(stored).not.toContain(person.tckn)
    expect(stored).not.toContain(person.phone.slice(1))
  })

  it("suspends and re-activates a customer at Haso and in the store's record", async () => {
    const shopper = await createShopper(api, getContainer(), store(), sandbox.get())
    const suspended = await post(`/admin/haso/customers/${shopper.customerId}/suspend`, {})
    expect(suspended.status).toBe(200)
    expect(sandbox.get().customer(shopper.hasoCustomerId!)!.status).toBe(CustomerStatus.Suspended)
    expect((await get(`/admin/haso/customers/${shopper.customerId}`)).data.haso_customer).toMatchObject({ suspended: true, limit: { suspended: true } })

    expect((await post(`/admin/haso/customers/${shopper.customerId}/reactivate`, {})).status).toBe(200)
    expect(sandbox.get().customer(shopper.hasoCustomerId!)!.status).toBe(CustomerStatus.Active)
    expect((await get(`/admin/haso/customers/${shopper.customerId}`)).data.haso_customer.suspended).toBe(false)
  })

  it("sets a special limit", async () => {
    const shopper = await createShopper(api, getContainer(), store(), sandbox.get(), { limit: 20000 })
    const set = await post(`/admin/haso/customers/${shopper.customerId}/limit`, { amount: 35000.5 })
    expect(set.status).toBe(200)
    expect(sandbox.get().customer(shopper.hasoCustomerId!)!.limitKurus).toBe(3500050)
    expect((await get(`/admin/haso/customers/${shopper.customerId}`)).data.haso_customer.limit.limit).toBe(35000.5)
  })

  it("changes the mobile number, and explains Haso's RS115 and H311 without showing full numbers", async () => {
    const shopper = await createShopper(api, getContainer(), store(), sandbox.get())
    sandbox.get().createCustomer({ limit: 100, mobileNumber: "5329998877" })
    const changed = await post(`/admin/haso/customers/${shopper.customerId}/gsm`, { phone: "0532 111 22 33" })
    expect(changed.status).toBe(200)
    expect(changed.data.haso_event).toMatchObject({ type: "customer_phone_changed", status: "succeeded", data: { phone_hint: "53******33" } })
    expect(JSON.stringify(changed.data)).not.toContain("5321112233")

    const same = await post(`/admin/haso/customers/${shopper.customerId}/gsm`, { phone: "5321112233" })
    expect(same.status).toBe(400)
    expect(same.data.code).toBe("H311")

    const taken = await post(`/admin/haso/customers/${shopper.customerId}/gsm`, { phone: "+90 532 999 88 77" })
    expect(taken.status).toBe(400)
    expect(taken.data).toMatchObject({ code: "RS115", kkb_phones: ["53******33"] })
  })

  it("lists the installment rates", async () => {
    const rates = await get("/admin/haso/installment-rates")
    expect(rates.status).toBe(200)
    expect(rates.data.installment_rates).toContainEqual({ installment_no: 4, installment_count: 6, fee_rate: 7, dealer_segment: null })
  })

  it("answers 404 for unknown or unlinked customers, 400 for bad input and 503 when Haso is down", async () => {
    const today = istanbulToday()
    expect((await get("/admin/haso/customers/cus_missing")).status).toBe(404)
    const unlinked = await createShopper(api, getContainer(), store(), sandbox.get(), { linked: false })
    const notLinked = await post(`/admin/haso/customers/${unlinked.customerId}/suspend`, {})
    expect(notLinked.status).toBe(404)
    expect(notLinked.data.message).toMatch(/has no Haso account/)

    const shopper = await createShopper(api, getContainer(), store(), sandbox.get())
    const cases: Array<[string, unknown, RegExp]> = [
      ["balance", { amount: 10 }, /Field 'date' is required/],
      ["balance", { amount: 10, date: today, reference: "x".repeat(51) }, /reference/],
      ["gsm", { phone: "0212 555 11 22" }, /phone must be a Turkish mobile number/],
      ["limit", { amount: "lots" }, /amount must be an amount in Turkish lira/],
      ["suspend", { reason: "late" }, /Unrecognized fields: 'reason'/],
    ]
    for (const [path, body, message] of cases) {
      const response = await post(`/admin/haso/customers/${shopper.customerId}/${path}`, body)
      expect([path, response.status, response.data.message]).toEqual([path, 400, expect.stringMatching(message)])
    }
    expect((await get(`/admin/haso/customers/${shopper.customerId}?limit=20&offset=7`)).status).toBe(400)

    sandbox.get().setFault("*", { kind: "http_error", status: 500 })
    // Haso answered HTTP 500: a bad gateway, to be tried again, not a bug of the store's.
    const down = await get(`/admin/haso/customers/${shopper.customerId}`)
    expect(down.status).toBe(502)
    expect(down.headers["retry-after"]).toBe("5")
    expect(down.data.code).toBe("haso_unavailable")
  })
})
