"use strict"
/**
 * The checkout walkthrough the demo prints, as data: the demo renders it as a
 * curl script and the demo test runs the very same steps over HTTP, so the
 * printed sequence cannot drift from what is tested.
 *
 * A step: { title, method, path, auth?: "customer" | "admin", body?, base?:
 * "sandbox", save?: { VAR: "json.path" }, waitFor?: "json.path" }. `$VAR` in
 * a path, header or body string is $MEDUSA, $SANDBOX, $PK or a value saved by
 * an earlier step; `waitFor` repeats the call until that path is set (work
 * the store finishes after answering).
 */
const { DEMO_FIXTURES } = require("./demo-fixtures")

/**
 * @typedef {{ medusaUrl: string, sandboxUrl: string, publishableKey: string, regionId: string,
 *   shippingOptionId: string, products: { title: string, variantId: string, price: number }[] }} WalkthroughContext
 * @typedef {{ title: string, method: "GET" | "POST", path: string, auth?: "customer" | "admin", body?: unknown,
 *   base?: "sandbox", save?: Record<string, string>, waitFor?: string }} Step
 */

/** @param {WalkthroughContext} demo @returns {Step[]} */
function checkoutSteps(demo) {
  const { customer, admin, shippingAddress, installmentNo, refundAmount } = DEMO_FIXTURES
  const product = demo.products[0]
  return [
    { title: "Log in as the demo customer", method: "POST", path: "/auth/customer/emailpass", body: { email: customer.email, password: customer.password }, save: { TOKEN: "token" } },
    { title: "Their Haso account: linked, with its limit", method: "GET", path: "/store/haso/me", auth: "customer" },
    {
      title: `A cart with one ${product.title} (${product.price} TRY)`,
      method: "POST",
      path: "/store/carts",
      auth: "customer",
      body: { region_id: demo.regionId, email: customer.email, shipping_address: shippingAddress, items: [{ variant_id: product.variantId, quantity: 1 }] },
      save: { CART_ID: "cart.id" },
    },
    { title: "Shipping", method: "POST", path: "/store/carts/$CART_ID/shipping-methods", auth: "customer", body: { option_id: demo.shippingOptionId } },
    { title: "The installment plans Haso offers for this cart", method: "GET", path: "/store/haso/installments?cart_id=$CART_ID", auth: "customer" },
    { title: "A payment collection for the cart", method: "POST", path: "/store/payment-collections", auth: "customer", body: { cart_id: "$CART_ID" }, save: { PAYMENT_COLLECTION_ID: "payment_collection.id" } },
    {
      title: `Pay with Haso: installment_no ${installmentNo}, one of the plans above`,
      method: "POST",
      path: "/store/payment-collections/$PAYMENT_COLLECTION_ID/payment-sessions",
      auth: "customer",
      body: { provider_id: "pp_haso_haso", data: { installment_no: installmentNo } },
    },
    { title: "Place the order (Haso creates the installment plan)", method: "POST", path: "/store/carts/$CART_ID/complete", auth: "customer", save: { ORDER_ID: "order.id" } },
    { title: "Admin: log in", method: "POST", path: "/auth/user/emailpass", body: { email: admin.email, password: admin.password }, save: { ADMIN_TOKEN: "token" } },
    {
      title: "Admin: the order's payment, once captured (Haso activates the plan just after the order is placed)",
      method: "GET",
      path: "/admin/orders/$ORDER_ID?fields=id,total,*payment_collections.payments",
      auth: "admin",
      waitFor: "order.payment_collections.0.payments.0.captured_at",
      save: { PAYMENT_ID: "order.payment_collections.0.payments.0.id" },
    },
    { title: `Admin: refund ${refundAmount} TRY (Haso refunds it from the plan)`, method: "POST", path: "/admin/payments/$PAYMENT_ID/refund", auth: "admin", body: { amount: refundAmount } },
    { title: "The shopper's plans at Haso: active, with the refund", method: "GET", path: "/store/haso/me/transactions", auth: "customer" },
    { title: "The sandbox's side: the customer, the transaction and its refund", method: "GET", base: "sandbox", path: "/__sandbox/state" },
  ]
}

/** The values every step may use, as $MEDUSA, $SANDBOX and $PK. @param {WalkthroughContext} demo */
function baseVars(demo) {
  return { MEDUSA: demo.medusaUrl, SANDBOX: demo.sandboxUrl, PK: demo.publishableKey }
}

/** @param {Step} step */
function urlOf(step) {
  return `${step.base === "sandbox" ? "$SANDBOX" : "$MEDUSA"}${step.path}`
}

/** @param {Step} step */
function headersFor(step) {
  /** @type {Record<string, string>} */
  const headers = {}
  if (step.body !== undefined) headers["Content-Type"] = "application/json"
  if (step.path.startsWith("/store/")) headers["x-publishable-api-key"] = "$PK"
  if (step.auth === "customer") headers.Authorization = "Bearer $TOKEN"
  if (step.auth === "admin") headers.Authorization = "Bearer $ADMIN_TOKEN"
  return headers
}

// ---- as a shell script ----

// Only node is needed besides curl (no jq): `pick a.0.b` prints one value of
// the JSON on stdin (or the whole answer on stderr when it is missing).
const SHELL_HELPERS = [
  `pick() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v;try{v=JSON.parse(s)}catch{};for(const k of process.argv[1].split("."))v=v==null?v:v[k];if(v==null){console.error(s);process.exit(1)}console.log(v)})' "$1"; }`,
  `show() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.stringify(JSON.parse(s),null,2))}catch{console.log(s)}})'; }`,
]

/** The steps as a script to paste into bash or zsh. @param {Step[]} steps @param {WalkthroughContext} demo */
function toCurlScript(steps, demo) {
  const lines = ["# Needs curl and node. Paste into bash or zsh, all at once or step by step.", ...SHELL_HELPERS]
  for (const [name, value] of Object.entries(baseVars(demo))) lines.push(`${name}=${value}`)
  steps.forEach((step, index) => {
    lines.push("", `# ${index + 1}. ${step.title}`)
    const curl = curlCommand(step)
    if (step.waitFor) {
      lines.push(`for _ in $(seq 30); do ${curl} | pick ${step.waitFor} >/dev/null 2>&1 && break; sleep 1; done`)
    }
    const saves = Object.entries(step.save ?? {})
    if (saves.length === 0) {
      lines.push(`${curl} | show`)
    } else if (saves.length === 1 && !step.waitFor) {
      const [[name, jsonPath]] = saves
      lines.push(`${name}=$(${curl} | pick ${jsonPath}) && echo "${name}=$${name}"`)
    } else {
      lines.push(`ANSWER=$(${curl}) && echo "$ANSWER" | show`)
      for (const [name, jsonPath] of saves) lines.push(`${name}=$(echo "$ANSWER" | pick ${jsonPath}) && echo "${name}=$${name}"`)
    }
  })
  return lines.join("\n") + "\n"
}

function curlCommand(step) {
  const parts = ["curl -s"]
  if (step.method !== "GET") parts.push(`-X ${step.method}`)
  parts.push(`"${urlOf(step)}"`)
  for (const [name, value] of Object.entries(headersFor(step))) parts.push(`-H "${name}: ${value}"`)
  if (step.body !== undefined) parts.push(`-d ${shellJson(step.body)}`)
  return parts.join(" ")
}

// Single-quoted JSON, with $VARS spliced in as double-quoted shell words.
function shellJson(body) {
  const quoted = JSON.stringify(body).replace(/'/g, `'\\''`)
  return `'${quoted.replace(/\$([A-Z][A-Z_]*)/g, `'"$$$1"'`)}'`
}

// ---- over HTTP, for the test ----

/**
 * Runs the steps and returns each answer's JSON and the saved values; throws
 * on a non-2xx answer or a value that is not there.
 * @param {Step[]} steps @param {WalkthroughContext} demo @param {{ waitMs?: number }} [options]
 */
async function runSteps(steps, demo, { waitMs = 30_000 } = {}) {
  /** @type {Record<string, string>} */
  const vars = baseVars(demo)
  const fill = (value) =>
    typeof value === "string"
      ? value.replace(/\$([A-Z][A-Z_]*)/g, (_, name) => {
          if (!(name in vars)) throw new Error(`$${name} is used before a step saves it`)
          return vars[name]
        })
      : Array.isArray(value)
        ? value.map(fill)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]))
          : value
  /** @type {{ step: Step, status: number, body: any }[]} */
  const answers = []
  for (const step of steps) {
    const call = async () => {
      const response = await fetch(fill(urlOf(step)), {
        method: step.method,
        headers: fill(headersFor(step)),
        body: step.body === undefined ? undefined : JSON.stringify(fill(step.body)),
      })
      const text = await response.text()
      let body
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
      if (!response.ok) throw new Error(`${step.title}: ${step.method} ${step.path} answered ${response.status}: ${text.slice(0, 2000)}`)
      return { status: response.status, body }
    }
    let { status, body } = await call()
    const deadline = Date.now() + waitMs
    while (step.waitFor && valueAt(body, step.waitFor) == null) {
      if (Date.now() > deadline) throw new Error(`${step.title}: ${step.waitFor} was still not set after ${waitMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 500))
      ;({ status, body } = await call())
    }
    for (const [name, jsonPath] of Object.entries(step.save ?? {})) {
      const value = valueAt(body, jsonPath)
      if (value == null) throw new Error(`${step.title}: the answer has no ${jsonPath}: ${JSON.stringify(body).slice(0, 2000)}`)
      vars[name] = String(value)
    }
    answers.push({ step, status, body })
  }
  return { vars, answers }
}

function valueAt(value, jsonPath) {
  for (const key of jsonPath.split(".")) value = value == null ? value : value[key]
  return value
}

module.exports = { checkoutSteps, toCurlScript, runSteps }
