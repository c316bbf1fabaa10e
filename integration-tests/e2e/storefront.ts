import type { Page } from "playwright-core"
import { DEMO_FIXTURES } from "../../scripts/lib/demo-fixtures"
import { SANDBOX_DEFAULTS } from "../../src/sandbox"
import { randomMobile, randomTckn } from "../../src/sandbox/identity"
import { openBrowser, type Walk } from "./helpers/browser"
import type { Demo } from "./helpers/demo"
import { look } from "./helpers/look"
import { eventually, storeApi, type Json } from "./helpers/store-api"

/*
 * A shopper in the example storefront (storefront/example, built from the
 * plugin the demo store installed), by clicks and typing: a new customer
 * registers, is offered Haso onboarding at the payment step, onboards with
 * the sandbox's SMS PIN and comes back to the same cart's installment
 * options, orders in 6 installments and finds the plan on the confirmation
 * and account pages; Haso declines a completion and the retry goes through;
 * the product page's promo; the same in Turkish. Haso's side is checked in
 * the sandbox, and the walk fails on any page error and on any console error
 * or failed request of the plugin.
 */

const PRODUCT = 0
/** Sandbox installment_no 4 = 6 installments (DEFAULT_INSTALLMENT_RATES). */
const SIX_INSTALLMENTS = { installmentNo: 4, count: 6 }
const LOOPBACK = /^(::1|(::ffff:)?127\.\d+\.\d+\.\d+)$/

const liraIn = (locale: "en-US" | "tr-TR") => (kurus: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "TRY", currencyDisplay: "narrowSymbol" }).format(kurus / 100)
const lira = liraIn("en-US")

/** The storefront's words the walk clicks and reads, per language. */
const WORDS = {
  en: {
    language: "English", addToCart: "Add to cart", toCheckout: "Go to checkout", placeOrder: "Place order",
    address: "Address (mahalle, street, number)", province: "Province (il)", district: "District (ilçe)", postalCode: "Postal code", phone: "Mobile phone", saveAddress: "Save address",
    legend: "Choose your Haso installment plan", option: (count: number) => `${count} installments`, selected: (count: number) => `${count} installments selected.`,
    declined: "Your available Haso limit is not enough for this order", planTitle: "Haso installment plan",
  },
  tr: {
    language: "Türkçe", addToCart: "Sepete ekle", toCheckout: "Ödemeye geç", placeOrder: "Siparişi tamamla",
    address: "Adres (mahalle, cadde/sokak, no)", province: "İl", district: "İlçe", postalCode: "Posta kodu", phone: "Cep telefonu", saveAddress: "Adresi kaydet",
    legend: "Haso taksit seçeneğinizi belirleyin", option: (count: number) => `${count} taksit`, selected: (count: number) => `${count} taksit seçildi.`,
    declined: "Kullanılabilir Haso limitiniz bu sipariş için yeterli değil", planTitle: "Haso taksit planı",
  },
}
type Words = (typeof WORDS)["en"]

export function storefrontWalk(demo: () => Demo, storefront: () => { url: string }) {
  let walk: Walk
  let page: Page
  let api: ReturnType<typeof storeApi>
  const shopper = {
    first_name: "Zeynep",
    last_name: "Kaya",
    email: `zeynep.kaya.${Date.now()}@storefront.test`,
    password: "haso-storefront-1",
    tckn: randomTckn(),
    mobile: randomMobile(),
  }
  let cartId: string | null
  let firstOrderId: string

  const base = () => storefront().url
  const product = () => ({ ...demo().ready.products[PRODUCT], handle: DEMO_FIXTURES.products[PRODUCT].handle })
  const cart = () => page.getByTestId("cart")
  const alert = () => page.getByTestId("checkout-decline")
  const storedCartId = () => page.evaluate(() => window.localStorage.getItem("example-storefront:cart"))
  const sandboxCustomer = async () => (await api.sandbox.state()).customers.find((customer: Json) => customer.email === shopper.email)
  const transactionsOfShopper = async () => {
    const customer = await sandboxCustomer()
    return (await api.sandbox.state()).transactions.filter((transaction: Json) => transaction.customerId === customer?.customerId)
  }

  beforeAll(async () => {
    api = storeApi(demo().ready)
    walk = await openBrowser()
    page = walk.page
  })

  afterAll(async () => {
    await api?.sandbox.clearFaults()
    await walk?.close()
  })

  async function chooseLanguage(words: Words) {
    await page.getByRole("group", { name: /Language|Dil/ }).getByRole("button", { name: words.language }).click()
    await look(page.getByRole("button", { name: words.language })).toHaveAttribute("aria-pressed", "true")
  }

  /** From the product page to the checkout's payment step, address and shipping filled in. */
  async function cartToPaymentStep(words: Words) {
    await page.goto(`${base()}/products/${product().handle}`)
    await page.getByRole("button", { name: words.addToCart }).click()
    await page.getByRole("link", { name: words.toCheckout }).click()
    await page.waitForURL(/\/checkout$/)
    await fillAddress(words)
  }

  /** A Turkish address: il is Medusa's province, ilçe its city. */
  async function fillAddress(words: Words) {
    await page.getByLabel(words.address).fill("Caferağa Mahallesi Moda Caddesi No:12")
    await page.getByLabel(words.province, { exact: true }).fill("İstanbul")
    await page.getByLabel(words.district, { exact: true }).fill("Kadıköy")
    await page.getByLabel(words.postalCode).fill("34710")
    await page.getByLabel(words.phone, { exact: true }).fill(`0${shopper.mobile}`)
    await page.getByRole("button", { name: words.saveAddress }).click()
    await page.getByRole("radio", { name: /Kargo/ }).click()
    await look(page.getByRole("radio", { name: /Kargo/ })).toBeChecked()
  }

  /** Chooses the 6-installment option and waits for the Haso payment session to hold it. */
  async function chooseSixInstallments(words: Words) {
    const picker = page.getByRole("group", { name: words.legend })
    await picker.locator("label").filter({ hasText: new RegExp(`^${words.option(SIX_INSTALLMENTS.count)}`) }).getByRole("radio").click()
    await look(page.getByText(words.selected(SIX_INSTALLMENTS.count))).toBeVisible()
    await look(page.getByRole("button", { name: words.placeOrder })).toBeEnabled()
  }

  async function placeOrder(words: Words): Promise<string> {
    await page.getByRole("button", { name: words.placeOrder }).click()
    await page.waitForURL(/\/orders\/order_/)
    return new URL(page.url()).pathname.split("/").pop()!
  }

  it("shows Haso's promo on the product page, from the sandbox's published rates", () =>
    walk.step("storefront-promo", async () => {
      await page.goto(`${base()}/products/${product().handle}`)
      await chooseLanguage(WORDS.en)
      // Computed here from the rates the sandbox publishes (5.23): the fee rounded to the kuruş, the total spread over the installments, rounded up.
      const { installmentRates } = await api.sandbox.state()
      const amountKurus = Math.round(product().price * 100)
      const plans = installmentRates
        .filter((rate: Json) => !rate.dealerSegment)
        .map((rate: Json) => {
          const totalKurus = amountKurus + Math.round((amountKurus * rate.feeRate) / 100)
          return { count: rate.installmentCount as number, monthlyKurus: Math.ceil(totalKurus / rate.installmentCount) }
        })
      const most = Math.max(...plans.map((plan: { count: number }) => plan.count))
      const lowest = Math.min(...plans.map((plan: { monthlyKurus: number }) => plan.monthlyKurus))
      expect(most).toBe(12)
      await look(page.locator(".promo")).toContainText(`Up to ${most} installments with Haso, from ${lira(lowest)} a month`)
    }))

  it("registers a new shopper, who is offered Haso onboarding (not an error) at the payment step", () =>
    walk.step("storefront-register", async () => {
      await page.getByRole("button", { name: "Add to cart" }).click()
      await page.getByRole("link", { name: "Go to checkout" }).click()
      await look(cart()).toContainText(product().title)
      await page.getByRole("link", { name: "Create account" }).click()
      await page.getByLabel("First name").fill(shopper.first_name)
      await page.getByLabel("Last name").fill(shopper.last_name)
      await page.getByLabel("E-mail").fill(shopper.email)
      await page.getByLabel("Password").fill(shopper.password)
      await page.getByRole("button", { name: "Create account" }).click()
      await page.waitForURL(/\/checkout$/)
      await look(page.getByRole("link", { name: "My account" })).toBeVisible()
      await fillAddress(WORDS.en)
      cartId = await storedCartId()
      expect(cartId).toMatch(/^cart_/)

      const payment = page.getByRole("region", { name: "3. Payment with Haso" })
      await look(payment).toContainText("Link your Haso account to pay for this order in installments.")
      await look(payment.getByRole("alert")).toHaveCount(0)
      await look(page.getByRole("button", { name: "Place order" })).toBeDisabled()
    }))

  it("onboards inside checkout with a TCKN and the SMS PIN (re-sent once), and comes back to the same cart's options", () =>
    walk.step("storefront-onboarding", async () => {
      await page.getByRole("button", { name: "Link my Haso account" }).click()
      const onboarding = page.getByRole("region", { name: "Buy now, pay later with Haso" })
      await look(onboarding.getByLabel("First name")).toHaveValue(shopper.first_name)
      await look(onboarding.getByLabel("E-mail")).toHaveValue(shopper.email)
      await onboarding.getByLabel("Turkish ID number (T.C. Kimlik No)").fill(shopper.tckn)
      await onboarding.getByLabel("Mobile phone", { exact: true }).fill(`0${shopper.mobile}`)
      await onboarding.getByLabel("Date of birth (optional)").fill("1992-04-23")
      await onboarding.getByRole("button", { name: "Continue" }).click()
      // Consent is asked for before anything goes to Haso.
      await look(onboarding.getByText("Please give your consent to continue.")).toBeVisible()
      await onboarding.getByRole("checkbox").check()
      await onboarding.getByRole("button", { name: "Continue" }).click()

      await look(onboarding.getByRole("heading", { name: "Enter the verification code" })).toBeVisible()
      await look(onboarding).toContainText(`${shopper.mobile.slice(0, 2)}******${shopper.mobile.slice(-2)}`)
      await onboarding.getByRole("button", { name: "Send the code again" }).click()
      await look(onboarding.getByText("A new verification code was sent.")).toBeVisible()
      await onboarding.getByLabel("Verification code from the SMS").fill(SANDBOX_DEFAULTS.testPin)
      await onboarding.getByRole("button", { name: "Confirm" }).click()

      // Approved: back to the payment step of the same cart, with the new limit.
      const customer = await eventually(async () => {
        const found = await sandboxCustomer()
        expect(found).toBeDefined()
        return found
      })
      await look(page.getByRole("status").filter({ hasText: "Your Haso account is linked" })).toBeVisible()
      await look(page.getByRole("group", { name: "Choose your Haso installment plan" })).toContainText(
        `Your available Haso limit: ${lira(customer.availableKurus)}`
      )
      expect(await storedCartId()).toBe(cartId)
      await look(cart()).toContainText(product().title)
    }))

  it("orders in 6 installments (installment_no 4) and sees the plan on the confirmation page; Haso has it active, with the shopper's IP", () =>
    walk.step("storefront-order", async () => {
      await chooseSixInstallments(WORDS.en)
      firstOrderId = await placeOrder(WORDS.en)

      const [transaction] = await eventually(async () => {
        const found = await transactionsOfShopper()
        expect(found).toHaveLength(1)
        expect(found[0].status).toBe(1) // active: the order was placed and Haso activated the plan
        return found
      })
      expect(transaction.installmentNo).toBe(SIX_INSTALLMENTS.installmentNo)
      expect(transaction.installmentCount).toBe(SIX_INSTALLMENTS.count)
      expect(transaction.userAddress).toMatchObject({ cityName: "İSTANBUL", townName: "KADIKÖY" })
      // Haso is told the shopper's IP: the browser's loopback address, as Medusa sees it.
      const created = (await api.sandbox.requests()).filter((request) => request.service === "createTransaction" && request.body?.merchantOid === transaction.merchantOid)
      expect(created.length).toBeGreaterThan(0)
      for (const request of created) expect(request.body.ipAddress).toMatch(LOOPBACK)
      // The onboarding the shopper started in the browser too (the sandbox masks the phone number the same way).
      const masked = `${shopper.mobile.slice(0, 2)}******${shopper.mobile.slice(-2)}`
      const onboarding = (await api.sandbox.requests()).filter((request) => request.service === "hasoAuthSendInfo" && request.body?.mobileNumber === masked)
      expect(onboarding).toHaveLength(1)
      expect(onboarding[0].body.ipAddress).toMatch(LOOPBACK)

      const plan = page.getByTestId("order-plan")
      await look(plan.getByRole("heading", { name: "Haso installment plan" })).toBeVisible()
      const rows = plan.locator("tbody tr")
      await look(rows).toHaveCount(SIX_INSTALLMENTS.count)
      for (const [index, installment] of transaction.payments.entries()) {
        await look(rows.nth(index)).toContainText(`${index + 1}/${SIX_INSTALLMENTS.count}`)
        await look(rows.nth(index)).toContainText(lira(installment.amountKurus))
      }
      await look(plan).toContainText(transaction.transactionCode)
    }))

  it("lists the plan on the account page", () =>
    walk.step("storefront-account", async () => {
      await page.getByRole("link", { name: "My account" }).click()
      await page.waitForURL(/\/account$/)
      const plans = page.getByTestId("account-plans")
      await look(plans.getByRole("heading", { name: "My Haso installments" })).toBeVisible()
      const [transaction] = await transactionsOfShopper()
      const item = plans.getByRole("listitem").filter({ hasText: transaction.transactionCode })
      await look(item.locator("tbody tr")).toHaveCount(SIX_INSTALLMENTS.count)
      await look(item).toContainText("Active")
      await look(page.getByRole("link", { name: /^Order #\d+/ })).toHaveCount(1)
      expect(firstOrderId).toMatch(/^order_/)
    }))

  it("shows Haso's decline at completion, keeps the cart, and places the order when tried again", () =>
    walk.step("storefront-decline", async () => {
      await cartToPaymentStep(WORDS.en)
      const declinedCart = await storedCartId()
      await chooseSixInstallments(WORDS.en)
      await api.sandbox.fault("createTransaction", { kind: "business_error", code: "H201", times: 1 })
      await page.getByRole("button", { name: "Place order" }).click()
      await look(alert()).toContainText(WORDS.en.declined)
      expect(page.url()).toMatch(/\/checkout$/)
      expect(await storedCartId()).toBe(declinedCart)
      await look(cart()).toContainText(product().title)
      expect(await transactionsOfShopper()).toHaveLength(1)

      await look(page.getByRole("button", { name: "Place order" })).toBeEnabled()
      await placeOrder(WORDS.en)
      await look(page.getByTestId("order-plan").locator("tbody tr")).toHaveCount(SIX_INSTALLMENTS.count)
      expect(await transactionsOfShopper()).toHaveLength(2)
    }))

  it("speaks Turkish when Turkish is chosen: promo, payment step and Haso's decline", () =>
    walk.step("storefront-turkish", async () => {
      const words = WORDS.tr
      await page.goto(`${base()}/products/${product().handle}`)
      await chooseLanguage(words)
      await look(page.locator(".promo")).toContainText("Haso ile 12 aya varan taksit")
      await cartToPaymentStep(words)
      const picker = page.getByRole("group", { name: words.legend })
      await look(picker).toContainText("Kullanılabilir Haso limitiniz")
      await look(picker).toContainText("Aylık")
      await chooseSixInstallments(words)
      await api.sandbox.fault("createTransaction", { kind: "business_error", code: "H201", times: 1 })
      await page.getByRole("button", { name: words.placeOrder }).click()
      await look(alert()).toContainText(words.declined)
      await look(alert()).toContainText("Siparişiniz oluşturulamadı.")
      await placeOrder(words)
      await look(page.getByTestId("order-plan").getByRole("heading", { name: words.planTitle })).toBeVisible()
      await look(page.getByTestId("order-plan").locator("tbody tr")).toHaveCount(SIX_INSTALLMENTS.count)
      await look(page.getByTestId("order-plan").locator("tbody tr").first()).toContainText("Ödenmedi")
    }))

  it("saw no page error and no console error or failed request of the plugin", () => {
    expect(walk.problems).toEqual([])
  })
}
