import { useEffect, useState, type MouseEvent, type ReactNode } from "react"

/* A tiny history router: the server answers every page path with index.html. */

const CHANGE = "storefront:navigate"

export function navigate(to: string, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", to)
  else history.pushState(null, "", to)
  window.dispatchEvent(new Event(CHANGE))
  window.scrollTo(0, 0)
}

/** The current path and query, following links and the back button. */
export function useLocation() {
  const read = () => ({ path: location.pathname, query: new URLSearchParams(location.search) })
  const [current, setCurrent] = useState(read)
  useEffect(() => {
    const update = () => setCurrent(read())
    window.addEventListener("popstate", update)
    window.addEventListener(CHANGE, update)
    return () => {
      window.removeEventListener("popstate", update)
      window.removeEventListener(CHANGE, update)
    }
  }, [])
  return current
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const follow = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={follow} className={className}>
      {children}
    </a>
  )
}
