import { useEffect, useState } from "react"
import { formatLira } from "medusa-plugin-haso/storefront"
import { HasoPromo } from "medusa-plugin-haso/storefront/react"
import { promoClasses } from "../haso-look"
import type { Product } from "../medusa"
import { Link } from "../router"
import { useStore } from "../store"

const priceOf = (product: Product) => product.variants[0]?.calculated_price?.calculated_amount

/** The catalogue: each product with its price and Haso's "up to N installments" line. */
export function ProductsPage() {
  const { api, t, lang } = useStore()
  const [products, setProducts] = useState<Product[]>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    api.listProducts().then(setProducts, (caught: Error) => setError(caught.message))
  }, [api, lang])

  if (error) return <p role="alert" className="error">{t("common.error", { message: error })}</p>
  if (!products) return <p className="muted">{t("common.loading")}</p>
  return (
    <section className="stack">
      <h1 className="heading">{t("products.title")}</h1>
      {products.length === 0 && <p className="muted">{t("products.empty")}</p>}
      <ul className="cards">
        {products.map((product) => {
          const price = priceOf(product)
          return (
            <li key={product.id} className="card" data-testid="product-card">
              <Link to={`/products/${product.handle}`} className="card-title">
                {product.title}
              </Link>
              {price !== undefined && <p className="price">{formatLira(price, lang)}</p>}
              {price !== undefined && <HasoPromo amount={price} unstyled classNames={promoClasses} />}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** One product: price, Haso's promo line, add to cart. */
export function ProductPage({ handle }: { handle: string }) {
  const { api, t, lang, addToCart } = useStore()
  const [product, setProduct] = useState<Product | null>()
  const [error, setError] = useState<string>()
  const [adding, setAdding] = useState(false)
  const [added, setAdded] = useState(false)
  useEffect(() => {
    setAdded(false)
    api.productByHandle(handle).then((found) => setProduct(found ?? null), (caught: Error) => setError(caught.message))
  }, [api, handle, lang])

  async function add() {
    if (!product) return
    setAdding(true)
    setError(undefined)
    try {
      await addToCart(product.variants[0].id)
      setAdded(true)
    } catch (caught) {
      setError((caught as Error).message)
    } finally {
      setAdding(false)
    }
  }

  if (product === undefined && !error) return <p className="muted">{t("common.loading")}</p>
  if (product === null) return <p>{t("product.not_found")} <Link to="/">{t("product.back")}</Link></p>
  const price = product && priceOf(product)
  return (
    <article className="stack product">
      <Link to="/" className="small">← {t("product.back")}</Link>
      {product && <h1 className="heading">{product.title}</h1>}
      {product?.description && <p>{product.description}</p>}
      {price !== undefined && price !== null && <p className="price big">{formatLira(price, lang)}</p>}
      {price ? <HasoPromo amount={price} unstyled classNames={promoClasses} /> : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => void add()} disabled={!product || adding}>
          {adding ? t("product.adding") : t("product.add")}
        </button>
        {added && (
          <>
            <span role="status" className="muted">{t("product.added")}</span>
            <Link to="/checkout" className="button secondary">{t("product.to_checkout")}</Link>
          </>
        )}
      </div>
      {error && <p role="alert" className="error">{t("common.error", { message: error })}</p>}
    </article>
  )
}
