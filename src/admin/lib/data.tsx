import { toast, usePrompt } from "@medusajs/ui"
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { hasoApi, type HasoApi, type Query } from "./api"

/*
 * The widgets' data: a read reloads when its scope's version changes, which
 * happens when the dashboard hands the widget a new order or customer (after
 * Medusa's own Capture, Refund or Cancel) or when one of our actions finished.
 * React state only: see api.ts for why not react-query.
 */

const Scope = createContext<{ version: string; refresh: () => void }>({ version: "", refresh: () => undefined })

/** Everything inside reloads when `dependsOn` changes or an action inside calls refresh(). */
export function HasoDataScope({ dependsOn, children }: { dependsOn: string; children: ReactNode }) {
  const [actions, setActions] = useState(0)
  const value = useMemo(() => ({ version: `${dependsOn}#${actions}`, refresh: () => setActions((count) => count + 1) }), [dependsOn, actions])
  return <Scope.Provider value={value}>{children}</Scope.Provider>
}

export function useHasoApi(): HasoApi {
  const { i18n } = useTranslation()
  return useMemo(() => hasoApi(i18n.language), [i18n.language])
}

export type HasoRead<T> = { data?: T; error?: Error; loading: boolean; reload: () => void }

/** A GET of the plugin's admin API; earlier data stays on screen while it reloads. */
export function useHasoQuery<T>(path: string, query?: Query): HasoRead<T> {
  const api = useHasoApi()
  const { version } = useContext(Scope)
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true })
  const [tries, setTries] = useState(0)
  const key = JSON.stringify([path, query ?? null])
  useEffect(() => {
    let current = true
    setState((previous) => ({ ...previous, loading: true }))
    api<T>(path, { query }).then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => current && setState((previous) => ({ data: previous.data, error, loading: false }))
    )
    return () => {
      current = false
    }
    // `key` stands for path and query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, version, tries])
  const reload = useCallback(() => setTries((count) => count + 1), [])
  return { ...state, reload }
}

type Confirmation = { title: string; description: string; variant?: "danger" | "confirmation" }

export type HasoAction<V> = {
  /** Asks for confirmation, then runs; resolves true when it went through. */
  submit: (values: V) => Promise<boolean>
  pending: boolean
  /** The API's message of the last failure, shown next to the form. */
  error: string | null
}

/**
 * A state-changing Haso call as staff trigger it: these reach Haso and most
 * cannot be taken back, so each is confirmed first. Whatever the outcome the
 * scope reloads: a refused call is in the history too.
 */
export function useHasoAction<V, R = unknown>(options: {
  run: (values: V, api: HasoApi) => Promise<R>
  confirm: (values: V) => Confirmation
  success: (result: R) => string
}): HasoAction<V> {
  const prompt = usePrompt()
  const api = useHasoApi()
  const { t } = useTranslation()
  const { refresh } = useContext(Scope)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (values: V) => {
    const confirmed = await prompt({ confirmText: t("haso.common.confirm"), cancelText: t("haso.common.cancel"), ...options.confirm(values) })
    if (!confirmed) return false
    setPending(true)
    setError(null)
    try {
      toast.success(options.success(await options.run(values, api)))
      return true
    } catch (failure) {
      setError((failure as Error).message)
      return false
    } finally {
      setPending(false)
      refresh()
    }
  }
  return { submit, pending, error }
}
