import { createRoot } from "react-dom/client"
import { readConfig } from "./config"
import { AccountPage, OrderPage } from "./pages/account"
import { LoginPage, RegisterPage } from "./pages/auth"
import { CheckoutPage } from "./pages/checkout"
import { ProductPage, ProductsPage } from "./pages/products"
import { Link, useLocation } from "./router"
import { StoreProvider, useStore } from "./store"
import type { Lang } from "./texts"

/* The example storefront: a header with the language switch, and one page per path. */

const LANGUAGES: Array<{ lang: Lang; label: string }> = [
  { lang: "tr", label: "Türkçe" },
  { lang: "en", label: "English" },
]

function Header() {
  const { t, lang, setLang, customer, cart } = useStore()
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  return (
    <header className="header">
      <Link to="/" className="brand">{t("store.name")}</Link>
      <nav className="nav" aria-label="Main">
        <Link to="/">{t("nav.products")}</Link>
        <Link to="/checkout">{t("nav.checkout")}{count ? ` (${count})` : ""}</Link>
        {customer ? <Link to="/account">{t("nav.account")}</Link> : <Link to="/login">{t("nav.login")}</Link>}
      </nav>
      <div className="lang" role="group" aria-label={t("lang.label")}>
        {LANGUAGES.map((entry) => (
          <button key={entry.lang} type="button" lang={entry.lang} aria-pressed={lang === entry.lang} onClick={() => setLang(entry.lang)}>
            {entry.label}
          </button>
        ))}
      </div>
    </header>
  )
}

function Page() {
  const { path, query } = useLocation()
  const product = path.match(/^\/products\/([^/]+)$/)
  const order = path.match(/^\/orders\/([^/]+)$/)
  if (product) return <ProductPage handle={decodeURIComponent(product[1])} />
  if (order) return <OrderPage id={decodeURIComponent(order[1])} />
  switch (path) {
    case "/login":
      return <LoginPage next={query.get("next")} />
    case "/register":
      return <RegisterPage next={query.get("next")} />
    case "/checkout":
      return <CheckoutPage />
    case "/account":
      return <AccountPage />
    default:
      return <ProductsPage />
  }
}

createRoot(document.getElementById("root")!).render(
  <StoreProvider config={readConfig()}>
    <Header />
    <main className="main">
      <Page />
    </main>
  </StoreProvider>
)
