"use client"
import { useEffect, useId, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react"
import {
  errorMessage,
  formatLira,
  formatTime,
  isHasoStoreError,
  isValidPin,
  validateOnboarding,
  type HasoCustomerSummary,
  type MessageKey,
  type OnboardingField,
  type OnboardingState,
  type StartOnboardingInput,
} from "../index"
import { cx, look, requireClient, classesFor, useHaso, useLatest, type HasoComponentProps } from "./context"

const CLASSES = {
  root: look.root,
  title: look.title,
  text: look.text,
  form: "flex flex-col gap-4",
  row: "grid gap-4 sm:grid-cols-2",
  field: look.field,
  label: look.label,
  input: look.input,
  hint: look.hint,
  fieldError: look.error,
  consent: "flex items-start gap-2 text-gray-700",
  checkbox: "mt-0.5 h-4 w-4 rounded border-gray-300",
  actions: "flex flex-wrap items-center gap-3",
  button: look.button,
  secondaryButton: look.secondaryButton,
  error: look.error,
  status: look.status,
  limit: "text-lg font-semibold text-gray-900",
}
export type HasoOnboardingPart = keyof typeof CLASSES

export interface HasoOnboardingProps extends HasoComponentProps {
  /** Called once Haso approved the shopper and the account is linked. */
  onLinked?: (hasoCustomer: HasoCustomerSummary | null) => void
  /** Prefill from the Medusa customer. There is deliberately no TCKN here. */
  defaultValues?: Partial<Omit<StartOnboardingInput, "tckn">>
  /** Digits of the SMS code; 6 by default. */
  pinLength?: number
  /** How often a pending credit report is checked; 4 s by default. */
  pollIntervalMs?: number
  /** Your own consent wording (e.g. with a link to the full text). */
  consentText?: ReactNode
  classNames?: Partial<Record<HasoOnboardingPart, string>>
}

type Step =
  | { name: "form" }
  | { name: "pin"; reference: string; phoneHint: string; expiresAt: string }
  | { name: "pending"; reference: string }
  | { name: "approved"; customer: HasoCustomerSummary | null }
  | { name: "rejected" }

type FormValues = Required<Omit<StartOnboardingInput, "tckn">>

/** Haso can't be reached, or asks us to slow down: keep polling. */
const TRANSIENT = new Set(["haso_unavailable", "network_error", "too_many_requests"])

/**
 * Links the logged-in shopper to Haso: details and consent, the SMS code,
 * waiting for the KKB report, then approved (with the limit) or rejected.
 */
export function HasoOnboarding(props: HasoOnboardingProps) {
  const { client: maybeClient, locale, t } = useHaso(props)
  const client = requireClient(maybeClient)
  const c = classesFor(CLASSES, props)
  const id = useId()
  const pinLength = props.pinLength ?? 6
  const onLinked = useLatest(props.onLinked)

  const [step, setStep] = useState<Step>({ name: "form" })
  const [values, setValues] = useState<FormValues>(() => ({
    first_name: props.defaultValues?.first_name ?? "",
    last_name: props.defaultValues?.last_name ?? "",
    phone: props.defaultValues?.phone ?? "",
    email: props.defaultValues?.email ?? "",
    birth_date: props.defaultValues?.birth_date ?? "",
  }))
  // Kept apart from the other values so it can be dropped the moment it is sent.
  const [tckn, setTckn] = useState("")
  const [consent, setConsent] = useState(false)
  const [invalid, setInvalid] = useState<Partial<Record<OnboardingField | "pin", MessageKey>>>({})
  const [pin, setPin] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [notice, setNotice] = useState("")

  // Screen readers follow the flow: each new step's heading takes the focus.
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) firstRender.current = false
    else heading.current?.focus()
  }, [step.name])

  function apply(state: OnboardingState) {
    setError(undefined)
    setNotice("")
    if (state.status === "pin_sent") {
      setStep({ name: "pin", reference: state.reference, phoneHint: state.phone_hint, expiresAt: state.expires_at })
    } else if (state.status === "pending") {
      setStep({ name: "pending", reference: state.reference })
    } else if (state.status === "approved") {
      setStep({ name: "approved", customer: state.haso_customer })
      onLinked.current?.(state.haso_customer)
    } else {
      setStep({ name: "rejected" })
    }
  }

  async function run(action: () => Promise<void>) {
    setBusy(true)
    setError(undefined)
    setNotice("")
    try {
      await action()
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  function submitDetails(event: FormEvent) {
    event.preventDefault()
    const input: StartOnboardingInput = { ...values, tckn: tckn.trim(), birth_date: values.birth_date || undefined }
    const problems = validateOnboarding(input, consent)
    setInvalid(problems)
    const first = Object.keys(problems)[0]
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    void run(async () => {
      try {
        apply(await client.startOnboarding(input))
      } finally {
        // The TCKN goes to Haso and nowhere else: not kept, whatever the answer.
        setTckn("")
      }
    })
  }

  function submitPin(event: FormEvent) {
    event.preventDefault()
    if (step.name !== "pin") return
    if (!isValidPin(pin.trim(), pinLength)) {
      setInvalid({ pin: "validation.pin" })
      document.getElementById(`${id}-pin`)?.focus()
      return
    }
    setInvalid({})
    const reference = step.reference
    void run(async () => {
      try {
        apply(await client.confirmOnboarding({ reference, pin: pin.trim() }))
      } finally {
        setPin("")
      }
    })
  }

  function resend() {
    if (step.name !== "pin") return
    const reference = step.reference
    void run(async () => {
      apply(await client.resendPin(reference))
      setNotice(t("pin.resent"))
    })
  }

  function startAgain() {
    setStep({ name: "form" })
    setError(undefined)
    setNotice("")
    setPin("")
    setConsent(false)
  }

  // Waiting for the KKB report: ask again every few seconds until it settles.
  const pendingReference = step.name === "pending" ? step.reference : undefined
  const interval = props.pollIntervalMs ?? 4000
  useEffect(() => {
    if (!pendingReference) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      try {
        const state = await client.checkOnboarding(pendingReference, { signal: controller.signal })
        if (controller.signal.aborted) return
        if (state.status !== "pending") return apply(state)
      } catch (caught) {
        if (controller.signal.aborted) return
        if (!(isHasoStoreError(caught) && TRANSIENT.has(caught.code))) return setError(caught)
      }
      timer = setTimeout(poll, interval)
    }
    timer = setTimeout(poll, interval)
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pendingReference, client, interval])

  const field = (
    name: OnboardingField | "pin",
    label: string,
    inputProps: InputHTMLAttributes<HTMLInputElement>,
    hint?: string
  ) => {
    const inputId = `${id}-${name}`
    const problem = invalid[name]
    const describedBy = cx(hint && `${inputId}-hint`, problem && `${inputId}-error`) || undefined
    return (
      <div className={c.field}>
        <label htmlFor={inputId} className={c.label}>
          {label}
        </label>
        <input
          id={inputId}
          name={name}
          className={c.input}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          disabled={busy}
          {...inputProps}
        />
        {hint && (
          <p id={`${inputId}-hint`} className={c.hint}>
            {hint}
          </p>
        )}
        {problem && (
          <p id={`${inputId}-error`} className={c.fieldError}>
            {t(problem, { length: pinLength })}
          </p>
        )}
      </div>
    )
  }
  const set = (name: keyof FormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }))

  const expired = isHasoStoreError(error) && (error.code === "onboarding_expired" || error.status === 404 || error.status === 429)
  const errorBox = error ? (
    <p role="alert" className={c.error}>
      {errorMessage(locale, isHasoStoreError(error) ? error : undefined)}
    </p>
  ) : null
  const title = (key: MessageKey) => (
    <h3 ref={heading} tabIndex={-1} className={cx(c.title, "outline-none")}>
      {t(key)}
    </h3>
  )

  let body: ReactNode
  if (step.name === "form") {
    body = (
      <form className={c.form} onSubmit={submitDetails} noValidate>
        {title("onboarding.title")}
        <p className={c.text}>{t("onboarding.intro")}</p>
        <div className={c.row}>
          {field("first_name", t("onboarding.first_name"), { value: values.first_name, onChange: set("first_name"), autoComplete: "given-name" })}
          {field("last_name", t("onboarding.last_name"), { value: values.last_name, onChange: set("last_name"), autoComplete: "family-name" })}
        </div>
        {field(
          "tckn",
          t("onboarding.tckn"),
          {
            value: tckn,
            onChange: (event) => setTckn(event.target.value.replace(/\D/g, "").slice(0, 11)),
            inputMode: "numeric",
            autoComplete: "off",
            maxLength: 11,
          },
          t("onboarding.tckn_hint")
        )}
        {field(
          "phone",
          t("onboarding.phone"),
          { value: values.phone, onChange: set("phone"), type: "tel", inputMode: "tel", autoComplete: "tel" },
          t("onboarding.phone_hint")
        )}
        <div className={c.row}>
          {field("email", t("onboarding.email"), { value: values.email, onChange: set("email"), type: "email", autoComplete: "email" })}
          {field("birth_date", `${t("onboarding.birth_date")} ${t("common.optional")}`, {
            value: values.birth_date,
            onChange: set("birth_date"),
            type: "date",
            autoComplete: "bday",
          })}
        </div>
        <div className={c.field}>
          <label className={c.consent}>
            <input
              id={`${id}-consent`}
              type="checkbox"
              className={c.checkbox}
              checked={consent}
              onChange={(event) => setConsent(event.target.checked)}
              aria-invalid={invalid.consent ? true : undefined}
              aria-describedby={invalid.consent ? `${id}-consent-error` : undefined}
              disabled={busy}
            />
            <span>{props.consentText ?? t("onboarding.consent")}</span>
          </label>
          {invalid.consent && (
            <p id={`${id}-consent-error`} className={c.fieldError}>
              {t(invalid.consent)}
            </p>
          )}
        </div>
        {errorBox}
        <div className={c.actions}>
          <button type="submit" className={c.button} disabled={busy}>
            {busy ? t("onboarding.submitting") : t("onboarding.submit")}
          </button>
        </div>
      </form>
    )
  } else if (step.name === "pin") {
    body = (
      <form className={c.form} onSubmit={submitPin} noValidate>
        {title("pin.title")}
        <p className={c.text}>
          {t("pin.sent_to", { phone: step.phoneHint })} {formatTime(step.expiresAt, locale) && t("pin.valid_until", { time: formatTime(step.expiresAt, locale) })}
        </p>
        {field("pin", t("pin.label"), {
          value: pin,
          onChange: (event) => setPin(event.target.value.replace(/\D/g, "").slice(0, pinLength)),
          inputMode: "numeric",
          autoComplete: "one-time-code",
          maxLength: pinLength,
        })}
        {errorBox}
        <div className={c.actions}>
          <button type="submit" className={c.button} disabled={busy}>
            {busy ? t("pin.submitting") : t("pin.submit")}
          </button>
          {expired ? (
            <button type="button" className={c.secondaryButton} onClick={startAgain}>
              {t("onboarding.start_again")}
            </button>
          ) : (
            <button type="button" className={c.secondaryButton} onClick={resend} disabled={busy}>
              {t("pin.resend")}
            </button>
          )}
        </div>
      </form>
    )
  } else if (step.name === "pending") {
    body = (
      <div className={c.form} aria-busy={!error}>
        {title("pending.title")}
        <p className={c.text}>{t("pending.text")}</p>
        {errorBox}
        {error ? (
          <div className={c.actions}>
            <button type="button" className={c.secondaryButton} onClick={startAgain}>
              {t("onboarding.start_again")}
            </button>
          </div>
        ) : null}
      </div>
    )
  } else if (step.name === "approved") {
    const customer = step.customer
    body = (
      <div className={c.form}>
        {title("approved.title")}
        {customer?.available_limit != null && (
          <p className={c.limit}>{t("approved.available_limit", { amount: formatLira(customer.available_limit, locale) })}</p>
        )}
        {customer?.limit != null && <p className={c.text}>{t("approved.limit", { amount: formatLira(customer.limit, locale) })}</p>}
        {customer?.suspended && <p className={c.error}>{t("approved.suspended")}</p>}
      </div>
    )
  } else {
    body = (
      <div className={c.form}>
        {title("rejected.title")}
        <p className={c.text}>{t("rejected.text")}</p>
      </div>
    )
  }

  return (
    <section className={c.root} aria-label={t("haso.tagline")}>
      {body}
      <p role="status" aria-live="polite" className={notice ? c.status : "sr-only"}>
        {notice}
      </p>
    </section>
  )
}
