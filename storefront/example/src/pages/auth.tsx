import { useState, type FormEvent } from "react"
import { Link, navigate } from "../router"
import { useStore } from "../store"
import type { TextKey } from "../texts"
import { useAction } from "../use-action"

/** Where to go after logging in: ?next= (a path of this store), else the account page. */
function nextPath(next: string | null) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/account"
}

function Field(props: { name: string; label: string; type?: string; value: string; onChange(value: string): void; autoComplete?: string; required?: boolean }) {
  return (
    <div className="field">
      <label className="label" htmlFor={`auth-${props.name}`}>{props.label}</label>
      <input
        id={`auth-${props.name}`}
        name={props.name}
        className="input"
        type={props.type ?? "text"}
        value={props.value}
        autoComplete={props.autoComplete}
        required={props.required ?? true}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  )
}

export function LoginPage({ next }: { next: string | null }) {
  const { api, t, logIn } = useStore()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const { busy, error, run } = useAction()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await run(async () => logIn(await api.login(email.trim(), password)))) navigate(nextPath(next))
  }

  return (
    <form className="stack narrow" onSubmit={submit}>
      <h1 className="heading">{t("auth.login_title")}</h1>
      <Field name="email" type="email" label={t("auth.email")} value={email} onChange={setEmail} autoComplete="email" />
      <Field name="password" type="password" label={t("auth.password")} value={password} onChange={setPassword} autoComplete="current-password" />
      {error && <p role="alert" className="error">{t("auth.failed", { message: error })}</p>}
      <button type="submit" className="button" disabled={busy}>{busy ? t("auth.working") : t("auth.login")}</button>
      <Link to={`/register${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("auth.to_register")}</Link>
    </form>
  )
}

export function RegisterPage({ next }: { next: string | null }) {
  const { api, t, logIn } = useStore()
  const [values, setValues] = useState({ first_name: "", last_name: "", email: "", phone: "", password: "" })
  const { busy, error, run } = useAction()
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await run(async () => logIn(await api.register({ ...values, email: values.email.trim() })))) navigate(nextPath(next))
  }

  const field = (name: keyof typeof values, label: TextKey, type = "text", autoComplete?: string, required = true) => (
    <Field name={name} type={type} label={t(label)} value={values[name]} onChange={set(name)} autoComplete={autoComplete} required={required} />
  )
  return (
    <form className="stack narrow" onSubmit={submit}>
      <h1 className="heading">{t("auth.register_title")}</h1>
      <div className="grid-2">
        {field("first_name", "auth.first_name", "text", "given-name")}
        {field("last_name", "auth.last_name", "text", "family-name")}
      </div>
      {field("email", "auth.email", "email", "email")}
      {field("phone", "auth.phone", "tel", "tel", false)}
      {field("password", "auth.password", "password", "new-password")}
      {error && <p role="alert" className="error">{t("auth.register_failed", { message: error })}</p>}
      <button type="submit" className="button" disabled={busy}>{busy ? t("auth.working") : t("auth.register")}</button>
      <Link to={`/login${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("auth.to_login")}</Link>
    </form>
  )
}
