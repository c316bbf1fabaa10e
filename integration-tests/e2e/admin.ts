import type { Locator, Page } from "playwright-core"
import { HasoClient } from "../../src/haso/client"
import { SANDBOX_DEFAULTS } from "../../src/sandbox"
import { randomMobile } from "../../src/sandbox/identity"
import { istanbulToday } from "../../src/haso/dates"
import { openBrowser, type Walk } from "./helpers/browser"
import type { Demo } from "./helpers/demo"
import { look, poll } from "./helpers/look"
import { eventually, storeApi, type Json } from "./helpers/store-api"

/*
 * Store staff in the built admin, by clicks and typing: a Haso order's
 * widget, Medusa's own Refund, Capture and Cancel, the back office
 * (installments, enforcement/icra), the customer's Haso account, and
 * Settings → Haso. Every step is checked against the sandbox's state, and the
 * walk fails on any page error and on any console error or failed request of
 * the plugin.
 */

const lira = (kurus: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "TRY" }).format(kurus / 100)

export function adminWalk(demo: () => Demo) {
  let walk: Walk
  let page: Page
  let api: ReturnType<typeof storeApi>
  let admin: string
  let shopper: string
  const orders: Record<"auto" | "manual" | "cancelled", { id: string; merchantOid: string }> = {} as never

  const base = () => demo().ready.medusaUrl
  const widget = () => page.locator("div.divide-y", { has: page.getByRole("heading", { name: "Haso installments" }) })
  const row = (table: Locator, label: string) => table.locator("tr", { hasText: label })
  /** The cells of a table row as they read on screen. */
  const cells = async (table: Locator, label: string) => (await row(table, label).locator("td").allInnerTexts()).map((text) => text.trim())
  /** Confirms Medusa UI's prompt, which every Haso action asks first. */
  const confirm = async () => {
    await page.getByRole("alertdialog").getByRole("button", { name: "Confirm" }).click()
  }
  const openOrder = async (id: string) => {
    await page.goto(`${base()}/app/orders/${id}`)
    await widget().waitFor()
  }

  beforeAll(async () => {
    api = storeApi(demo().ready)
    admin = await api.adminToken()
    shopper = await api.shopperToken()
    // Three Haso orders by the demo shopper: one activated at checkout, one left for staff to capture, one to cancel.
    orders.auto = await placed(await api.placeHasoOrder(shopper))
    await api.setRegionProviders(admin, ["pp_haso_haso", "pp_haso_haso_manual"])
    orders.manual = await placed(await api.placeHasoOrder(shopper, { providerId: "pp_haso_haso_manual", installmentNo: 4 }))
    await api.setRegionProviders(admin, ["pp_haso_haso"])
    orders.cancelled = await placed(await api.placeHasoOrder(shopper, { installmentNo: 1 }))
    walk = await openBrowser()
    page = walk.page
  })

  afterAll(async () => {
    await walk?.close()
  })

  async function placed(result: { order: Json; merchantOid: string }) {
    return { id: result.order.id as string, merchantOid: result.merchantOid }
  }

  it("logs in", () =>
    walk.step("admin-login", async () => {
      await page.goto(`${base()}/app/login`)
      await page.locator('input[name="email"]').fill(demo().ready.admin.email)
      await page.locator('input[name="password"]').fill(demo().ready.admin.password)
      await page.getByRole("button", { name: "Continue with Email" }).click()
      await page.waitForURL(/\/app\/orders/)
    }))

  it("shows a Haso order's plan, amounts and statuses as the sandbox holds them", () =>
    walk.step("admin-order-widget", async () => {
      await openOrder(orders.auto.id)
      const transaction = await api.sandbox.transaction(orders.auto.merchantOid)
      expect(transaction.status).toBe(1)
      await look(widget().getByText(transaction.transactionCode)).toBeVisible()
      const plan = widget().getByTestId("haso-plan")
      const rows = plan.getByTestId("haso-plan-row")
      await look(rows).toHaveCount(transaction.payments.length)
      for (const [index, installment] of transaction.payments.entries()) {
        await look(rows.nth(index)).toContainText(lira(installment.amountKurus))
        await look(rows.nth(index)).toContainText("Unpaid")
      }
      const amounts = widget().getByTestId("haso-amounts")
      expect(await cells(amounts, "Captured / activated")).toEqual(["Captured / activated", lira(transaction.orderAmountKurus), lira(transaction.orderAmountKurus)])
      expect(await cells(amounts, "Installment fee")).toEqual([expect.stringContaining("Installment fee"), "", lira(transaction.feeKurus)])
      expect(await cells(amounts, "The shopper repays")).toEqual([expect.stringContaining("The shopper repays"), "", lira(transaction.totalKurus)])
      await look(widget().getByTestId("haso-in-step")).toHaveAttribute("data-in-step", "true")
      await look(widget().getByTestId("haso-history-entry").first()).toContainText("Activated (captured)")
    }))

  it("refunds part of the order with Medusa's own Refund action; the sandbox has it and the widget shows it without a reload", () =>
    walk.step("admin-refund", async () => {
      const payments = page.locator("div.divide-y", { has: page.getByRole("heading", { name: "Payments" }) })
      await payments.getByRole("button").last().click()
      await page.getByRole("menuitem", { name: "Refund" }).click()
      // Medusa's refund drawer offers the whole payment; staff type the part they refund.
      const drawer = page.getByRole("dialog")
      const amount = drawer.locator('input[name="amount"]')
      await amount.click()
      await amount.press("Control+a")
      await amount.pressSequentially("100")
      await drawer.getByRole("button", { name: "Save" }).click()
      // The drawer closes once Medusa has the refund (the URL keeps its ?paymentId).
      await look(drawer).toBeHidden()
      const transaction = await eventually(async () => {
        const found = await api.sandbox.transaction(orders.auto.merchantOid)
        expect(found.refundedKurus).toBe(10_000)
        return found
      })
      expect(transaction.status).toBe(3)
      const amounts = widget().getByTestId("haso-amounts")
      await poll(async () => expect(await cells(amounts, "Refunded")).toEqual(["Refunded", lira(10_000), lira(10_000)]))
      const entry = widget().getByTestId("haso-history-entry").filter({ hasText: "Refund" }).first()
      await look(entry).toHaveAttribute("data-status", "succeeded")
      await look(entry).toContainText(lira(10_000))
    }))

  it("marks an installment the store collected as paid", () =>
    walk.step("admin-mark-paid", async () => {
      await widget().getByRole("checkbox", { name: "Select installment 1" }).click()
      await widget().getByRole("button", { name: "Mark selected paid" }).click()
      await confirm()
      await eventually(async () => expect((await api.sandbox.transaction(orders.auto.merchantOid)).payments[0].status).toBe(1))
      await look(widget().getByTestId("haso-plan-row").first()).toHaveAttribute("data-status", "paid")
      await look(widget().getByTestId("haso-history-entry").first()).toContainText("Installments marked paid")
    }))

  it("reports the order to enforcement (icra), records an enforcement payment and the expenses", () =>
    walk.step("admin-enforcement", async () => {
      await widget().getByRole("button", { name: "Report to enforcement (icra)" }).click()
      await confirm()
      await eventually(async () => expect((await api.sandbox.transaction(orders.auto.merchantOid)).status).toBe(5))
      await look(widget().getByText("Reported to enforcement (icra).")).toBeVisible()

      const paidBefore = (await api.sandbox.transaction(orders.auto.merchantOid)).payments.reduce((sum: number, p: Json) => sum + p.paidKurus, 0)
      const payment = page.getByTestId(`haso-execution-payment-${orders.auto.id}`)
      await payment.getByLabel("Amount (TRY)").fill("50")
      await payment.getByLabel("Reference").fill("icra-dekont-1")
      await payment.getByRole("button", { name: "Record" }).click()
      await confirm()
      await eventually(async () => {
        const paid = (await api.sandbox.transaction(orders.auto.merchantOid)).payments.reduce((sum: number, p: Json) => sum + p.paidKurus, 0)
        expect(paid - paidBefore).toBe(5_000)
      })

      const expenses = page.getByTestId(`haso-execution-expenses-${orders.auto.id}`)
      await expenses.getByLabel("Total (TRY)").fill("120,50")
      await expenses.getByRole("button", { name: "Send" }).click()
      await confirm()
      await eventually(async () => expect((await api.sandbox.transaction(orders.auto.merchantOid)).expenseKurus).toBe(12_050))
      const history = widget().getByTestId("haso-history")
      for (const text of ["Enforcement (icra) expenses", "Enforcement (icra) payment", "Reported to enforcement (icra)", "Installments marked paid", "Refund", "Activated (captured)", "Transaction opened at checkout"]) {
        await look(history).toContainText(text)
      }
    }))

  it("captures an order left for staff with Medusa's own Capture action", () =>
    walk.step("admin-capture", async () => {
      await openOrder(orders.manual.id)
      expect((await api.sandbox.transaction(orders.manual.merchantOid)).status).toBe(0)
      await look(widget()).toContainText("Waiting for the order")
      const payments = page.locator("div.divide-y", { has: page.getByRole("heading", { name: "Payments" }) })
      await payments.getByRole("button", { name: "Capture payment" }).click()
      await confirm()
      await eventually(async () => expect((await api.sandbox.transaction(orders.manual.merchantOid)).status).toBe(1))
      await look(widget().getByTestId("haso-history-entry").first()).toContainText("Activated (captured)")
      await look(widget().locator("span", { hasText: "Active" }).first()).toBeVisible()
    }))

  it("cancels an order with Medusa's own Cancel action; Haso gives everything back", () =>
    walk.step("admin-cancel", async () => {
      await openOrder(orders.cancelled.id)
      // The order's own menu, beside its number: the first menu of the page.
      await page.locator('main button[aria-haspopup="menu"]').first().click()
      await page.getByRole("menuitem", { name: "Cancel" }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Continue" }).click()
      await eventually(async () => expect((await api.sandbox.transaction(orders.cancelled.merchantOid)).status).toBe(2))
      await look(widget().locator("span", { hasText: "Cancelled" }).first()).toBeVisible()
      await look(widget().getByTestId("haso-in-step")).toHaveAttribute("data-in-step", "true")
    }))

  it("runs the customer's Haso account: limit, plans with their orders, suspend, re-activate, set a limit, load a balance, change the mobile number", () =>
    walk.step("admin-customer", async () => {
      const customerId = demo().ready.customer.id
      const hasoId = demo().ready.hasoCustomerId
      await page.goto(`${base()}/app/customers/${customerId}`)
      const account = page.locator("div.divide-y", { has: page.getByRole("heading", { name: "Haso account" }) })
      await account.waitFor()
      const sandboxCustomer = async () => (await api.sandbox.state()).customers.find((c: Json) => c.customerId === hasoId)
      await look(account).toContainText(lira((await sandboxCustomer()).availableKurus))
      const transactions = account.getByTestId("haso-customer-transactions")
      const { order } = await api.ok("GET", `/admin/orders/${orders.auto.id}?fields=id,display_id`, { token: admin })
      await look(transactions.getByRole("link", { name: `#${order.display_id}` })).toBeVisible()

      await account.getByRole("button", { name: "Suspend account" }).click()
      await confirm()
      await eventually(async () => expect((await sandboxCustomer()).status).toBe(2))
      await account.getByRole("button", { name: "Re-activate account" }).click()
      await confirm()
      await eventually(async () => expect((await sandboxCustomer()).status).toBe(1))

      // Each action opens its form from the card's row of buttons.
      const open = (name: string) => account.getByRole("button", { name, exact: true, expanded: false }).click()
      await look(account.locator("form")).toHaveCount(0)
      await open("Set limit")
      const limit = page.getByTestId(`haso-limit-${customerId}`)
      await limit.getByLabel("Limit (TRY)").fill("25000")
      await limit.getByRole("button", { name: "Set limit" }).click()
      await confirm()
      await eventually(async () => expect((await sandboxCustomer()).limitKurus).toBe(2_500_000))

      await open("Load balance")
      await look(limit).toHaveCount(0)
      const balance = page.getByTestId(`haso-balance-${customerId}`)
      await balance.getByLabel("Amount (TRY)").fill("10")
      await balance.getByRole("button", { name: "Load" }).click()
      await confirm()
      await eventually(async () => expect((await sandboxCustomer()).balanceKurus).toBeGreaterThanOrEqual(1_000))

      // An empty form shows no error styling until somebody sends it.
      await look(account.locator('[aria-invalid="true"]')).toHaveCount(0)
      await balance.getByRole("button", { name: "Load" }).click()
      await look(balance.getByText("Amount (TRY) is required.")).toBeVisible()

      const mobile = randomMobile()
      await open("Change mobile number")
      const gsm = page.getByTestId(`haso-gsm-${customerId}`)
      await gsm.getByLabel("Mobile phone").fill(`0${mobile.slice(0, 3)} ${mobile.slice(3, 6)} ${mobile.slice(6, 8)} ${mobile.slice(8)}`)
      await gsm.getByRole("button", { name: "Change number" }).click()
      await confirm()
      await eventually(async () => expect((await sandboxCustomer()).mobileMasked).toBe(`${mobile.slice(0, 2)}******${mobile.slice(-2)}`))
    }))

  it("runs a reconciliation in Settings → Haso and opens its differences", () =>
    walk.step("admin-reconciliation", async () => {
      // A refund made at Haso behind the store's back: the report must name it.
      const { merchantId, merchantKey, merchantSalt } = SANDBOX_DEFAULTS
      const stray = new HasoClient({ merchantId, merchantKey, merchantSalt, apiUrl: demo().ready.sandboxUrl, serverIp: "", timeoutMs: 5000, readRetries: 0 })
      const manual = await api.sandbox.transaction(orders.manual.merchantOid)
      await stray.refundTransaction({ merchantOid: manual.merchantOid, transactionCode: manual.transactionCode, refundAmount: "1000", refundId: "BEHIND-THE-BACK-1" })

      await page.goto(`${base()}/app/settings`)
      await page.getByRole("link", { name: "Haso" }).click()
      await page.waitForURL(/\/app\/settings\/haso/)
      const form = page.getByTestId("haso-reconciliation")
      await form.getByLabel("Date").fill(istanbulToday())
      await form.getByRole("button", { name: "Run" }).click()
      await confirm()
      const report = page.locator(`[data-testid="haso-reconciliation-row"][data-date="${istanbulToday()}"]`)
      await look(report).toContainText("Differences")
      await report.getByRole("button", { name: "Show differences" }).click()
      const mismatch = page.getByTestId("haso-mismatch").filter({ hasText: "BEHIND-THE-BACK-1" })
      await look(mismatch).toHaveAttribute("data-kind", "at_haso_only")
      await look(mismatch).toContainText(lira(1_000))
      // The refund has no Medusa row, but its transaction has an order: staff can open it.
      const { order: manualOrder } = await api.ok("GET", `/admin/orders/${orders.manual.id}?fields=id,display_id`, { token: admin })
      await look(mismatch.getByRole("link", { name: `#${manualOrder.display_id}` })).toBeVisible()
    }))

  it("speaks Turkish to staff who chose Turkish", () =>
    walk.step("admin-turkish", async () => {
      // The dashboard keeps the admin's language in a cookie (Settings → Profile → Language sets it).
      await walk.context.addCookies([{ name: "lng", value: "tr", url: base() }])
      await page.goto(`${base()}/app/orders/${orders.auto.id}`)
      const turkish = page.locator("div.divide-y", { has: page.getByRole("heading", { name: "Haso taksitleri" }) })
      await turkish.waitFor()
      await look(turkish).toContainText("Taksit planı")
      await look(turkish).toContainText("İcraya bildirildi.")
      await look(turkish.getByTestId("haso-plan-row").first()).toContainText("Ödendi")
      await look(turkish.getByTestId("haso-amounts")).toContainText("₺1.284,46")
      await walk.context.addCookies([{ name: "lng", value: "en", url: base() }])
    }))

  it("saw no page error and no console error or failed request of the plugin", () => {
    expect(walk.problems).toEqual([])
  })
}
