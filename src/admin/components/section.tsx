import { Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { humanize, statusColor } from "../lib/format"
import { ErrorText } from "./action-form"

/** A card laid out like the core admin's: a header row, then divided blocks. */
export function Card({ title, status, children }: { title: string; status?: string | null; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {status ? <Status name={status} /> : null}
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

export function Status({ name }: { name: string }) {
  return <StatusBadge color={statusColor(name)}>{humanize(name)}</StatusBadge>
}

export function Loading() {
  return <Text size="small" className="text-ui-fg-subtle">Loading…</Text>
}

/** A failed read, with the API's message (e.g. "Haso could not be reached") and a retry. */
export function LoadError({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <div className="flex items-center justify-between gap-x-2">
      <ErrorText message={error.message} />
      <Button size="small" variant="transparent" onClick={retry}>Retry</Button>
    </div>
  )
}
