import type {
  HasoInstallmentPickerPart,
  HasoOnboardingPart,
  HasoPlanPart,
  HasoPlansPart,
  HasoPromoPart,
} from "medusa-plugin-haso/storefront/react"

/*
 * The kit's components default to Tailwind classes; this store has no
 * Tailwind, so they render `unstyled` with these classes from style.css.
 */

const form = { field: "field", label: "label", input: "input", hint: "hint", error: "error", status: "muted", button: "button", secondaryButton: "button secondary" }

export const pickerClasses: Partial<Record<HasoInstallmentPickerPart, string>> = {
  root: "stack",
  fieldset: "options",
  legend: "subheading",
  limit: "muted",
  option: "option",
  radio: "option-radio",
  optionBody: "option-body",
  count: "strong",
  monthly: "strong",
  details: "muted small full",
  error: form.error,
  status: form.status,
  notLinked: "panel stack start",
  button: form.button,
  secondaryButton: form.secondaryButton,
}

export const onboardingClasses: Partial<Record<HasoOnboardingPart, string>> = {
  root: "panel stack",
  title: "subheading",
  text: "muted",
  form: "stack",
  row: "grid-2",
  fieldError: form.error,
  consent: "consent",
  checkbox: "checkbox",
  actions: "actions",
  limit: "strong big",
  ...form,
}

export const planClasses: Partial<Record<HasoPlanPart, string>> = {
  root: "stack plan",
  title: "subheading",
  summary: "muted row-wrap",
  table: "table",
  caption: "sr-only",
  headerCell: "th",
  cell: "td",
  badge: "badge",
  paid: "badge-paid",
  due: "badge-due",
  overdue: "badge-overdue",
  cancelled: "badge-cancelled",
  error: form.error,
  status: form.status,
  button: form.secondaryButton,
}

export const plansClasses: Partial<Record<HasoPlansPart, string>> = {
  root: "stack",
  title: "heading",
  list: "stack plain-list",
  item: "panel",
  empty: "muted",
  error: form.error,
  status: form.status,
  button: form.secondaryButton,
}

export const promoClasses: Partial<Record<HasoPromoPart, string>> = {
  root: "promo",
  line: "promo-line",
  note: "muted small",
}
