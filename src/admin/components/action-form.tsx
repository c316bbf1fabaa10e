import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { HasoAction } from "../lib/data"
import { istanbulToday } from "../../haso/dates"
import { ErrorText } from "./section"

export type Field = {
  name: string
  /** A key under haso.fields. */
  label: string
  kind: "amount" | "date" | "text" | "email" | "phone" | "tckn"
  optional?: boolean
  /** Defaults to today (Istanbul) for dates, empty otherwise. */
  initial?: string
  /** Dates in the past only (payments received); birth dates too. */
  past?: boolean
}

export type Values = Record<string, string>

/** A payment the store received: what enforcement payments and balance loads ask for. */
export const RECEIVED_PAYMENT_FIELDS: Field[] = [
  { name: "amount", label: "amount", kind: "amount" },
  { name: "date", label: "date", kind: "date", past: true },
  { name: "reference", label: "reference", kind: "text", optional: true },
]

function initialValues(fields: Field[]): Values {
  return Object.fromEntries(fields.map((field) => [field.name, field.initial ?? (field.kind === "date" && !field.optional ? istanbulToday() : "")]))
}

/** Drops empty optional fields, so the API sees them as absent rather than "". */
export function compact(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== "").map(([k, v]) => [k, v.trim()]))
}

const AMOUNT = /^\d+([.,]\d{1,2})?$/

/**
 * A titled row of inputs with one button; the API's refusal shows under it.
 * Fields are checked when the form is sent, not before anyone typed, so an
 * empty form shows no error styling.
 */
export function ActionForm({ id, title, fields, submitLabel, action, note }: {
  id: string
  title: string
  fields: Field[]
  submitLabel: string
  action: HasoAction<Values>
  note?: string
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState(() => initialValues(fields))
  const [problems, setProblems] = useState<Record<string, string>>({})

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {}
    for (const field of fields) {
      const value = values[field.name]?.trim() ?? ""
      const label = t(`haso.fields.${field.label}`)
      if (!value) {
        if (!field.optional) found[field.name] = t("haso.common.required", { field: label })
      } else if (field.kind === "amount" && !AMOUNT.test(value)) {
        found[field.name] = t("haso.common.invalidAmount")
      } else if (field.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        found[field.name] = t("haso.common.invalidDate")
      }
    }
    return found
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found = check()
    setProblems(found)
    if (Object.keys(found).length) return
    // Amounts typed the Turkish way (1234,56) reach the API as 1234.56.
    const sent = Object.fromEntries(fields.map((field) => [field.name, field.kind === "amount" ? values[field.name].replace(",", ".") : values[field.name]]))
    if (await action.submit(sent)) setValues(initialValues(fields))
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-2" data-testid={id}>
      <Text size="small" weight="plus">{title}</Text>
      {note ? <Text size="xsmall" className="text-ui-fg-subtle">{note}</Text> : null}
      <div className="flex flex-wrap items-start gap-2">
        {fields.map((field) => (
          <div key={field.name} className="flex min-w-[140px] flex-1 flex-col gap-y-1">
            <Label size="xsmall" htmlFor={`${id}-${field.name}`}>
              {t(`haso.fields.${field.label}`)}{field.optional ? ` (${t("haso.common.optional")})` : ""}
            </Label>
            <Input
              id={`${id}-${field.name}`}
              name={field.name}
              size="small"
              value={values[field.name]}
              aria-invalid={problems[field.name] ? true : undefined}
              onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
              {...inputProps(field)}
            />
            <ErrorText message={problems[field.name]} />
          </div>
        ))}
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" className="invisible">{submitLabel}</Label>
          <Button size="small" variant="secondary" type="submit" isLoading={action.pending}>
            {submitLabel}
          </Button>
        </div>
      </div>
      <ErrorText message={action.error} />
    </form>
  )
}

function inputProps(field: Field) {
  switch (field.kind) {
    case "amount":
      return { inputMode: "decimal" as const, placeholder: "0,00" }
    case "date":
      return { type: "date", ...(field.past ? { max: istanbulToday() } : {}) }
    case "email":
      return { type: "email", autoComplete: "off" }
    case "phone":
      return { type: "tel", autoComplete: "off", placeholder: "5xx xxx xx xx" }
    case "tckn":
      return { inputMode: "numeric" as const, autoComplete: "off", maxLength: 11 }
    default:
      return { maxLength: 50 }
  }
}
