import { Button } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useHasoAction } from "../lib/data"
import { formatDate, formatLira } from "../lib/format"
import { ActionForm, compact, RECEIVED_PAYMENT_FIELDS, type Field, type Values } from "./action-form"
import { ErrorText } from "./section"

const toNumber = (value: string) => Number(value.replace(",", "."))

type Panel = "limit" | "balance" | "gsm" | "predefined" | "kds"

/**
 * Account administration at Haso: suspension, then one button per action
 * (the limit, a payment the store took itself, the mobile number, limits by
 * identity), each opening its form, one at a time, as the core admin keeps
 * rarely used forms out of sight.
 */
export function CustomerActions({ customerId, suspended }: { customerId: string; suspended: boolean }) {
  const { t, i18n } = useTranslation()
  const lira = (value: string) => formatLira(toNumber(value), i18n.language)
  const toggle = useHasoAction({
    run: (_: undefined, api) => api(`/customers/${customerId}/${suspended ? "reactivate" : "suspend"}`, { method: "POST", body: {} }),
    confirm: () =>
      suspended
        ? { title: t("haso.customer.reactivateConfirm.title"), description: t("haso.customer.reactivateConfirm.description") }
        : { title: t("haso.customer.suspendConfirm.title"), description: t("haso.customer.suspendConfirm.description"), variant: "danger" },
    success: () => t(suspended ? "haso.customer.reactivated" : "haso.customer.suspended"),
  })
  const limit = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/limit`, { method: "POST", body: { amount: values.amount } }),
    confirm: (values) => ({ title: t("haso.customer.setLimitConfirm.title"), description: t("haso.customer.setLimitConfirm.description", { amount: lira(values.amount) }) }),
    success: () => t("haso.customer.limitSet"),
  })
  const balance = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/balance`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({
      title: t("haso.customer.balanceConfirm.title"),
      description: t("haso.customer.balanceConfirm.description", { amount: lira(values.amount), date: formatDate(values.date, i18n.language) }),
    }),
    success: () => t("haso.customer.balanceDone"),
  })
  const gsm = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/gsm`, { method: "POST", body: { phone: values.phone } }),
    confirm: () => ({ title: t("haso.customer.gsmConfirm.title"), description: t("haso.customer.gsmConfirm.description") }),
    success: () => t("haso.customer.gsmDone"),
  })

  return (
    <div className="flex flex-col gap-y-2">
      <ActionPanels
        leading={
          <Button size="small" variant={suspended ? "secondary" : "danger"} isLoading={toggle.pending} onClick={() => toggle.submit(undefined)}>
            {t(suspended ? "haso.customer.reactivate" : "haso.customer.suspend")}
          </Button>
        }
        panels={{
          limit: <ActionForm id={`haso-limit-${customerId}`} title={t("haso.customer.setLimit")} submitLabel={t("haso.customer.setLimit")} action={limit} fields={[{ name: "amount", label: "limit", kind: "amount" }]} />,
          balance: <ActionForm id={`haso-balance-${customerId}`} title={t("haso.customer.balance")} submitLabel={t("haso.customer.balanceSubmit")} action={balance} fields={RECEIVED_PAYMENT_FIELDS} />,
          gsm: <ActionForm id={`haso-gsm-${customerId}`} title={t("haso.customer.gsm")} note={t("haso.customer.gsmNote")} submitLabel={t("haso.customer.gsmSubmit")} action={gsm} fields={[{ name: "phone", label: "phone", kind: "phone" }]} />,
          ...identityLimitForms(customerId),
        }}
      />
      <ErrorText message={toggle.error} />
    </div>
  )
}

/** A row of buttons, each opening its form below (again to close it). */
function ActionPanels({ leading, panels }: { leading?: ReactNode; panels: Partial<Record<Panel, ReactNode>> }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Panel | null>(null)
  const names = Object.keys(panels) as Panel[]
  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap gap-2">
        {leading}
        {names.map((name) => (
          <Button key={name} size="small" variant="secondary" aria-expanded={open === name} onClick={() => setOpen(open === name ? null : name)}>
            {t(`haso.customer.open.${name}`)}
          </Button>
        ))}
      </div>
      {/* Keyed: each form keeps its own state, not the previous form's (React would reuse it in place). */}
      {open ? <div key={open}>{panels[open]}</div> : null}
    </div>
  )
}

const PERSON: Field[] = [
  { name: "first_name", label: "firstName", kind: "text" },
  { name: "last_name", label: "lastName", kind: "text" },
  { name: "tckn", label: "tckn", kind: "tckn" },
  { name: "phone", label: "phone", kind: "phone" },
  { name: "email", label: "email", kind: "email" },
]

/**
 * Limits the store defines by identity (5.2.5 predefined, 5.2.6 from its own
 * KDS): for customers Haso does not know yet, or to replace a limit. Either
 * links the customer to the Haso customer Haso answers with.
 */
export function IdentityLimits({ customerId }: { customerId: string }) {
  return <ActionPanels panels={identityLimitForms(customerId)} />
}

function identityLimitForms(customerId: string): Pick<Record<Panel, ReactNode>, "predefined" | "kds"> {
  return { predefined: <PredefinedLimit customerId={customerId} />, kds: <KdsLimit customerId={customerId} /> }
}

function PredefinedLimit({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation()
  const predefined = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/predefined-limit`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({ title: t("haso.customer.predefinedConfirm.title"), description: t("haso.customer.predefinedConfirm.description", { amount: formatLira(toNumber(values.limit), i18n.language) }) }),
    success: () => t("haso.customer.predefinedDone"),
  })
  return (
    <ActionForm
      id={`haso-predefined-${customerId}`}
      title={t("haso.customer.predefined")}
      note={t("haso.customer.identityNote")}
      submitLabel={t("haso.customer.predefinedSubmit")}
      action={predefined}
      fields={[...PERSON, { name: "limit", label: "limit", kind: "amount" }]}
    />
  )
}

function KdsLimit({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation()
  const kds = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/kds-limit`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({ title: t("haso.customer.kdsConfirm.title"), description: t("haso.customer.kdsConfirm.description", { amount: formatLira(toNumber(values.kds_limit), i18n.language) }) }),
    success: () => t("haso.customer.kdsDone"),
  })
  return (
    <ActionForm
      id={`haso-kds-${customerId}`}
      title={t("haso.customer.kds")}
      note={t("haso.customer.identityNote")}
      submitLabel={t("haso.customer.kdsSubmit")}
      action={kds}
      fields={[
        ...PERSON,
        { name: "birth_date", label: "birthDate", kind: "date", initial: "", past: true },
        { name: "kds_limit", label: "kdsLimit", kind: "amount" },
        { name: "dealer_segment", label: "dealerSegment", kind: "text", optional: true },
        { name: "kds_segment", label: "kdsSegment", kind: "text", optional: true },
      ]}
    />
  )
}
