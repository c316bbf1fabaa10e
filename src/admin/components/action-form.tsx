import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { istanbulToday } from "../lib/format"
import type { HasoAction } from "../lib/use-haso-action"

export type Field = {
  name: string
  label: string
  kind: "amount" | "date" | "text"
  optional?: boolean
  /** Defaults to today (Istanbul) for dates, empty otherwise. */
  initial?: string
}

export type Values = Record<string, string>

/** A payment the store received: what enforcement payments and balance loads ask for. */
export const RECEIVED_PAYMENT_FIELDS: Field[] = [
  { name: "amount", label: "Amount (TRY)", kind: "amount" },
  { name: "date", label: "Date", kind: "date" },
  { name: "reference", label: "Reference", kind: "text", optional: true },
]

function initialValues(fields: Field[]): Values {
  return Object.fromEntries(fields.map((field) => [field.name, field.initial ?? (field.kind === "date" ? istanbulToday() : "")]))
}

/** Drops empty optional fields, so the API sees them as absent rather than "". */
export function compact(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== "").map(([k, v]) => [k, v.trim()]))
}

/** A titled row of inputs with one button; the API's refusal shows under it. */
export function ActionForm({ id, title, fields, submitLabel, action }: {
  id: string
  title: string
  fields: Field[]
  submitLabel: string
  action: HasoAction<Values>
}) {
  const [values, setValues] = useState(() => initialValues(fields))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (await action.submit(values)) setValues(initialValues(fields))
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">{title}</Text>
      <div className="flex flex-wrap items-end gap-2">
        {fields.map((field) => (
          <div key={field.name} className="flex min-w-[120px] flex-1 flex-col gap-y-1">
            <Label size="xsmall" htmlFor={`${id}-${field.name}`}>
              {field.label}{field.optional ? " (optional)" : ""}
            </Label>
            <Input
              id={`${id}-${field.name}`}
              size="small"
              required={!field.optional}
              value={values[field.name]}
              onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
              {...(field.kind === "amount" ? { type: "number", step: "0.01", min: "0", placeholder: "0.00" } : {})}
              {...(field.kind === "date" ? { type: "date", max: istanbulToday() } : {})}
              {...(field.kind === "text" ? { maxLength: 50 } : {})}
            />
          </div>
        ))}
        <Button size="small" variant="secondary" type="submit" isLoading={action.pending}>
          {submitLabel}
        </Button>
      </div>
      <ErrorText message={action.error} />
    </form>
  )
}

export function ErrorText({ message }: { message: string | null | undefined }) {
  return message ? <Text size="small" className="text-ui-fg-error">{message}</Text> : null
}
