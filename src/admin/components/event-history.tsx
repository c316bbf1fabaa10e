import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useHasoQuery } from "../lib/data"
import { formatDate, formatLira } from "../lib/format"
import type { HasoEventList, HasoHistoryEntry } from "../lib/types"
import { LoadError, Loading, Status } from "./section"

const SHOWN = 20

/** The order's Haso story, newest first: who did what, when, for how much, and what Haso answered. */
export function EventHistory({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation()
  const history = useHasoQuery<HasoEventList>(`/orders/${orderId}/events`, { limit: SHOWN })
  if (!history.data) {
    return history.error ? <LoadError error={history.error} retry={history.reload} /> : <Loading />
  }
  if (!history.data.haso_events.length) {
    return <Text size="small" className="text-ui-fg-subtle">{t("haso.order.historyEmpty")}</Text>
  }
  return (
    <ul className="flex flex-col gap-y-3" data-testid="haso-history">
      {history.data.haso_events.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-y-0.5" data-testid="haso-history-entry" data-type={entry.type} data-status={entry.status}>
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" weight="plus">
              {t(`haso.event.${entry.type}`, { defaultValue: t("haso.event.other") })}
              {entry.amount !== null ? ` · ${formatLira(entry.amount, i18n.language)}` : ""}
              {entry.refund_id ? ` · ${entry.refund_id}` : ""}
            </Text>
            <Status name={entry.status} />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {[formatDate(entry.created_at, i18n.language), actorLabel(entry, t), answerOf(entry)].filter(Boolean).join(" · ")}
            {entry.data?.recorded === false && entry.type === "refund" && entry.status === "succeeded" ? ` · ${t("haso.actor.unrecorded")}` : ""}
          </Text>
        </li>
      ))}
      {history.data.count > SHOWN ? (
        <Text size="xsmall" className="text-ui-fg-subtle">{t("haso.order.historyMore", { shown: SHOWN, count: history.data.count })}</Text>
      ) : null}
    </ul>
  )
}

function actorLabel(entry: HasoHistoryEntry, t: (key: string) => string): string {
  switch (entry.actor_type) {
    case "user":
      return entry.actor_name ?? entry.actor_id ?? ""
    case "customer":
      return t("haso.actor.checkout")
    case "system": {
      const known: Record<string, string> = { "haso:order.placed": "order_placed", "haso:order.canceled": "order_canceled", "haso:sync": "sync" }
      return t(`haso.actor.${known[entry.actor_id ?? ""] ?? "system"}`)
    }
    default:
      return ""
  }
}

/** Haso's answer: its own words and code. */
function answerOf(entry: HasoHistoryEntry): string {
  return [entry.message, entry.haso_code && entry.haso_code !== entry.message ? `(${entry.haso_code})` : null].filter(Boolean).join(" ")
}
