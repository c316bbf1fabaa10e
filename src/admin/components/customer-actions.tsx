import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useHasoAction } from "../lib/data"
import { formatDate, formatLira } from "../lib/format"
import { ActionForm, compact, RECEIVED_PAYMENT_FIELDS, type Field, type Values } from "./action-form"
import { ErrorText } from "./section"

const toNumber = (value: string) => Number(value.replace(",", "."))

/** Account administration at Haso: suspension, the limit, and payments the store took itself. */
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

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2">
        <div>
          <Button size="small" variant={suspended ? "secondary" : "danger"} isLoading={toggle.pending} onClick={() => toggle.submit(undefined)}>
            {t(suspended ? "haso.customer.reactivate" : "haso.customer.suspend")}
          </Button>
        </div>
        <ErrorText message={toggle.error} />
      </div>
      <ActionForm
        id={`haso-limit-${customerId}`}
        title={t("haso.customer.setLimit")}
        submitLabel={t("haso.customer.setLimit")}
        action={limit}
        fields={[{ name: "amount", label: "limit", kind: "amount" }]}
      />
      <ActionForm id={`haso-balance-${customerId}`} title={t("haso.customer.balance")} submitLabel={t("haso.customer.balanceSubmit")} action={balance} fields={RECEIVED_PAYMENT_FIELDS} />
      <IdentityLimits customerId={customerId} />
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
  const { t, i18n } = useTranslation()
  const lira = (value: string) => formatLira(toNumber(value), i18n.language)
  const predefined = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/predefined-limit`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({ title: t("haso.customer.predefinedConfirm.title"), description: t("haso.customer.predefinedConfirm.description", { amount: lira(values.limit) }) }),
    success: () => t("haso.customer.predefinedDone"),
  })
  const kds = useHasoAction({
    run: (values: Values, api) => api(`/customers/${customerId}/kds-limit`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({ title: t("haso.customer.kdsConfirm.title"), description: t("haso.customer.kdsConfirm.description", { amount: lira(values.kds_limit) }) }),
    success: () => t("haso.customer.kdsDone"),
  })
  return (
    <>
      <ActionForm
        id={`haso-predefined-${customerId}`}
        title={t("haso.customer.predefined")}
        note={t("haso.customer.identityNote")}
        submitLabel={t("haso.customer.predefinedSubmit")}
        action={predefined}
        fields={[...PERSON, { name: "limit", label: "limit", kind: "amount" }]}
      />
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
    </>
  )
}
