#!/usr/bin/env node
"use strict"
/**
 * Checks haso.patch in Medusa's own storefront (the dtc-starter's
 * apps/storefront) in a real browser, against a running store with Haso and
 * the Haso sandbox (`npm run demo`):
 *
 *   node storefront/dtc-starter/check.js --starter <dtc-starter clone> \
 *     --medusa http://localhost:9000 --sandbox http://127.0.0.1:4010 \
 *     --publishable-key pk_... [options]
 *
 * It applies the patch (unless applied), installs the plugin into the
 * storefront, builds it (`next build`), starts it (`next start`), then walks
 * it in headless Chromium like a shopper: registers, adds a product, checks
 * out with a Turkish address, is offered Haso onboarding (not an error),
 * onboards with the sandbox's SMS PIN and comes back to the same cart, picks
 * 6 installments, places the order and sees the plan on the confirmation page
 * and in the account (in English: the locale cookie); then, in Turkish (the
 * /tr country), Haso declines (sandbox fault H201), the reason is shown, and
 * the same cart is ordered on the second try. The sandbox must show the
 * chosen option, the order's address as il/ilçe, and the shopper's IP (the
 * browser reaches the storefront on this machine's network address, not
 * loopback, so it differs from the storefront server's). Exits 1 on any
 * failure; stops what it started.
 *
 * Options:
 *   --starter DIR          the dtc-starter clone (or its apps/storefront)
 *   --medusa URL           the Medusa backend (NEXT_PUBLIC_MEDUSA_BACKEND_URL)
 *   --sandbox URL          the Haso sandbox (faults, recorded requests)
 *   --publishable-key PK   default: read from .demo/walkthrough.sh
 *   --region CODE          the storefront country (default tr)
 *   --plugin SPEC          what to `npm install` as medusa-plugin-haso (a tarball
 *                          or a version); default: keep an installed one, else
 *                          the newest .demo/medusa-plugin-haso-*.tgz, else the registry
 *   --port N               for `next start` (default 8300)
 *   --skip-build           reuse the storefront's last `next build`
 *   --url URL              walk a storefront that is already running (prepares nothing)
 *   --screenshots DIR      default .tmp/dtc-starter-check
 *   --chromium PATH        default /usr/bin/chromium
 *
 * Not part of `npm test`: it needs a clone of the starter and its packages.
 */
const { spawn, spawnSync } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { randomInt } = require("node:crypto")

const root = path.resolve(__dirname, "../..")
const PATCH = path.join(__dirname, "haso.patch")
/** The sandbox's installment_no 4 is 6 installments (DEFAULT_INSTALLMENT_RATES). */
const SIX = { installmentNo: 4, count: 6 }
const PRODUCT = "celik-tencere-seti"
const LOOPBACK = /^(::1|(::ffff:)?127\.\d+\.\d+\.\d+)$/

const args = parseArgs(process.argv.slice(2))
const running = []

main()
  .then(() => finish(0))
  .catch((error) => {
    console.error(`\ncheck: FAILED: ${error.stack || error}`)
    return finish(1)
  })

async function main() {
  if (args.help) {
    console.log(fs.readFileSync(__filename, "utf8").split("*/")[0].replace(/^[\s\S]*?\/\*\*\n/, "").replace(/^ \* ?/gm, ""))
    return
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => finish(130))
  const medusaUrl = required("medusa").replace(/\/+$/, "")
  const sandboxUrl = required("sandbox").replace(/\/+$/, "")
  const publishableKey = args["publishable-key"] || demoPublishableKey()
  const region = args.region || "tr"
  const screenshots = path.resolve(args.screenshots || path.join(root, ".tmp/dtc-starter-check"))
  fs.mkdirSync(screenshots, { recursive: true })

  let base = args.url?.replace(/\/+$/, "")
  // With --url, the shopper's IP is the storefront's host when that is an address.
  let shopperIp = base && /^\d+\.\d+\.\d+\.\d+$/.test(new URL(base).hostname) ? new URL(base).hostname : undefined
  if (!base) {
    const dir = storefrontDir(required("starter"))
    const env = {
      ...process.env,
      NEXT_PUBLIC_MEDUSA_BACKEND_URL: medusaUrl,
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
      NEXT_PUBLIC_DEFAULT_REGION: region,
      NEXT_TELEMETRY_DISABLED: "1",
    }
    prepare(dir, env)
    const port = Number(args.port || 8300)
    // The shopper reaches the storefront on this machine's network address:
    // Next sees that address, and calls Medusa over loopback itself.
    const host = networkAddress()
    base = `http://${host ?? "localhost"}:${port}`
    shopperIp = host
    await startStorefront(dir, port, { ...env, NEXT_PUBLIC_BASE_URL: base })
  }
  const sandbox = sandboxApi(sandboxUrl)
  await walk({ base, region, sandbox, screenshots, shopperIp })
  console.log(`\ncheck: passed. Screenshots in ${path.relative(process.cwd(), screenshots) || "."}`)
}

// ---- preparing the storefront -------------------------------------------------

function storefrontDir(starter) {
  const nested = path.resolve(starter, "apps/storefront")
  const dir = fs.existsSync(path.join(nested, "package.json")) ? nested : path.resolve(starter)
  if (!fs.existsSync(path.join(dir, "src/lib/constants.tsx"))) throw new Error(`${dir} is not the dtc-starter's storefront (no src/lib/constants.tsx)`)
  return dir
}

function prepare(dir, env) {
  if (git(dir, ["apply", "--reverse", "--check", PATCH]).status === 0) {
    say("✓ haso.patch is applied")
  } else {
    const check = git(dir, ["apply", "--check", PATCH])
    if (check.status !== 0) throw new Error(`haso.patch does not apply in ${dir}:\n${check.stderr}`)
    git(dir, ["apply", PATCH], true)
    say("✓ applied haso.patch")
  }
  if (!fs.existsSync(path.join(dir, "node_modules/next"))) run("npm", ["install", "--no-audit", "--no-fund"], dir, env)
  const installed = fs.existsSync(path.join(dir, "node_modules/medusa-plugin-haso/package.json"))
  const plugin = args.plugin || (installed ? undefined : demoTarball() || "medusa-plugin-haso")
  if (plugin) run("npm", ["install", "--no-audit", "--no-fund", plugin], dir, env)
  say(`✓ medusa-plugin-haso ${require(path.join(dir, "node_modules/medusa-plugin-haso/package.json")).version} installed`)
  if (args["skip-build"] && fs.existsSync(path.join(dir, ".next/BUILD_ID"))) {
    say("✓ reusing the last next build")
  } else {
    run(process.execPath, [nextBin(dir), "build"], dir, env)
  }
}

async function startStorefront(dir, port, env) {
  say(`▸ next start -p ${port}`)
  const child = spawn(process.execPath, [nextBin(dir), "start", "-p", String(port)], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  running.push(child)
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    const ok = await fetch(`http://localhost:${port}/`, { redirect: "manual" }).then(() => true, () => false)
    if (ok) break
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`)
    await sleep(500)
  }
  say(`✓ storefront on port ${port}`)
}

function nextBin(dir) {
  return require.resolve("next/dist/bin/next", { paths: [dir] })
}

/** This machine's first non-loopback IPv4 address, if it has one. */
function networkAddress() {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === "IPv4" && !entry.internal) return entry.address
  }
  return undefined
}

function demoTarball() {
  const dir = path.join(root, ".demo")
  const tarballs = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /^medusa-plugin-haso-.*\.tgz$/.test(name)) : []
  const newest = tarballs.map((name) => path.join(dir, name)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]
  return newest
}

function demoPublishableKey() {
  const script = path.join(root, ".demo/walkthrough.sh")
  const key = fs.existsSync(script) ? fs.readFileSync(script, "utf8").match(/^PK=(pk_\w+)/m)?.[1] : undefined
  if (!key) throw new Error("--publishable-key is required (npm run demo prints it)")
  return key
}

// ---- the walk -------------------------------------------------------------------

async function walk({ base, region, sandbox, screenshots, shopperIp }) {
  let chromium
  try {
    ;({ chromium } = require("playwright-core"))
  } catch {
    throw new Error("playwright-core is missing: run `npm install` in this repository")
  }
  const origin = new URL(base).origin
  const browser = await chromium.launch({
    executablePath: args.chromium || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
      // The starter's cookies are Secure in production; plain http is secure only on localhost.
      `--unsafely-treat-insecure-origin-as-secure=${origin}`,
    ],
  })
  running.push({ close: () => browser.close() })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  const problems = []
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  // The starter's own noise (a missing favicon, its footer's external images) is not ours to judge.
  page.on("console", (message) => message.type() === "error" && /haso/i.test(message.text()) && problems.push(`console error: ${message.text().slice(0, 300)}`))
  page.on("response", (response) => {
    const status = response.status()
    if (status >= 500 || (status >= 400 && new URL(response.url()).origin === origin && response.request().method() === "POST")) {
      problems.push(`HTTP ${status} ${response.request().method()} ${response.url()}`)
    }
  })
  page.on("requestfailed", (request) => new URL(request.url()).origin === origin && request.failure()?.errorText !== "net::ERR_ABORTED" && problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`))
  page.on("console", (message) => message.type() === "error" && say(`  (browser console: ${message.text().slice(0, 200)} ${message.location()?.url ?? ""})`))

  const url = (pathname) => `${base}/${region}${pathname}`
  const shot = async (name, target = page) => {
    const file = path.join(screenshots, `${name}.png`)
    await target.screenshot({ path: file, ...(target === page ? { fullPage: true } : {}) })
    say(`  screenshot ${path.relative(process.cwd(), file)}`)
  }
  /** A picture of part of a column: from one element's top to another's bottom. */
  const shotOf = async (name, column, from, to) => {
    // Boxes are measured in the viewport, clips in the page: at the top they agree.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.mouse.move(0, 0)
    const [box, top, bottom] = await Promise.all([column.boundingBox(), from.boundingBox(), to.boundingBox()])
    const y = Math.max(0, top.y - 16)
    const file = path.join(screenshots, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true, clip: { x: Math.max(0, box.x - 16), y, width: box.width + 32, height: bottom.y + bottom.height + 24 - y } })
    say(`  screenshot ${path.relative(process.cwd(), file)}`)
  }
  const checkoutColumn = () => page.getByTestId("checkout-container").locator(".grid > div").first()
  const paymentHeading = () => page.getByRole("heading", { name: "Payment", exact: true })
  const step = async (name, fn) => {
    say(`▸ ${name}`)
    try {
      await fn()
    } catch (error) {
      await shot(`failed-${name.replace(/\W+/g, "-").toLowerCase()}`).catch(() => undefined)
      throw error
    }
  }
  const cartCookie = async () => (await context.cookies()).find((cookie) => cookie.name === "_medusa_cart_id")?.value
  const setLanguage = async (locale) => {
    // The starter's language (its menu sets this cookie when the store has locales);
    // without it, Haso's texts follow the country: Turkish under /tr.
    await context.clearCookies({ name: "_medusa_locale" })
    if (locale) await context.addCookies([{ name: "_medusa_locale", value: locale, url: origin }])
  }

  const shopper = {
    first_name: "Zeynep",
    last_name: "Kaya",
    email: `zeynep.kaya.${Date.now()}@dtc-check.test`,
    password: "haso-dtc-check-1",
    tckn: randomTckn(),
    mobile: "5" + String(randomInt(0, 1e9)).padStart(9, "0"),
  }
  const masked = `${shopper.mobile.slice(0, 2)}******${shopper.mobile.slice(-2)}`
  const sandboxCustomer = async () => (await sandbox.state()).customers.find((customer) => customer.email === shopper.email)
  const transactions = async () => {
    const customer = await sandboxCustomer()
    return (await sandbox.state()).transactions.filter((transaction) => customer && transaction.customerId === customer.customerId)
  }

  async function addToCartAndCheckout() {
    await page.goto(url(`/products/${PRODUCT}`))
    await page.getByTestId("product-container").getByTestId("add-product-button").click()
    await until(async () => !!(await cartCookie()), "the cart cookie after adding to cart")
    await page.goto(url("/cart"))
    await page.getByTestId("checkout-button").click()
    await page.waitForURL(/\/checkout\?step=address/)
  }

  /** A Turkish address: the il goes in the province, the ilçe in the city. */
  async function fillAddress() {
    await page.locator("select[name='shipping_address.country_code']").selectOption(region)
    // The labels say which is which for a Turkish address
    await page.getByText("Province (il)").waitFor()
    await page.getByText("District (ilçe)").waitFor()
    const fields = {
      "shipping_address.first_name": shopper.first_name,
      "shipping_address.last_name": shopper.last_name,
      "shipping_address.address_1": "Caferağa Mahallesi Moda Caddesi No:12",
      "shipping_address.postal_code": "34710",
      "shipping_address.city": "Kadıköy",
      "shipping_address.province": "İstanbul",
      "shipping_address.phone": `0${shopper.mobile}`,
    }
    for (const [name, value] of Object.entries(fields)) await page.locator(`input[name='${name}']`).fill(value)
    await page.getByTestId("submit-address-button").click()
    await page.waitForURL(/step=delivery/)
    await page.getByTestId("delivery-option-radio").first().click()
    await until(() => page.getByTestId("submit-delivery-option-button").isEnabled(), "the delivery option to be saved")
    await page.getByTestId("submit-delivery-option-button").click()
    await page.waitForURL(/step=payment/)
  }

  async function chooseHaso() {
    await page.getByRole("radio", { name: /Haso/ }).click()
    await page.getByTestId("haso-payment").waitFor()
  }

  async function chooseSix(words) {
    const picker = page.getByRole("group", { name: words.legend })
    await picker.locator("label").filter({ hasText: new RegExp(`^${words.option}`) }).getByRole("radio").click()
    await page.getByText(words.selected).waitFor()
    await until(() => page.getByTestId("submit-payment-button").isEnabled(), "Continue to review to be enabled once the plan is saved")
  }

  async function toReview() {
    await page.getByTestId("submit-payment-button").click()
    await page.waitForURL(/step=review/)
    await page.getByTestId("submit-order-button").waitFor()
  }

  async function placeOrder() {
    await page.getByTestId("submit-order-button").click()
    await page.waitForURL(/\/order\/order_\w+\/confirmed/, { timeout: 60_000 })
    return page.url().match(/order_\w+/)[0]
  }

  async function expectPlanRows(words) {
    const plan = page.getByTestId("haso-plan")
    await plan.getByRole("heading", { name: words.planTitle }).waitFor()
    await until(async () => (await plan.locator("tbody tr").count()) === SIX.count, `${SIX.count} installment rows`)
    return plan
  }

  const EN = {
    legend: "Choose your Haso installment plan", option: "6 installments", selected: "6 installments selected.",
    planTitle: "Haso installment plan",
  }
  const TR = {
    legend: "Haso taksit seçeneğinizi belirleyin", option: "6 taksit", selected: "6 taksit seçildi.",
    planTitle: "Haso taksit planı",
  }
  let cartId
  let orderId

  await step("a new shopper registers (English: the storefront's locale cookie)", async () => {
    await setLanguage("en-US")
    await page.goto(url("/account"))
    await page.getByTestId("register-button").click()
    const form = page.getByTestId("register-page")
    await form.getByTestId("first-name-input").fill(shopper.first_name)
    await form.getByTestId("last-name-input").fill(shopper.last_name)
    await form.getByTestId("email-input").fill(shopper.email)
    await form.getByTestId("password-input").fill(shopper.password)
    await form.getByTestId("register-button").click()
    await page.getByTestId("welcome-message").first().waitFor()
  })

  await step("adds a product and checks out with a Turkish address; Haso is labelled and explained", async () => {
    await addToCartAndCheckout()
    cartId = await cartCookie()
    await fillAddress()
    const option = page.getByRole("radio", { name: /Haso/ })
    await expectText(option, "Buy now, pay later: monthly installments within your Haso limit.")
    if ((await page.getByText("pp_haso_haso").count()) > 0) throw new Error("the raw provider id pp_haso_haso is shown")
  })

  await step("is offered Haso onboarding, not an error", async () => {
    await chooseHaso()
    const haso = page.getByTestId("haso-payment")
    await expectText(haso, "Link your Haso account to pay for this order in installments.")
    if ((await haso.getByRole("alert").count()) > 0) throw new Error(`an error is shown: ${await haso.getByRole("alert").first().innerText()}`)
    if (await page.getByTestId("submit-payment-button").isEnabled()) throw new Error("Continue to review is enabled before a plan is chosen")
    await shotOf("1-payment-step", checkoutColumn(), paymentHeading(), page.getByTestId("submit-payment-button"))
  })

  await step("onboards with the TCKN and the SMS PIN, and comes back to the same cart", async () => {
    await page.getByRole("button", { name: "Link my Haso account" }).click()
    const form = page.getByRole("region", { name: "Buy now, pay later with Haso" })
    if ((await form.getByLabel("E-mail").inputValue()) !== shopper.email) throw new Error("onboarding is not prefilled with the customer's e-mail")
    // The picture shows no phone number (it is prefilled from the address) and no TCKN.
    await form.getByLabel("Mobile phone", { exact: true }).fill("")
    await form.getByLabel("Mobile phone", { exact: true }).blur()
    await shotOf("2-onboarding-form", page.getByTestId("haso-payment"), page.getByTestId("haso-payment"), page.getByTestId("haso-payment"))
    await form.getByLabel("Turkish ID number (T.C. Kimlik No)").fill(shopper.tckn)
    await form.getByLabel("Mobile phone", { exact: true }).fill(`0${shopper.mobile}`)
    await form.getByRole("checkbox").check()
    await form.getByRole("button", { name: "Continue" }).click()
    await form.getByRole("heading", { name: "Enter the verification code" }).waitFor()
    await expectText(form, masked)
    await shotOf("3-onboarding-pin", page.getByTestId("haso-payment"), page.getByTestId("haso-payment"), page.getByTestId("haso-payment"))
    await form.getByLabel("Verification code from the SMS").fill("123456")
    await form.getByRole("button", { name: "Confirm" }).click()
    await page.getByRole("status").filter({ hasText: "Your Haso account is linked" }).waitFor()
    await page.getByRole("group", { name: EN.legend }).waitFor()
    if ((await cartCookie()) !== cartId) throw new Error("the cart changed during onboarding")
    await expectText(page.getByTestId("items-table"), "Çelik Tencere Seti")
  })

  await step("picks 6 installments (the session is created with installment_no 4)", async () => {
    await chooseSix(EN)
    await shotOf("4-installment-picker", page.getByTestId("haso-payment"), page.getByTestId("haso-payment"), page.getByTestId("haso-payment"))
    await toReview()
    await expectText(page.getByTestId("haso-plan-summary"), /6 installments\s+₺[\d,.]+ a month/)
    await shotOf("5-review", checkoutColumn(), paymentHeading(), page.getByTestId("submit-order-button"))
  })

  await step("places the order and sees the plan on the confirmation page", async () => {
    orderId = await placeOrder()
    await expectPlanRows(EN)
    const confirmed = page.getByTestId("order-complete-container")
    await shotOf("6-order-confirmed", confirmed, confirmed.getByRole("heading", { name: "Payment", exact: true }), page.getByTestId("haso-plan"))
    const [transaction, ...more] = await until(async () => {
      const found = await transactions()
      return found.length === 1 && found[0].status === 1 && found
    }, "one active Haso transaction for the shopper")
    if (more.length) throw new Error("more than one transaction")
    check(transaction.installmentNo === SIX.installmentNo, `selectedInstallment ${transaction.installmentNo}, expected ${SIX.installmentNo}`)
    check(transaction.installmentCount === SIX.count, `${transaction.installmentCount} installments, expected ${SIX.count}`)
    check(transaction.userAddress?.cityName === "İSTANBUL" && transaction.userAddress?.townName === "KADIKÖY", `address il/ilçe ${JSON.stringify(transaction.userAddress)}`)
    const requests = await sandbox.requests()
    const ips = {
      onboarding: requests.filter((request) => request.service === "hasoAuthSendInfo" && request.body?.mobileNumber === masked),
      createTransaction: requests.filter((request) => request.service === "createTransaction" && request.body?.merchantOid === transaction.merchantOid),
    }
    for (const [what, list] of Object.entries(ips)) {
      check(list.length > 0, `no ${what} request recorded`)
      for (const request of list) {
        const ip = request.body?.ipAddress
        check(!!ip, `${what} went to Haso without an ipAddress`)
        // On loopback the shopper and the storefront server share an address: nothing to tell apart.
        if (shopperIp && !LOOPBACK.test(shopperIp)) {
          check(!LOOPBACK.test(ip), `${what} went to Haso with ipAddress ${ip}, the storefront server's`)
          check(ip === shopperIp, `${what} went to Haso with ipAddress ${ip}, expected the shopper's ${shopperIp}`)
        }
      }
      say(`  ${what}: ipAddress ${list[0].body.ipAddress}`)
    }
  })

  await step("sees the plan in the account's order page", async () => {
    await page.goto(url(`/account/orders/details/${orderId}`))
    await expectPlanRows(EN)
    await shotOf("7-account-order", page.getByTestId("order-details-container"), page.getByTestId("haso-plan"), page.getByTestId("haso-plan"))
  })

  await step("in Turkish (the /tr country, no locale cookie): Haso's decline is shown and the cart stays usable", async () => {
    await setLanguage(undefined)
    await addToCartAndCheckout()
    const declinedCart = await cartCookie()
    await fillAddress()
    await chooseHaso()
    await chooseSix(TR)
    await toReview()
    await sandbox.fault("createTransaction", { kind: "business_error", code: "H201", times: 1 })
    await page.getByTestId("submit-order-button").click()
    const error = page.getByTestId("haso-payment-error-message")
    await expectText(error, "Kullanılabilir Haso limitiniz bu sepet için yeterli değil.")
    check(/step=review/.test(page.url()), `left the checkout: ${page.url()}`)
    check((await cartCookie()) === declinedCart, "the cart was dropped after the decline")
    await shotOf("8-decline", checkoutColumn(), paymentHeading(), error)
    await page.getByTestId("submit-order-button").click()
    await page.waitForURL(/\/order\/order_\w+\/confirmed/, { timeout: 60_000 })
    const plan = await expectPlanRows(TR)
    await expectText(plan.locator("tbody tr").first(), "Ödenmedi")
    check((await transactions()).length === 2, "expected the shopper's second transaction")
  })

  await sandbox.clearFaults()
  if (problems.length) throw new Error(`the browser saw problems:\n  ${problems.join("\n  ")}`)
}

// ---- helpers --------------------------------------------------------------------

function sandboxApi(base) {
  const call = async (method, pathname, body) => {
    const response = await fetch(base + pathname, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`sandbox ${method} ${pathname}: HTTP ${response.status} ${await response.text()}`)
    const text = await response.text()
    return text ? JSON.parse(text) : undefined
  }
  return {
    state: () => call("GET", "/__sandbox/state"),
    requests: () => call("GET", "/__sandbox/requests"),
    fault: (service, fault) => call("POST", "/__sandbox/faults", { service, ...fault }),
    clearFaults: () => call("DELETE", "/__sandbox/faults"),
  }
}

/** A random TCKN with valid check digits. */
function randomTckn() {
  const d = [randomInt(1, 10), ...Array.from({ length: 8 }, () => randomInt(0, 10))]
  const odd = d[0] + d[2] + d[4] + d[6] + d[8]
  const even = d[1] + d[3] + d[5] + d[7]
  d.push((((odd * 7 - even) % 10) + 10) % 10)
  d.push(d.reduce((sum, n) => sum + n, 0) % 10)
  return d.join("")
}

async function until(probe, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  let last
  for (;;) {
    try {
      const value = await probe()
      if (value) return value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ""}`)
    await sleep(250)
  }
}

async function expectText(locator, expected) {
  await until(async () => {
    const text = await locator.innerText()
    return typeof expected === "string" ? text.includes(expected) : expected.test(text)
  }, `text ${expected}`).catch(async (error) => {
    const text = await locator.innerText().catch(() => "(nothing)")
    throw new Error(`${error.message}; found: ${text.slice(0, 400)}`)
  })
}

function check(condition, message) {
  if (!condition) throw new Error(message)
}

function git(cwd, gitArgs, mustSucceed) {
  const result = spawnSync("git", gitArgs, { cwd, encoding: "utf8" })
  if (mustSucceed && result.status !== 0) throw new Error(`git ${gitArgs.join(" ")}: ${result.stderr}`)
  return result
}

function run(command, commandArgs, cwd, env) {
  say(`▸ ${path.basename(command)} ${commandArgs.map((arg) => path.basename(arg)).join(" ")} (in ${cwd})`)
  const result = spawnSync(command, commandArgs, { cwd, env, stdio: "inherit" })
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed (${result.status ?? result.signal})`)
}

function parseArgs(list) {
  const parsed = {}
  for (let i = 0; i < list.length; i++) {
    const name = list[i].replace(/^--/, "")
    if (["skip-build", "help"].includes(name) || list[i] === "-h") parsed[name === "-h" ? "help" : name] = true
    else parsed[name] = list[++i]
  }
  return parsed
}

function required(name) {
  if (!args[name]) throw new Error(`--${name} is required (see --help)`)
  return args[name]
}

function say(text) {
  console.log(text)
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

let finishing
async function finish(code) {
  if (finishing) return
  finishing = true
  for (const item of running.reverse()) {
    if (typeof item.close === "function") await item.close().catch(() => undefined)
    else if (item.pid && item.exitCode === null) {
      try {
        process.kill(-item.pid, "SIGTERM")
      } catch {}
    }
  }
  process.exit(code)
}
