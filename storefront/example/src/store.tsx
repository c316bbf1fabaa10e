import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react"
import { createHasoClient, fetchTransport, type HasoClient } from "medusa-plugin-haso/storefront"
import { HasoProvider } from "medusa-plugin-haso/storefront/react"
import type { StorefrontConfig } from "./config"
import { medusaApi, MedusaRequestError, type Cart, type Customer, type MedusaApi } from "./medusa"
import { text, type Lang, type TextKey } from "./texts"

/*
 * What every page shares: the language, the logged-in customer (a JWT kept in
 * localStorage), the cart, Medusa's API and the Haso kit's client.
 */

const KEYS = { lang: "example-storefront:lang", token: "example-storefront:token", cart: "example-storefront:cart" }

interface StoreValue {
  lang: Lang
  setLang(lang: Lang): void
  t(key: TextKey, params?: Record<string, string | number>): string
  api: MedusaApi
  haso: HasoClient
  customer?: Customer
  /** False until the stored token was checked. */
  ready: boolean
  logIn(token: string): Promise<void>
  logOut(): void
  cart?: Cart
  setCart(cart: Cart | undefined): void
  refreshCart(): Promise<Cart | undefined>
  addToCart(variantId: string): Promise<void>
  /** Forgets the cart once it became an order. */
  forgetCart(): void
}

const StoreContext = createContext<StoreValue | undefined>(undefined)

export function useStore(): StoreValue {
  const value = useContext(StoreContext)
  if (!value) throw new Error("useStore outside <StoreProvider>")
  return value
}

function initialLang(): Lang {
  const saved = localStorage.getItem(KEYS.lang)
  if (saved === "tr" || saved === "en") return saved
  return navigator.language.toLowerCase().startsWith("tr") ? "tr" : "en"
}

export function StoreProvider({ config, children }: { config: StorefrontConfig; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang)
  const [token, setToken] = useState<string | undefined>(() => localStorage.getItem(KEYS.token) ?? undefined)
  const [customer, setCustomer] = useState<Customer>()
  const [ready, setReady] = useState(false)
  const [cart, setCart] = useState<Cart>()

  // The API reads the current token and language when it sends, not when it was made.
  const current = useRef({ token, lang })
  current.current = { token, lang }
  const api = useMemo(() => medusaApi(config, { token: () => current.current.token, lang: () => current.current.lang }), [config])
  const baseHaso = useMemo(
    () =>
      createHasoClient({
        transport: fetchTransport({ baseUrl: config.medusaUrl, publishableKey: config.publishableKey, getToken: () => current.current.token }),
      }),
    [config]
  )
  // The kit sends its locale to Medusa as x-medusa-locale, so Haso's messages come back in the shopper's language.
  const haso = useMemo(() => baseHaso.withLocale(lang), [baseHaso, lang])

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(KEYS.lang, next)
    setLangState(next)
  }, [])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const t = useCallback((key: TextKey, params?: Record<string, string | number>) => text(lang, key, params), [lang])

  const refreshCart = useCallback(async () => {
    const id = localStorage.getItem(KEYS.cart)
    if (!id) {
      setCart(undefined)
      return undefined
    }
    try {
      const loaded = await api.cart(id)
      if (loaded.completed_at) throw new MedusaRequestError(404, "completed")
      setCart(loaded)
      return loaded
    } catch (error) {
      if (!(error instanceof MedusaRequestError && error.status === 404)) throw error
      localStorage.removeItem(KEYS.cart)
      setCart(undefined)
      return undefined
    }
  }, [api])

  // On load: who is logged in (a stale token is dropped), and the cart.
  useEffect(() => {
    let stale = false
    const check = token ? api.me().then(setCustomer, () => logOutNow()) : Promise.resolve()
    void check.finally(() => stale || setReady(true))
    void refreshCart().catch(() => undefined)
    return () => {
      stale = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  function logOutNow() {
    localStorage.removeItem(KEYS.token)
    localStorage.removeItem(KEYS.cart)
    current.current.token = undefined
    setToken(undefined)
    setCustomer(undefined)
    setCart(undefined)
  }

  const logIn = useCallback(
    async (next: string) => {
      localStorage.setItem(KEYS.token, next)
      current.current.token = next
      setToken(next)
      setCustomer(await api.me())
      // A cart filled before logging in becomes the customer's: Haso pays only for the customer's own cart.
      const cartId = localStorage.getItem(KEYS.cart)
      if (cartId) {
        await api.claimCart(cartId).catch(() => localStorage.removeItem(KEYS.cart))
        await refreshCart()
      }
    },
    [api, refreshCart]
  )

  const addToCart = useCallback(
    async (variantId: string) => {
      const existing = cart ?? (await refreshCart())
      const next = existing ? await api.addItem(existing.id, variantId) : await api.createCart([{ variant_id: variantId, quantity: 1 }])
      localStorage.setItem(KEYS.cart, next.id)
      setCart(next)
    },
    [api, cart, refreshCart]
  )

  const forgetCart = useCallback(() => {
    localStorage.removeItem(KEYS.cart)
    setCart(undefined)
  }, [])

  const value: StoreValue = {
    lang,
    setLang,
    t,
    api,
    haso,
    customer,
    ready,
    logIn,
    logOut: logOutNow,
    cart,
    setCart,
    refreshCart,
    addToCart,
    forgetCart,
  }
  return (
    <StoreContext.Provider value={value}>
      {/* The kit's components speak the storefront's language and send it to Medusa. */}
      <HasoProvider client={haso} locale={lang}>
        {children}
      </HasoProvider>
    </StoreContext.Provider>
  )
}
