"use client"
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react"
// One import path for the core, so the ESM bundle can share it (see scripts/build-storefront.js).
import { resolveLocale, t as translate, type HasoClient, type HasoLocale, type MessageKey, type MessageParams } from "../index"

interface HasoContextValue {
  client?: HasoClient
  locale?: string
}

const HasoContext = createContext<HasoContextValue>({})

export interface HasoProviderProps {
  client: HasoClient
  /** The storefront's locale ("tr", "tr-TR" → Turkish; else English). Defaults to the client's. */
  locale?: string
  children?: ReactNode
}

/** Gives every Haso component below it the client and the locale. */
export function HasoProvider({ client, locale, children }: HasoProviderProps) {
  const value = useMemo(() => ({ client, locale }), [client, locale])
  return <HasoContext.Provider value={value}>{children}</HasoContext.Provider>
}

/** Props every component takes; `client`/`locale` override the provider's. */
export interface HasoComponentProps {
  client?: HasoClient
  locale?: string
  className?: string
  /** Drop the default Tailwind classes and keep only `className`/`classNames`. */
  unstyled?: boolean
}

/** The client (speaking the locale), the locale and `t`, from props or the provider. */
export function useHaso(props: { client?: HasoClient; locale?: string } = {}) {
  const context = useContext(HasoContext)
  const base = props.client ?? context.client
  const locale: HasoLocale = resolveLocale(props.locale ?? context.locale ?? base?.locale)
  const client = useMemo(() => base?.withLocale(locale), [base, locale])
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale])
  return { client, locale, t }
}

export function requireClient(client: HasoClient | undefined): HasoClient {
  if (!client) throw new Error("Haso components need a client: wrap them in <HasoProvider client={...}> or pass `client`.")
  return client
}

export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ")
}

/** The default classes of each part, with the caller's `className`/`classNames` added. */
export function classesFor<Part extends string>(
  defaults: Record<Part, string>,
  props: HasoComponentProps & { classNames?: Partial<Record<Part, string>> }
): Record<Part, string> {
  const result = {} as Record<Part, string>
  for (const part of Object.keys(defaults) as Part[]) {
    result[part] = cx(!props.unstyled && defaults[part], props.classNames?.[part], part === "root" && props.className)
  }
  return result
}

/** Shared look: plain Tailwind utilities that fit a Tailwind or Medusa UI storefront. */
export const look = {
  root: "flex flex-col gap-4 text-sm text-gray-900",
  title: "text-base font-semibold text-gray-900",
  text: "text-gray-600",
  field: "flex flex-col gap-1",
  label: "font-medium text-gray-900",
  input:
    "w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-gray-900 shadow-sm outline-none focus:border-gray-900 focus:ring-1 focus:ring-gray-900 aria-[invalid=true]:border-red-600",
  hint: "text-xs text-gray-500",
  error: "text-sm text-red-600",
  status: "text-sm text-gray-600",
  button:
    "inline-flex items-center justify-center rounded-md bg-gray-900 px-4 py-2 font-medium text-white hover:bg-gray-800 disabled:cursor-not-allowed disabled:opacity-50",
  secondaryButton:
    "inline-flex items-center justify-center rounded-md border border-gray-300 bg-white px-4 py-2 font-medium text-gray-900 hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-50",
}

export interface Loaded<T> {
  data?: T
  error?: unknown
  loading: boolean
  reload: () => void
}

/** Runs `load` when `deps` change (none when it is undefined), dropping answers that arrive too late. */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | undefined, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Omit<Loaded<T>, "reload">>({ loading: !!load })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!load) {
      setState({ loading: false })
      return
    }
    const controller = new AbortController()
    setState({ loading: true })
    load(controller.signal).then(
      (data) => controller.signal.aborted || setState({ data, loading: false }),
      (error) => controller.signal.aborted || setState({ error, loading: false })
    )
    return () => controller.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt, !!load])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, reload }
}

/** The latest value of a callback prop, for effects that should not restart when it changes. */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  ref.current = value
  return ref
}
