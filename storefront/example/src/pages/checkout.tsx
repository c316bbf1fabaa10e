import { useEffect, useState, type FormEvent } from "react"
import {
  completionError,
  errorMessage,
  formatLira,
  hasoSessionData,
  isHasoStoreError,
  t as hasoText,
  type HasoCustomerSummary,
} from "medusa-plugin-haso/storefront"
import { HasoInstallmentPicker, HasoOnboarding } from "medusa-plugin-haso/storefront/react"
import { onboardingClasses, pickerClasses } from "../haso-look"
import { useAction } from "../use-action"
import type { Address, Cart, Customer, ShippingOption } from "../medusa"
import { Link, navigate } from "../router"
import { useStore } from "../store"
import type { TextKey } from "../texts"

/**
 * The cart and the three checkout steps: a Turkish delivery address (il is
 * Medusa's `province`, ilçe its `city`), shipping, and payment with Haso (the
 * installment picker, or onboarding first when the shopper has no Haso
 * account yet), then the order.
 */
export function CheckoutPage() {
  const { cart, customer, ready, t } = useStore()
  if (!ready) return <p className="muted">{t("common.loading")}</p>
  if (!cart?.items?.length) {
    return (
      <section className="stack">
        <h1 className="heading">{t("cart.title")}</h1>
        <p>{t("cart.empty")}</p>
        <Link to="/">{t("cart.browse")}</Link>
      </section>
    )
  }
  return (
    <div className="checkout">
      <CartSummary cart={cart} />
      <section className="stack checkout-steps">
        <h1 className="heading">{t("checkout.title")}</h1>
        {customer ? (
          <Steps cart={cart} customer={customer} />
        ) : (
          <div className="panel stack">
            <p>{t("checkout.login_needed")}</p>
            <div className="actions">
              <Link to="/login?next=/checkout" className="button">{t("nav.login")}</Link>
              <Link to="/register?next=/checkout" className="button secondary">{t("auth.register")}</Link>
            </div>
          </div>
        )}
      </section>
    </div>
  )
}

function CartSummary({ cart }: { cart: Cart }) {
  const { api, t, lang, refreshCart } = useStore()
  const money = (amount: number) => formatLira(amount, lang)
  return (
    <aside className="panel stack cart" aria-labelledby="cart-title" data-testid="cart">
      <h2 id="cart-title" className="subheading">{t("cart.title")}</h2>
      <ul className="plain-list stack">
        {cart.items?.map((item) => (
          <li key={item.id} className="cart-line">
            <span>{item.quantity} × {item.product_title ?? item.title}</span>
            <span>{money(item.total)}</span>
            <button type="button" className="link small" onClick={() => void api.removeItem(cart.id, item.id).then(refreshCart)}>
              {t("cart.remove")}
            </button>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(cart.item_total)}</dd>
        <dt>{t("cart.shipping")}</dt>
        <dd>{money(cart.shipping_total)}</dd>
        <dt className="strong">{t("cart.total")}</dt>
        <dd className="strong" data-testid="cart-total">{money(cart.total)}</dd>
      </dl>
    </aside>
  )
}

function Steps({ cart, customer }: { cart: Cart; customer: Customer }) {
  const { t } = useStore()
  const hasAddress = !!cart.shipping_address?.address_1
  const [editing, setEditing] = useState(!hasAddress)
  const hasShipping = !!cart.shipping_methods?.length
  return (
    <>
      <section className="panel stack" aria-labelledby="step-address">
        <h2 id="step-address" className="subheading">{t("checkout.address")}</h2>
        {editing || !hasAddress ? (
          <AddressForm cart={cart} customer={customer} onSaved={() => setEditing(false)} />
        ) : (
          <div className="row-between">
            <AddressLines address={cart.shipping_address!} />
            <button type="button" className="button secondary" onClick={() => setEditing(true)}>{t("checkout.edit")}</button>
          </div>
        )}
      </section>
      <section className="panel stack" aria-labelledby="step-shipping">
        <h2 id="step-shipping" className="subheading">{t("checkout.shipping")}</h2>
        {hasAddress && !editing && <ShippingStep cart={cart} />}
      </section>
      <section className="panel stack" aria-labelledby="step-payment">
        <h2 id="step-payment" className="subheading">{t("checkout.payment")}</h2>
        {hasAddress && !editing && hasShipping ? <PaymentStep cart={cart} customer={customer} /> : <p className="muted">{t("checkout.payment_later")}</p>}
      </section>
    </>
  )
}

export function AddressLines({ address }: { address: Partial<Address> }) {
  return (
    <address className="address">
      {address.first_name} {address.last_name}
      <br />
      {address.address_1}
      <br />
      {[address.postal_code, address.city, address.province].filter(Boolean).join(" ")}
      {address.phone && (
        <>
          <br />
          {address.phone}
        </>
      )}
    </address>
  )
}

const ADDRESS_FIELDS: Array<{ name: keyof Omit<Address, "country_code">; label: TextKey; autoComplete: string }> = [
  { name: "first_name", label: "auth.first_name", autoComplete: "given-name" },
  { name: "last_name", label: "auth.last_name", autoComplete: "family-name" },
  { name: "address_1", label: "checkout.address_1", autoComplete: "address-line1" },
  { name: "province", label: "checkout.province", autoComplete: "address-level1" },
  { name: "city", label: "checkout.district", autoComplete: "address-level2" },
  { name: "postal_code", label: "checkout.postal_code", autoComplete: "postal-code" },
  { name: "phone", label: "checkout.phone", autoComplete: "tel" },
]

function AddressForm({ cart, customer, onSaved }: { cart: Cart; customer: Customer; onSaved(): void }) {
  const { api, t, setCart } = useStore()
  const saved = cart.shipping_address ?? {}
  const [values, setValues] = useState<Omit<Address, "country_code">>({
    first_name: saved.first_name ?? customer.first_name ?? "",
    last_name: saved.last_name ?? customer.last_name ?? "",
    address_1: saved.address_1 ?? "",
    province: saved.province ?? "",
    city: saved.city ?? "",
    postal_code: saved.postal_code ?? "",
    phone: saved.phone ?? customer.phone ?? "",
  })
  const { busy, error, run } = useAction()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await run(async () => setCart(await api.setAddress(cart.id, customer.email, { ...values, country_code: "tr" })))) onSaved()
  }

  return (
    <form className="stack" onSubmit={submit}>
      <div className="grid-2">
        {ADDRESS_FIELDS.map(({ name, label, autoComplete }) => (
          <div key={name} className={name === "address_1" ? "field span-2" : "field"}>
            <label className="label" htmlFor={`address-${name}`}>{t(label)}</label>
            <input
              id={`address-${name}`}
              name={name}
              className="input"
              required
              autoComplete={autoComplete}
              value={values[name]}
              onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
            />
          </div>
        ))}
      </div>
      {error && <p role="alert" className="error">{t("common.error", { message: error })}</p>}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>{t("checkout.save_address")}</button>
      </div>
    </form>
  )
}

function ShippingStep({ cart }: { cart: Cart }) {
  const { api, t, lang, setCart } = useStore()
  const [options, setOptions] = useState<ShippingOption[]>()
  const [error, setError] = useState<string>()
  const chosen = cart.shipping_methods?.[0]?.shipping_option_id
  useEffect(() => {
    api.shippingOptions(cart.id).then(setOptions, (caught: Error) => setError(caught.message))
  }, [api, cart.id, cart.shipping_address?.province, cart.shipping_address?.city])

  async function choose(optionId: string) {
    setError(undefined)
    try {
      setCart(await api.setShipping(cart.id, optionId))
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  if (error) return <p role="alert" className="error">{t("common.error", { message: error })}</p>
  if (!options) return <p className="muted">{t("common.loading")}</p>
  if (!options.length) return <p>{t("checkout.no_shipping")}</p>
  return (
    <fieldset className="options">
      <legend className="sr-only">{t("checkout.shipping")}</legend>
      {options.map((option) => (
        <label key={option.id} className="option">
          <input type="radio" name="shipping" className="option-radio" checked={chosen === option.id} onChange={() => void choose(option.id)} />
          <span className="option-body">
            <span className="strong">{option.name}</span>
            <span>{formatLira(option.amount, lang)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

function PaymentStep({ cart, customer }: { cart: Cart; customer: Customer }) {
  const { haso, lang, t, refreshCart, forgetCart } = useStore()
  const [mode, setMode] = useState<"picker" | "onboarding">("picker")
  const [linked, setLinked] = useState<HasoCustomerSummary | null>()
  const [placing, setPlacing] = useState(false)
  const [decline, setDecline] = useState<string>()
  const session = hasoSessionData(cart.payment_collection ?? undefined, haso.providerId)
  const chosen = session?.installment_no

  function onLinked(account: HasoCustomerSummary | null) {
    // Approved: back to the same cart's installment options.
    setLinked(account)
    setMode("picker")
  }

  async function placeOrder() {
    setPlacing(true)
    setDecline(undefined)
    try {
      const result = await haso.completeCart(cart.id)
      if (result.type === "order") {
        forgetCart()
        navigate(`/orders/${result.order.id}`)
        return
      }
      // Haso declined: the cart stays open with Haso's reason, in the shopper's language.
      setDecline(completionError(result)?.message)
      await refreshCart()
    } catch (caught) {
      setDecline(errorMessage(lang, isHasoStoreError(caught) ? caught : undefined))
    }
    setPlacing(false)
  }

  if (mode === "onboarding") {
    return (
      <div className="stack">
        <HasoOnboarding
          onLinked={onLinked}
          defaultValues={{
            first_name: customer.first_name ?? "",
            last_name: customer.last_name ?? "",
            email: customer.email,
            phone: customer.phone || cart.shipping_address?.phone || "",
          }}
          unstyled
          classNames={onboardingClasses}
        />
        <button type="button" className="link" onClick={() => setMode("picker")}>← {t("checkout.back_to_picker")}</button>
      </div>
    )
  }
  return (
    <div className="stack">
      {linked !== undefined && (
        <div role="status" className="notice">
          <p className="strong">{hasoText(lang, "approved.title")}</p>
          {linked?.available_limit != null && <p>{hasoText(lang, "approved.available_limit", { amount: formatLira(linked.available_limit, lang) })}</p>}
          <p>{t("checkout.linked")}</p>
        </div>
      )}
      <HasoInstallmentPicker
        cartId={cart.id}
        cartTotal={cart.total}
        paymentCollectionId={cart.payment_collection?.id}
        selectedInstallmentNo={chosen}
        onSelected={() => void refreshCart()}
        onNeedsOnboarding={() => setMode("onboarding")}
        unstyled
        classNames={pickerClasses}
      />
      {decline && (
        <div role="alert" className="alert" data-testid="checkout-decline">
          <p className="strong">{t("checkout.declined")}</p>
          <p>{decline}</p>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button big" onClick={() => void placeOrder()} disabled={placing || chosen === undefined}>
          {placing ? t("checkout.placing") : t("checkout.place_order")}
        </button>
        {chosen === undefined && <span className="muted">{t("checkout.choose_first")}</span>}
      </div>
    </div>
  )
}
