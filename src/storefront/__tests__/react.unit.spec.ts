/*
 * Server-side renders of the components (no DOM here, so effects do not run:
 * this checks first paint, texts, labels and ARIA, not the flows).
 * jest here transforms .ts only, so the React entry is bundled in memory with
 * the build's own esbuild options, as CommonJS with the kit inlined.
 */
import path from "node:path"
import { createElement as h, type ComponentType, type ReactElement } from "react"
import type * as Components from "../react"
import { createHasoClient, type HasoClient, type OrderPlan } from ".."

/* eslint-disable @typescript-eslint/no-require-imports */
const { storefrontBuilds } = require("../../../scripts/build-storefront.js")
// No @types/react-dom in this repository; this is all the test uses.
const { renderToStaticMarkup } = require("react-dom/server") as { renderToStaticMarkup(element: ReactElement): string }

let ui: typeof Components

beforeAll(() => {
  const esbuild = require("esbuild")
  const { useClient: _useClient, plugins: _plugins, outfile, ...react } = storefrontBuilds()[1]
  const { outputFiles, metafile } = esbuild.buildSync({ ...react, outfile, format: "cjs", platform: "node", write: false })
  // The real build keeps the kit external; inlined here, it must still be only kit code.
  expect(Object.keys(metafile.inputs).filter((input) => !input.startsWith("src/storefront/"))).toEqual([])
  const module = { exports: {} as typeof Components }
  new Function("require", "module", "exports", outputFiles[0].text)(require, module, module.exports)
  ui = module.exports
  expect(path.basename(outfile)).toBe("index.mjs")
})

const never = () => new Promise<never>(() => undefined)
const client: HasoClient = createHasoClient({ transport: never, locale: "en" })
const render = <P extends object>(component: keyof typeof Components, props: P) =>
  renderToStaticMarkup(h(ui[component] as ComponentType<P>, props))

const plan: OrderPlan = {
  order_id: "order_1",
  transaction_code: "TX-1",
  status: 1,
  status_name: "active",
  installment_no: 3,
  installment_count: 4,
  total_amount: 1254,
  fee: 54,
  down_payment: 100,
  installments: [
    { payment_code: "P1", installment_no: 1, amount: 313.5, paid_amount: 313.5, due_date: "2026-12-31T00:00:00", status: 1, status_name: "paid" },
    { payment_code: "P2", installment_no: 2, amount: 313.5, paid_amount: 0, due_date: "2027-01-31T00:00:00", status: 3, status_name: "overdue" },
    { payment_code: "P3", installment_no: 3, amount: 313.5, paid_amount: 0, due_date: "2027-02-28T00:00:00", status: 9, status_name: "something_new" },
  ],
}

describe("storefront React components (first paint)", () => {
  it("HasoOnboarding asks for the details in Turkish, each input labelled", () => {
    const html = render("HasoOnboarding", { client, locale: "tr-TR" })
    for (const text of ["T.C. Kimlik No", "Cep telefonu", "E-posta", "Doğum tarihi", "Kredi Kayıt Bürosu (KKB)", "Devam et"]) {
      expect([text, html.includes(text)]).toEqual([text, true])
    }
    const ids = [...html.matchAll(/<input[^>]* id="([^"]+)"/g)].map((match) => match[1])
    expect(ids).toHaveLength(7) // 6 fields and the consent checkbox
    for (const id of ids.filter((id) => !id.endsWith("-consent"))) {
      expect(html).toContain(`for="${id}"`)
    }
    expect(html).toMatch(/<input[^>]*name="tckn"[^>]*inputMode="numeric"[^>]*autoComplete="off"[^>]*maxLength="11"/)
    expect(html).toContain('role="status"')
  })

  it("HasoOnboarding prefills from the customer, never the TCKN, and speaks English otherwise", () => {
    const html = render("HasoOnboarding", {
      client,
      locale: "de",
      defaultValues: { first_name: "Elif", email: "elif@example.com", tckn: "10000000146" } as never,
    })
    expect(html).toContain('value="Elif"')
    expect(html).toContain('value="elif@example.com"')
    expect(html).not.toContain("10000000146")
    expect(html).toContain("Turkish ID number (T.C. Kimlik No)")
    expect(html).toContain("credit bureau (KKB)")
  })

  it("HasoPlan shows an order's plan with dates, amounts and statuses", () => {
    const html = render("HasoPlan", { transaction: plan, locale: "en" })
    expect(html).toContain("Haso installment plan")
    expect(html).toContain("4 installments, total ₺1,254.00")
    expect(html).toContain("Fee ₺54.00")
    expect(html).toContain("Down payment ₺100.00")
    expect(html).toContain("<caption")
    expect(html.match(/<th scope="col"/g)).toHaveLength(5)
    expect(html).toContain("Dec 31, 2026")
    expect(html).toContain("2/4")
    expect(html).toContain("Paid")
    expect(html).toContain("Overdue")
    // An unknown status shows the server's name rather than nothing.
    expect(html).toContain("something_new")
  })

  it("HasoPlan takes the locale from the provider and classes from classNames", () => {
    const html = renderToStaticMarkup(
      h(ui.HasoProvider, { client, locale: "tr" }, h(ui.HasoPlan, { transaction: plan, unstyled: true, className: "mine", classNames: { title: "big" } }))
    )
    expect(html).toContain('<section class="mine">')
    expect(html).toContain('<h3 class="big">Haso taksit planı</h3>')
    expect(html).toContain("31 Ara 2026")
    expect(html).toContain("Gecikmede")
    expect(html).not.toContain("text-gray")
  })

  it("waits politely while loading", () => {
    expect(render("HasoPlan", { client, orderId: "order_1" })).toContain('role="status"')
    expect(render("HasoInstallmentPicker", { client, cartId: "cart_1", locale: "tr" })).toContain("Yükleniyor…")
    expect(render("HasoPlans", { client })).toContain("My Haso installments")
    // The promo shows nothing until the quote is in (and nothing if it fails).
    expect(render("HasoPromo", { client, amount: 1200 })).toBe("")
  })

  it("says what is missing without a client", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined)
    try {
      expect(() => render("HasoOnboarding", {})).toThrow("HasoProvider")
    } finally {
      quiet.mockRestore()
    }
  })
})
