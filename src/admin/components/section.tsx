import { Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { statusColor } from "../lib/format"

/** A card laid out like the core admin's: a header row, then divided blocks. */
export function Card({ title, status, actions, children }: { title: string; status?: string | null; actions?: ReactNode; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      {/* Wraps rather than squeezing words in the narrow side column of the order page. */}
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2" className="whitespace-nowrap">{title}</Heading>
        <div className="flex items-center gap-x-2 whitespace-nowrap">
          {status ? <Status name={status} /> : null}
          {actions}
        </div>
      </div>
      {children}
    </Container>
  )
}

export function Block({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {title ? <Text size="small" weight="plus">{title}</Text> : null}
      {children}
    </div>
  )
}

/** Label / value lines, as in the core admin's detail sections. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <Text size="small" leading="compact" className="text-ui-fg-subtle" asChild><dt>{label}</dt></Text>
          <Text size="small" leading="compact" asChild><dd className="break-all">{value}</dd></Text>
        </div>
      ))}
    </dl>
  )
}

/** A status badge, worded in the admin's language. */
export function Status({ name }: { name: string }) {
  const { t } = useTranslation()
  return <StatusBadge className="whitespace-nowrap" color={statusColor(name)}>{t(`haso.status.${name}`, { defaultValue: t("haso.status.unknown_status") })}</StatusBadge>
}

export function Loading() {
  const { t } = useTranslation()
  return <Text size="small" className="text-ui-fg-subtle">{t("haso.common.loading")}</Text>
}

export function ErrorText({ message }: { message: string | null | undefined }) {
  return message ? <Text size="small" className="text-ui-fg-error" role="alert">{message}</Text> : null
}

/** A failed read, with the API's message (e.g. "Haso did not answer") and a retry. */
export function LoadError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="flex items-center justify-between gap-x-2">
      <ErrorText message={error.message} />
      <Button size="small" variant="transparent" onClick={retry}>{t("haso.common.retry")}</Button>
    </div>
  )
}

/** Previous / next under a paged table, as the core admin's tables page. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <div className="flex items-center justify-end gap-x-2">
      <Text size="xsmall" className="text-ui-fg-subtle">{t("haso.common.page", { page: page + 1, pages })}</Text>
      <Button size="small" variant="transparent" disabled={page === 0} onClick={() => onPage(page - 1)}>{t("haso.common.previous")}</Button>
      <Button size="small" variant="transparent" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>{t("haso.common.next")}</Button>
    </div>
  )
}
