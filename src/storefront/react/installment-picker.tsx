"use client"
import { useEffect, useId, useRef, useState, type ReactNode } from "react"
import {
  errorMessage,
  formatLira,
  isHasoStoreError,
  type InstallmentOffer,
  type PaymentCollection,
} from "../index"
import { cx, look, requireClient, classesFor, useHaso, useLatest, useLoad, type HasoComponentProps } from "./context"

const CLASSES = {
  root: look.root,
  fieldset: "flex flex-col gap-2",
  legend: cx(look.title, "mb-2"),
  limit: look.text,
  option:
    "flex cursor-pointer items-start gap-3 rounded-lg border border-gray-200 bg-white p-4 hover:border-gray-400 has-[:checked]:border-gray-900 has-[:checked]:ring-1 has-[:checked]:ring-gray-900 has-[:disabled]:cursor-not-allowed",
  radio: "mt-1 h-4 w-4",
  optionBody: "flex flex-1 flex-wrap items-baseline justify-between gap-x-4 gap-y-1",
  count: "font-semibold text-gray-900",
  monthly: "font-semibold text-gray-900",
  details: "w-full text-xs text-gray-500",
  error: look.error,
  status: look.status,
  notLinked: "flex flex-col items-start gap-3 rounded-lg border border-gray-200 p-4",
  button: look.button,
  secondaryButton: look.secondaryButton,
}
export type HasoInstallmentPickerPart = keyof typeof CLASSES

export interface HasoInstallmentPickerProps extends HasoComponentProps {
  cartId: string
  /** The cart's total: when it changes, the options are loaded again (Medusa drops the sessions). */
  cartTotal?: number
  /** The cart's payment collection, if it has one. */
  paymentCollectionId?: string
  /** Or how to get (or create) it; without either, the picker creates one. */
  getPaymentCollectionId?: () => Promise<string>
  /** The option already chosen (e.g. the Haso session's `installment_no`). */
  selectedInstallmentNo?: number
  /** Called once the Haso payment session holds the chosen option. */
  onSelected?: (option: InstallmentOffer, paymentCollection: PaymentCollection) => void
  /** The shopper has no Haso account yet: e.g. open HasoOnboarding. */
  onNeedsOnboarding?: () => void
  /** What to show instead of the options when the shopper is not linked to Haso. */
  renderNotLinked?: () => ReactNode
  classNames?: Partial<Record<HasoInstallmentPickerPart, string>>
}

/**
 * The checkout's Haso step: the cart's installment options, and on a choice
 * the Haso payment session with `data: { installment_no }`.
 */
export function HasoInstallmentPicker(props: HasoInstallmentPickerProps) {
  const { client: maybeClient, locale, t } = useHaso(props)
  const client = requireClient(maybeClient)
  const c = classesFor(CLASSES, props)
  const name = useId()
  const { cartId, cartTotal } = props
  const onSelected = useLatest(props.onSelected)

  const offers = useLoad((signal) => client.getInstallments({ cartId }, { signal }), [client, cartId, cartTotal])
  const [chosen, setChosen] = useState(props.selectedInstallmentNo)
  const [saved, setSaved] = useState(props.selectedInstallmentNo)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<unknown>()
  const [notice, setNotice] = useState("")
  const collectionId = useRef(props.paymentCollectionId)
  useEffect(() => {
    collectionId.current = props.paymentCollectionId
  }, [props.paymentCollectionId])
  useEffect(() => {
    setChosen(props.selectedInstallmentNo)
    setSaved(props.selectedInstallmentNo)
  }, [props.selectedInstallmentNo])

  async function choose(option: InstallmentOffer) {
    setChosen(option.installment_no)
    setSaving(true)
    setError(undefined)
    setNotice(t("picker.saving"))
    try {
      collectionId.current ??=
        (await props.getPaymentCollectionId?.()) ?? (await client.createPaymentCollection(cartId)).payment_collection.id
      const { payment_collection } = await client.selectInstallment(collectionId.current, option.installment_no)
      setSaved(option.installment_no)
      setNotice(
        option.installment_count === 1 ? t("picker.selected_single") : t("picker.selected", { count: option.installment_count })
      )
      onSelected.current?.(option, payment_collection)
    } catch (caught) {
      setChosen(saved)
      setNotice("")
      setError(caught)
      // The options changed under us (e.g. the cart total): show the current ones.
      if (isHasoStoreError(caught) && caught.code === "haso_option_not_offered") offers.reload()
    } finally {
      setSaving(false)
    }
  }

  const failure = error ?? offers.error
  if (isHasoStoreError(failure) && failure.code === "haso_not_linked") {
    return (
      <div className={c.root}>
        {props.renderNotLinked?.() ?? (
          <div className={c.notLinked}>
            <p>{t("picker.not_linked")}</p>
            {props.onNeedsOnboarding && (
              <button type="button" className={c.button} onClick={props.onNeedsOnboarding}>
                {t("picker.link")}
              </button>
            )}
          </div>
        )}
      </div>
    )
  }

  const errorBox = failure ? (
    <p role="alert" className={c.error}>
      {errorMessage(locale, isHasoStoreError(failure) ? failure : undefined)}
    </p>
  ) : null

  if (!offers.data) {
    return (
      <div className={c.root} aria-busy={offers.loading}>
        {offers.loading ? <p role="status" className={c.status}>{t("common.loading")}</p> : errorBox}
        {!offers.loading && (
          <button type="button" className={c.secondaryButton} onClick={offers.reload}>
            {t("common.retry")}
          </button>
        )}
      </div>
    )
  }

  const { installments, available_limit } = offers.data
  return (
    <div className={c.root}>
      <fieldset className={c.fieldset} aria-busy={saving} aria-describedby={available_limit != null ? `${name}-limit` : undefined}>
        <legend className={c.legend}>{t("picker.legend")}</legend>
        {available_limit != null && (
          <p id={`${name}-limit`} className={c.limit}>
            {t("picker.available_limit", { amount: formatLira(available_limit, locale) })}
          </p>
        )}
        {installments.length === 0 && <p className={c.status}>{t("picker.empty")}</p>}
        {installments.map((option) => {
          const money = (amount: number) => formatLira(amount, locale)
          const details = [
            t("installments.total", { amount: money(option.total_amount) }),
            option.fee > 0 ? t("installments.fee", { amount: money(option.fee) }) : t("installments.no_fee"),
            option.down_payment > 0 && t("installments.down_payment", { amount: money(option.down_payment) }),
          ].filter(Boolean)
          return (
            <label key={option.installment_no} className={c.option}>
              <input
                type="radio"
                name={name}
                value={option.installment_no}
                className={c.radio}
                checked={chosen === option.installment_no}
                onChange={() => void choose(option)}
                disabled={saving}
              />
              <span className={c.optionBody}>
                <span className={c.count}>
                  {option.installment_count === 1
                    ? t("installments.single")
                    : t("installments.count", { count: option.installment_count })}
                </span>
                {option.installment_count > 1 && (
                  <span className={c.monthly}>{t("installments.monthly", { amount: money(option.installment_amount) })}</span>
                )}
                <span className={c.details}>{details.join(" · ")}</span>
              </span>
            </label>
          )
        })}
      </fieldset>
      {errorBox}
      <p role="status" aria-live="polite" className={notice ? c.status : "sr-only"}>
        {notice}
      </p>
    </div>
  )
}
