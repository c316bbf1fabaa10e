import { useEffect, useState } from "react"
import { formatDate, formatLira } from "medusa-plugin-haso/storefront"
import { HasoPlan, HasoPlans } from "medusa-plugin-haso/storefront/react"
import { planClasses, plansClasses } from "../haso-look"
import type { Order } from "../medusa"
import { Link, navigate } from "../router"
import { useStore } from "../store"
import { AddressLines } from "./checkout"

function useLoginRequired(next: string) {
  const { customer, ready } = useStore()
  useEffect(() => {
    if (ready && !customer) navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true })
  }, [ready, customer, next])
  return ready && !!customer
}

/** The order confirmation: the order, and its Haso installment plan. */
export function OrderPage({ id }: { id: string }) {
  const { api, t, lang } = useStore()
  const loggedIn = useLoginRequired(`/orders/${id}`)
  const [order, setOrder] = useState<Order>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    if (loggedIn) api.order(id).then(setOrder, (caught: Error) => setError(caught.message))
  }, [api, id, loggedIn])

  if (error) return <p role="alert" className="error">{t("common.error", { message: error })}</p>
  if (!order) return <p className="muted">{t("common.loading")}</p>
  return (
    <section className="stack">
      <h1 className="heading">{t("order.title")}</h1>
      <p className="strong" data-testid="order-number">{t("order.number", { number: order.display_id })}</p>
      <ul className="plain-list">
        {order.items?.map((item) => (
          <li key={item.id}>{item.quantity} × {item.product_title ?? item.title} — {formatLira(item.total, lang)}</li>
        ))}
      </ul>
      <p>{t("order.total", { amount: formatLira(order.total, lang) })}</p>
      {order.shipping_address && (
        <div>
          <p className="muted">{t("order.sent_to")}</p>
          <AddressLines address={order.shipping_address} />
        </div>
      )}
      <div className="panel" data-testid="order-plan">
        <HasoPlan orderId={order.id} unstyled classNames={planClasses} />
      </div>
      <Link to="/account">{t("order.account")}</Link>
    </section>
  )
}

/** The account: the customer's orders and every Haso plan they have. */
export function AccountPage() {
  const { api, t, lang, customer, logOut } = useStore()
  const loggedIn = useLoginRequired("/account")
  const [orders, setOrders] = useState<Order[]>()
  useEffect(() => {
    if (loggedIn) api.listOrders().then(setOrders, () => setOrders([]))
  }, [api, loggedIn])

  if (!loggedIn || !customer) return <p className="muted">{t("common.loading")}</p>
  return (
    <section className="stack">
      <div className="row-between">
        <h1 className="heading">{t("account.title")}</h1>
        <button type="button" className="button secondary" onClick={() => { logOut(); navigate("/") }}>{t("account.logout")}</button>
      </div>
      <p>{t("account.hello", { name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email })} · {customer.email}</p>
      <section className="stack" aria-labelledby="account-orders">
        <h2 id="account-orders" className="subheading">{t("account.orders")}</h2>
        {orders?.length === 0 && <p className="muted">{t("account.no_orders")}</p>}
        <ul className="plain-list stack">
          {orders?.map((order) => (
            <li key={order.id}>
              <Link to={`/orders/${order.id}`}>
                {t("account.order_line", { number: order.display_id, date: formatDate(order.created_at, lang), amount: formatLira(order.total, lang) })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div data-testid="account-plans">
        <HasoPlans unstyled classNames={plansClasses} planClassNames={planClasses} />
      </div>
    </section>
  )
}
